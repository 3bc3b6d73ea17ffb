package org.chronoscope.load.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.chronoscope.model.TemporalExpression;
import org.junit.jupiter.api.Test;

class TemporalTaggerBehaviourTest {
    private final TemporalTagger tagger = new TemporalTagger();

    @Test
    void only_the_given_range_is_tagged_and_offsets_index_the_whole_text() {
        String text = " date 2025-12-16 403\nTalks ended last week. Earlier this week, the aide spoke.";
        int from = text.indexOf('\n') + 1;
        List<TemporalExpression> found = tagger.tag("002.txt", text, from, text.length(), LocalDate.of(2025, 12, 16));
        assertEquals(List.of("last week", "Earlier this week"), found.stream().map(TemporalExpression::text).toList());
        for (TemporalExpression e : found) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
            assertEquals("002.txt", e.article());
        }
        List<TemporalExpression> head = tagger.tag("002.txt", text, from, text.indexOf('.'), LocalDate.of(2025, 12, 16));
        assertEquals(1, head.size());
    }

    @Test
    void relative_expressions_carry_their_anchor_and_absolute_ones_none() {
        LocalDate anchor = LocalDate.of(2025, 11, 28);
        List<TemporalExpression> found = tagger.tag("a.txt", "Yesterday he recalled the talks of 2014.", anchor);
        assertEquals(anchor, found.get(0).anchor());
        assertTrue(found.get(0).isRelative());
        assertEquals(null, found.get(1).anchor());
        assertTrue(!found.get(1).isRelative());
    }

    @Test
    void an_undated_article_leaves_relative_dates_unresolved_and_resolves_absolute_ones() {
        List<TemporalExpression> found = tagger.tag("u.txt",
                "Talks were held last weekend, two days ago and in September; Crimea was annexed on 18 March 2014.", null);
        assertEquals(List.of("UNRESOLVED", "UNRESOLVED", "UNRESOLVED", "2014-03-18"),
                found.stream().map(TemporalExpression::value).toList());
        assertTrue(found.stream().limit(3).allMatch(e -> e.from() == null && e.to() == null && !e.isResolved()));
    }

    @Test
    void vague_references_never_become_a_day() {
        List<TemporalExpression> found = tagger.tag("v.txt", "It was lost many years ago, he said a few days ago; "
                + "they will meet in the coming days, as in recent days.", LocalDate.of(2025, 4, 25));
        assertEquals(4, found.size());
        for (TemporalExpression e : found) {
            assertTrue(e.value().endsWith("_REF"), e.toString());
            assertTrue(e.from() == null || e.from().isBefore(e.to()), e.toString());
        }
    }

    @Test
    void empty_binary_and_dateless_text_give_nothing_and_do_not_fail() {
        LocalDate anchor = LocalDate.of(2025, 1, 1);
        assertEquals(List.of(), tagger.tag("e.txt", "", anchor));
        assertEquals(List.of(), tagger.tag("e.txt", "no dates here at all, just words and the end.", anchor));
        Random random = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x3000));
        }
        String text = junk.toString();
        for (TemporalExpression e : tagger.tag("b.bin", text, anchor)) {
            assertEquals(e.text(), text.substring(e.start(), e.end()));
        }
        assertEquals(List.of(), tagger.tag("r.txt", "abc", 5, 2, anchor));
    }

    @Test
    void describe_says_what_the_expression_was_read_against() {
        TemporalExpression e = tagger.tag("001.txt", "Geneva talks last weekend.", LocalDate.of(2025, 11, 28)).get(0);
        assertEquals("'last weekend' in an article of Fri 28 Nov 2025: Sat 22 Nov 2025 – Sun 23 Nov 2025 "
                + "[weekend, relative-weekend]", TemporalTagger.describe(e));
        TemporalExpression u = tagger.tag("u.txt", "Talks last weekend.", null).get(0);
        assertTrue(TemporalTagger.describe(u).contains("unresolved"));
    }
}
