package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.TemporalExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that carry a date but report nothing, as a table (written for this test in the manner of news pages). */
class NotEventsTest {
    private static NotEvents.Reason reason(String sentence) {
        List<int[]> dates = new ArrayList<>();
        for (TemporalExpression te : new TemporalTagger().tag("t.txt", sentence, LocalDate.of(2025, 3, 6))) {
            dates.add(new int[] {te.start(), te.end()});
        }
        return NotEvents.reason(Words.of(sentence), dates);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "KYIV, March 3 (Reuters) - | DATELINE",
        "(AFP) - | DATELINE",
        "Geneva, Switzerland, March 3. | NO_CLAUSE",
        "Geneva, Switzerland | NO_CLAUSE",
        "MOSCOW, December 4. | NO_CLAUSE",
        "JOHANNESBURG, November 21. /TASS/. | NO_CLAUSE",
        "By Jane Doe and John Roe, Reuters, March 3, 2025 | BYLINE",
        "Reporting by Jane Doe in Kyiv; Editing by John Roe on March 3 | BYLINE",
        "Additional reporting by Anna Smith on Tuesday. | BYLINE",
        "Jared Kushner, left, and Steve Witkoff, at the White House in September. | CAPTION",
        "Emmanuel Macron speaks during a press conference in Paris on March 3, 2025. | CAPTION",
        "Survivors gather near a collapsed building in Antakya, southern Turkey, February 7, 2023. | CAPTION",
        "Delegates pose for a family photo (L-R) at the summit on Saturday. | CAPTION",
        "LONDON, ENGLAND - MARCH 3: Keir Starmer arrives at Downing Street on March 3, 2025 in London. | CAPTION",
        "Photo: Jane Doe/Reuters, taken on Monday | CREDIT",
        "Rescue workers at the site on Monday. (Photo by John Roe/Getty Images) | CREDIT",
        "Firefighters at the scene on Tuesday. AFP via Getty Images | CREDIT",
        "© 2025 Reuters. All rights reserved. Published March 3 | COPYRIGHT",
        "Copyright 2025 The Associated Press, first published on Monday. | COPYRIGHT",
        "Published: 3 March 2025 | PUBLISHING",
        "Last updated on Tuesday at 14:05 GMT | PUBLISHING",
        "Posted on March 3, 2025 | PUBLISHING",
        "This article was first published on March 3, 2025. | PUBLISHING",
        "2025-11-22T10:34+0000 world g20 johannesburg https://example.org/photo.jpg | PUBLISHING",
        "Read more: Talks in Riyadh on Tuesday | PROMOTION",
        "WATCH: The moment the bridge collapsed on Sunday | PROMOTION",
        "We did it! pic.twitter.com/abc123 — Donald J. Trump (@realDonaldTrump) December 19, 2016 | EMBED",
        "Will the talks resume next week? | QUESTION",
    })
    void a_line_with_a_date_that_reports_nothing_is_no_event(String line, NotEvents.Reason expected) {
        assertEquals(expected, reason(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "KYIV, March 3 (Reuters) - Ukraine's air force said on Monday it had shot down 40 drones.",
        "Russia annexed Crimea in 2014.",
        "By Friday, the army had withdrawn from the town.",
        "Last Monday, the minister resigned.",
        "Zelensky met Macron in Paris on Tuesday.",
        "The court will rule on the appeal on March 12.",
        "Published figures on Monday showed inflation at 3 per cent.",
        "Police said on Sunday that 12 people were arrested.",
    })
    void a_sentence_that_reports_something_stays(String sentence) {
        assertNull(reason(sentence));
    }
}
