package org.chronoscope.view.filter;

import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventFilterTest {
    private final Corpus corpus = SyntheticModel.corpus(300, 2);

    private List<TimelineEvent> apply(EventFilter f) {
        return corpus.events().stream().filter(f).toList();
    }

    @Test
    void no_filter_keeps_everything() {
        assertEquals(corpus.events().size(), apply(EventFilter.NONE).size());
        assertFalse(EventFilter.NONE.isActive());
    }

    @Test
    void filters_combine_and_values_within_a_filter_alternate() {
        EventFilter putinOrTrump = new EventFilter(Set.of("putin", "trump"), Set.of(), Set.of(), "", false);
        EventFilter talksOnly = new EventFilter(Set.of("putin", "trump"), Set.of(Category.TALKS), Set.of(), "",
                false);
        List<TimelineEvent> either = apply(putinOrTrump);
        assertTrue(either.stream().anyMatch(e -> e.actors().contains("putin")));
        assertTrue(either.stream().anyMatch(e -> e.actors().contains("trump")));
        List<TimelineEvent> both = apply(talksOnly);
        assertTrue(both.size() < either.size());
        assertTrue(both.stream().allMatch(e -> e.category() == Category.TALKS));
    }

    @Test
    void search_needs_every_word_in_title_summary_or_quotes() {
        List<TimelineEvent> hits = apply(new EventFilter(Set.of(), Set.of(), Set.of(), "geneva MEETING", false));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(e -> (e.title() + e.summary() + e.sources()).toLowerCase()
                .contains("geneva")));
        assertTrue(apply(new EventFilter(Set.of(), Set.of(), Set.of(), "geneva zzz", false)).isEmpty());
    }

    @Test
    void hiding_extracted_events_keeps_curated_ones() {
        List<TimelineEvent> kept = apply(new EventFilter(Set.of(), Set.of(), Set.of(), "", true));
        assertTrue(kept.stream().noneMatch(e -> e.origin() == Origin.EXTRACTED));
        assertEquals(corpus.events().stream().filter(e -> e.origin() == Origin.CURATED).count(), kept.size());
    }

    @Test
    void article_filter_matches_any_passage() {
        String file = corpus.articles().get(1).fileName();
        List<TimelineEvent> hits = apply(new EventFilter(Set.of(), Set.of(), Set.of(file), "", false));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(e -> e.sources().stream().anyMatch(p -> p.article().equals(file))));
    }
}
