package org.chronoscope.load.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.chronoscope.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quoted speech speaks from the day it was spoken when the text says so; a weekday in brackets confirms or
 * corrects the relative word before it and is never a second date. Sentence × article date → value and rule.
 */
class DatesInQuotedSpeechTest {
    private final TemporalTagger tagger = new TemporalTagger();

    @ParameterizedTest(name = "{2} in ''{0}'' of {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
        'We meet again tomorrow (Friday),' she said on Thursday evening.        | 2025-11-29 | tomorrow (Friday)  | 2025-11-28 | relative-day+speech
        'We meet again tomorrow (Friday),' she said on Thursday evening.        | 2025-12-03 | tomorrow (Friday)  | 2025-11-28 | relative-day+speech
        She said on Thursday evening: "We meet again tomorrow (Friday)."         | 2025-11-29 | tomorrow (Friday)  | 2025-11-28 | relative-day+speech
        On Thursday, she told reporters: “We meet again tomorrow.”               | 2025-12-01 | tomorrow           | 2025-11-28 | relative-day+speech
        “We will sign it on Friday,” he told reporters on Wednesday.             | 2025-12-01 | on Friday          | 2025-11-28 | relative-weekday-future+speech
        “Talks went well. We continue tomorrow,” Winberg said in Beijing on Tuesday. | 2019-01-10 | tomorrow      | 2019-01-09 | relative-day+speech
        ‘We meet again tomorrow,’ she said in a statement on Monday.            | 2025-11-28 | tomorrow           | 2025-11-25 | relative-day+speech
        "We meet again tomorrow (Friday)," she said.                             | 2025-11-27 | tomorrow (Friday)  | 2025-11-28 | relative-day
        "We meet again tomorrow (Friday)," she said.                             | 2025-11-29 | tomorrow (Friday)  | 2025-11-28 | relative-day+weekday
        Talks resume tomorrow (Friday), the ministry said.                       | 2025-11-27 | tomorrow (Friday)  | 2025-11-28 | relative-day
        The ministry said talks had ended yesterday (Wednesday).                 | 2025-11-28 | yesterday (Wednesday) | 2025-11-26 | relative-day+weekday
        “We will sign it on Friday,” she said, adding that talks had begun on Monday. | 2025-12-03 | on Friday   | 2025-12-05 | relative-weekday-future
        Russia’s envoy said on Monday the talks would resume tomorrow.          | 2025-11-28 | tomorrow           | 2025-11-29 | relative-day
        'We meet again tomorrow,' she said on 27 November 2025.                  | -          | tomorrow           | 2025-11-28 | relative-day+speech
        'We meet again tomorrow,' she said on Thursday.                          | -          | tomorrow           | UNRESOLVED | relative-day
        "We meet again tomorrow (Friday)," she said.                             | -          | tomorrow (Friday)  | UNRESOLVED | relative-day
        """)
    void resolves_against_the_day_of_speaking(String sentence, String anchor, String expression, String value,
                                              String rule) {
        LocalDate a = anchor == null ? null : LocalDate.parse(anchor);
        List<TemporalExpression> found = tagger.tag("t.txt", sentence, a);
        TemporalExpression e = found.stream().filter(x -> x.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + expression + "' not found in " + found));
        assertEquals(value, e.value(), () -> TemporalTagger.describe(e));
        assertEquals(rule, e.rule(), () -> TemporalTagger.describe(e));
        assertEquals(1, found.stream().filter(x -> x.start() >= e.start() && x.start() < e.end()).count(),
                () -> "the bracket made a second date: " + found);
    }

    @Test
    void a_quotation_begun_in_an_earlier_sentence_still_speaks_from_its_day() {
        String text = "“Talks went well today. We continue tomorrow,” Winberg said on Tuesday.";
        int second = text.indexOf("We continue");
        List<TemporalExpression> found = tagger.tag("t.txt", text, second, text.length(), LocalDate.of(2019, 1, 10));
        TemporalExpression tomorrow = found.stream().filter(x -> x.text().equals("tomorrow")).findFirst().orElseThrow();
        assertEquals("2019-01-09", tomorrow.value(), () -> TemporalTagger.describe(tomorrow));
    }

    @Test
    void apostrophes_are_not_quotation_marks() {
        String text = "Russia’s and Ukraine's officials said on Monday that the talks would resume tomorrow.";
        TemporalExpression tomorrow = tagger.tag("t.txt", text, LocalDate.of(2025, 11, 28)).stream()
                .filter(x -> x.text().equals("tomorrow")).findFirst().orElseThrow();
        assertEquals("2025-11-29", tomorrow.value(), () -> TemporalTagger.describe(tomorrow));
    }
}
