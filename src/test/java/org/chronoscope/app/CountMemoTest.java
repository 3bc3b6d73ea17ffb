package org.chronoscope.app;

import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A drop-down's counts: counted when asked for, once per query, and kept for the query before. */
class CountMemoTest {
    private final Corpus corpus = SyntheticModel.corpus(200, 3);
    private int passes;
    private final CountMemo<Category> memo = new CountMemo<>(events -> {
        passes++;
        return FilterSummary.categoryCounts(events);
    });

    private static long talks(List<TimelineEvent> events) {
        return events.stream().filter(e -> e.category() == Category.TALKS).count();
    }

    @Test
    void counts_wait_for_a_label_and_checking_back_and_forth_counts_each_set_once() {
        EventQuery all = EventQuery.ALL;
        EventQuery russia = all.withActors(Set.of("russia"));
        assertTrue(memo.ask(corpus, all, corpus.events()));
        assertTrue(memo.ask(corpus, russia, null));
        assertEquals(0, passes, "nothing counted before a label asks");
        Map<Category, Integer> russian = memo.counts();
        assertEquals(1, passes, "only the last query asked for is counted");
        assertEquals(talks(russia.apply(corpus)), (long) russian.getOrDefault(Category.TALKS, 0));

        assertTrue(memo.ask(corpus, all, corpus.events()));
        assertEquals(talks(corpus.events()), (long) memo.counts().getOrDefault(Category.TALKS, 0));
        assertTrue(memo.ask(corpus, russia, null));
        assertEquals(talks(russia.apply(corpus)), (long) memo.counts().getOrDefault(Category.TALKS, 0));
        assertEquals(2, passes, "going back to the query before counts nothing again");

        assertFalse(memo.ask(corpus, russia, null), "the same query: the labels need not change");
        EventQuery typed = all.withText("a");
        memo.ask(corpus, all, corpus.events());
        memo.counts();
        int before = passes;
        assertFalse(memo.ask(corpus, typed, corpus.events()), "a search that leaves the same events shown");
        assertEquals(talks(corpus.events()), (long) memo.counts().getOrDefault(Category.TALKS, 0));
        assertEquals(before, passes);

        Corpus other = SyntheticModel.corpus(150, 4);
        assertTrue(memo.ask(other, russia, null), "another corpus is counted anew");
        assertEquals(talks(russia.apply(other)), (long) memo.counts().getOrDefault(Category.TALKS, 0));
    }
}
