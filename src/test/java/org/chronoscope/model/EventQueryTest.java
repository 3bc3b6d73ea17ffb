package org.chronoscope.model;

import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueryTest {
    private final Corpus corpus = SyntheticModel.corpus(300, 2);

    private List<TimelineEvent> apply(EventQuery f) {
        return f.apply(corpus);
    }

    @Test
    void no_filter_keeps_everything() {
        assertEquals(corpus.events().size(), apply(EventQuery.ALL).size());
        assertFalse(EventQuery.ALL.isActive());
    }

    @Test
    void filters_combine_and_values_within_a_filter_alternate() {
        EventQuery putinOrTrump = EventQuery.ALL.withActors(Set.of("putin", "trump"));
        EventQuery talksOnly = putinOrTrump.withCategories(Set.of(Category.TALKS));
        List<TimelineEvent> either = apply(putinOrTrump);
        assertTrue(either.stream().anyMatch(e -> e.actors().contains("putin")));
        assertTrue(either.stream().anyMatch(e -> e.actors().contains("trump")));
        List<TimelineEvent> both = apply(talksOnly);
        assertTrue(both.size() < either.size());
        assertTrue(both.stream().allMatch(e -> e.category() == Category.TALKS));
    }

    @Test
    void typing_on_searches_only_what_the_last_keystroke_left_and_gives_what_a_fresh_search_gives() {
        EventQuery putin = EventQuery.ALL.withActors(Set.of("putin"));
        String[] typed = {"", "g", "ge", "gen", "gen m", "gen mee", "ge mee", "meeting gen", "xyz", "talks"};
        EventQuery before = null;
        List<TimelineEvent> earlier = null;
        for (String text : typed) {
            EventQuery q = putin.withText(text);
            List<TimelineEvent> got = q.narrow(corpus, before, earlier);
            assertEquals(apply(q), got, "\"" + text + "\" after \"" + (before == null ? null : before.text()) + "\"");
            before = q;
            earlier = got;
        }
        EventQuery gen = EventQuery.ALL.withText("gen");
        List<TimelineEvent> some = apply(gen).subList(0, 3);
        List<TimelineEvent> narrowed = EventQuery.ALL.withText("gene").narrow(corpus, gen, some);
        assertTrue(some.containsAll(narrowed), "only the earlier result is searched");
        assertEquals(apply(EventQuery.ALL.withText("ge")), EventQuery.ALL.withText("ge").narrow(corpus, gen, some),
                "a shorter word is searched anew");
        assertEquals(apply(putin.withText("gene")), putin.withText("gene").narrow(corpus, gen, some),
                "another actor filter is searched anew");
    }

    @Test
    void search_needs_every_word_in_title_summary_or_quotes() {
        List<TimelineEvent> hits = apply(EventQuery.ALL.withText("geneva MEETING"));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(e -> (e.title() + e.summary() + e.sources()).toLowerCase()
                .contains("geneva")));
        assertTrue(apply(EventQuery.ALL.withText("geneva zzz")).isEmpty());
    }

    @Test
    void hiding_extracted_events_keeps_curated_ones() {
        List<TimelineEvent> kept = apply(EventQuery.ALL.withHideExtracted(true));
        assertTrue(kept.stream().noneMatch(e -> e.origin() == Origin.EXTRACTED));
        assertEquals(corpus.events().stream().filter(e -> e.origin() == Origin.CURATED).count(), kept.size());
    }

    @Test
    void article_filter_matches_any_passage() {
        String file = corpus.articles().get(1).fileName();
        List<TimelineEvent> hits = apply(EventQuery.ALL.withArticles(Set.of(file)));
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(e -> e.sources().stream().anyMatch(p -> p.article().equals(file))));
    }
}
