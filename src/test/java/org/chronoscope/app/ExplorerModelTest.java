package org.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

/** The explorer's state, with no scene and no window: what the filters leave, the counts, the messages. */
class ExplorerModelTest {
    private static final Set<String> RUSSIAN = Set.of("russia", "putin", "lavrov"); // the synthetic actor table
    private final Corpus corpus = SyntheticModel.corpus(200, 7);
    private final ExplorerModel explorer = new ExplorerModel();

    private List<TimelineEvent> where(java.util.function.Predicate<TimelineEvent> p) {
        return corpus.events().stream().filter(p).toList();
    }

    @Test
    void a_new_corpus_shows_every_event_and_says_so() {
        explorer.setCorpus(corpus);
        assertEquals(corpus.events(), explorer.shown());
        assertNull(explorer.emptyMessageProperty().get());
        assertEquals("Chronoscope — " + corpus.name(), explorer.titleProperty().get());
        assertTrue(explorer.summaryProperty().get().startsWith(corpus.events().size() + " events · "),
                explorer.summaryProperty().get());
    }

    @Test
    void russia_shows_the_events_of_the_people_acting_for_it_and_its_count_says_how_many() {
        explorer.setCorpus(corpus);
        explorer.filters().categories().add(Category.TALKS);
        List<TimelineEvent> russianTalks = where(e -> e.category() == Category.TALKS
                && e.actors().stream().anyMatch(RUSSIAN::contains));
        assertTrue(explorer.actorLabel("russia").endsWith("(" + russianTalks.size() + ")"),
                explorer.actorLabel("russia"));
        explorer.filters().actors().add("russia");
        assertEquals(russianTalks, explorer.shown());
        assertEquals("Russia + those acting for it", explorer.actorChip("russia"));
        assertEquals("Vladimir Putin", explorer.actorChip("putin"));
        assertTrue(explorer.summaryProperty().get().startsWith(russianTalks.size() + " of "
                + corpus.events().size() + " events"), explorer.summaryProperty().get());
    }

    @Test
    void nothing_matching_says_so_and_offers_to_clear_the_filters() {
        explorer.setCorpus(corpus);
        explorer.filters().textProperty().set("no-such-words-anywhere");
        assertTrue(explorer.shown().isEmpty());
        assertEquals(ExplorerModel.NO_MATCH, explorer.emptyMessageProperty().get());
        assertTrue(explorer.offerClearProperty().get());
        explorer.filters().clear();
        assertNull(explorer.emptyMessageProperty().get());
        assertFalse(explorer.offerClearProperty().get());
    }

    @Test
    void a_reload_keeps_the_filters_and_finds_the_selected_event_again_by_id() {
        explorer.setCorpus(corpus);
        explorer.filters().categories().add(Category.TALKS);
        TimelineEvent picked = explorer.shown().get(3);
        Corpus again = SyntheticModel.corpus(200, 7);
        assertTrue(explorer.reload(again, picked).map(e -> e != picked && e.id().equals(picked.id()))
                .orElse(false), "the same event of the new corpus");
        assertEquals(Set.of(Category.TALKS), explorer.filters().categories());
        assertTrue(explorer.shown().stream().allMatch(e -> e.category() == Category.TALKS));
        explorer.setCorpus(again);
        assertTrue(explorer.filters().categories().isEmpty(), "a corpus opened anew starts unfiltered");
    }

    @Test
    void an_empty_corpus_says_it_has_no_events() {
        Corpus empty = new Corpus("empty", "empty", corpus.articles(), List.of(), corpus.actors(), List.of(),
                List.of(), List.of());
        explorer.setCorpus(empty);
        assertEquals(ExplorerModel.NO_EVENTS, explorer.emptyMessageProperty().get());
        assertFalse(explorer.offerClearProperty().get());
    }
}
