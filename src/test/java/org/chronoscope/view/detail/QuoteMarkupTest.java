package org.chronoscope.view.detail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteMarkupTest {

    private static String show(String quote, List<QuoteMarkup.Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (QuoteMarkup.Run r : runs) {
            String t = quote.substring(r.start(), r.end());
            sb.append(switch (r.kind()) {
                case DATE -> "[" + t + "]";
                case ACTOR -> "<" + t + ">";
                case PLAIN -> t;
            });
        }
        return sb.toString();
    }

    @Test
    void dating_words_and_actor_names_are_marked() {
        String q = "American and Ukrainian officials met in Geneva last weekend, Zelensky said.";
        var runs = QuoteMarkup.runs(q, List.of("last weekend"), List.of("Zelensky", "Volodymyr Zelensky"));
        assertEquals("American and Ukrainian officials met in Geneva [last weekend], <Zelensky> said.", show(q, runs));
    }

    @Test
    void names_match_whole_words_only_and_ignore_case() {
        String q = "The USA and the us delegation; Russia's envoy.";
        var runs = QuoteMarkup.runs(q, List.of(), List.of("US", "Russia"));
        assertEquals("The USA and the <us> delegation; <Russia>'s envoy.", show(q, runs));
    }

    @Test
    void overlapping_marks_keep_the_first_and_longest() {
        String q = "Vladimir Putin spoke";
        var runs = QuoteMarkup.runs(q, List.of(), List.of("Putin", "Vladimir Putin"));
        assertEquals("<Vladimir Putin> spoke", show(q, runs));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "For any plan to work, both sides must agree. | “ | ”",
            "\"For any plan to work,\" he said. | '' | ''",
            "“For any plan to work,” he said. | '' | ''",
            "«Aucun plan» sans l'Ukraine. | '' | ''",
            "He called it \"a good start\". | “ | ”"})
    void a_passage_that_opens_with_its_own_quotation_mark_gets_no_second_one(String quote, String open,
                                                                            String close) {
        String[] marks = QuoteMarkup.enclosingMarks(quote);
        assertEquals(open, marks[0]);
        assertEquals(close, marks[1]);
    }
}
