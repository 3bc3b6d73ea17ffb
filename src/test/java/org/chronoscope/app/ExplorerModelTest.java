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
    void a_search_every_event_matches_leaves_the_list_alone_and_the_counts_stay_right_as_it_narrows() {
        explorer.setCorpus(corpus);
        String everywhere = "abcdefghijklmnopqrstuvwxyz".chars().mapToObj(ch -> String.valueOf((char) ch))
                .filter(ch -> corpus.events().stream().allMatch(e -> e.title().toLowerCase().contains(ch)))
                .findFirst().orElseThrow();
        int[] changes = {0};
        explorer.shown().addListener((javafx.collections.ListChangeListener<TimelineEvent>) c -> changes[0]++);
        explorer.filters().textProperty().set(everywhere);
        assertEquals(0, changes[0], "every event still shown: the timeline is not handed a new list");
        assertEquals(corpus.events(), explorer.shown());
        assertTrue(explorer.summaryProperty().get().contains("“" + everywhere + "”"), explorer.summaryProperty().get());
        long talks = where(e -> e.category() == Category.TALKS).size();
        assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + talks + ")"));

        explorer.filters().actors().add("russia");
        explorer.filters().textProperty().set(everywhere + everywhere);
        explorer.filters().textProperty().set(everywhere);
        List<TimelineEvent> russian = where(e -> e.actors().stream().anyMatch(RUSSIAN::contains));
        assertEquals(russian, explorer.shown());
        long russianTalks = russian.stream().filter(e -> e.category() == Category.TALKS).count();
        assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + russianTalks + ")"),
                explorer.categoryLabel(Category.TALKS));
        List<TimelineEvent> withWord = where(e -> (e.title() + " " + e.summary() + " " + e.sources().stream()
                .map(org.chronoscope.model.Passage::quote).toList()).toLowerCase().contains("talks"));
        explorer.filters().textProperty().set("talks");
        List<TimelineEvent> russianWithWord = russian.stream().filter(withWord::contains).toList();
        assertFalse(russianWithWord.isEmpty());
        assertEquals(russianWithWord, explorer.shown());
    }

    @Test
    void checking_and_unchecking_entries_keeps_every_drop_down_counting_what_the_other_filters_leave() {
        explorer.setCorpus(corpus);
        for (int round = 0; round < 2; round++) {
            explorer.filters().actors().add("russia");
            List<TimelineEvent> russian = where(e -> e.actors().stream().anyMatch(RUSSIAN::contains));
            assertEquals(russian, explorer.shown());
            long russianTalks = russian.stream().filter(e -> e.category() == Category.TALKS).count();
            assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + russianTalks + ")"));
            explorer.filters().categories().add(Category.TALKS);
            long talks = where(e -> e.category() == Category.TALKS).size();
            assertTrue(explorer.actorLabel("russia").endsWith("(" + russianTalks + ")"), explorer.actorLabel("russia"));
            explorer.filters().actors().remove("russia");
            assertEquals(talks, explorer.shown().size());
            assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + talks + ")"),
                    "no actor checked: each category counts all its events");
            explorer.filters().categories().remove(Category.TALKS);
            assertEquals(corpus.events(), explorer.shown());
            assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + talks + ")"));
            assertTrue(explorer.actorLabel("russia").endsWith("(" + russian.size() + ")"), explorer.actorLabel("russia"));
        }
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

    @Test
    void each_drop_down_counts_the_events_the_other_filters_leave_an_article_once_per_event() {
        explorer.setCorpus(corpus);
        explorer.filters().textProperty().set("in");
        explorer.filters().categories().add(Category.TALKS);
        String article = corpus.articles().get(0).fileName();
        java.util.function.Predicate<TimelineEvent> quotesIt = e -> e.sources().stream()
                .anyMatch(p -> p.article().equals(article));
        java.util.function.Predicate<TimelineEvent> matchesText = e -> (e.title() + " " + e.summary()).toLowerCase()
                .contains("in") || e.sources().stream().anyMatch(p -> p.quote().toLowerCase().contains("in"));
        long talksQuotingIt = where(e -> e.category() == Category.TALKS && quotesIt.test(e) && matchesText.test(e))
                .size();
        assertTrue(talksQuotingIt > 0, "the synthetic corpus quotes every article in talks");
        assertTrue(where(e -> e.sources().stream().filter(p -> p.article().equals(article)).count() > 1).size() > 0,
                "some event quotes the article twice, and counts once");
        assertTrue(explorer.articleLabel(article).endsWith("(" + talksQuotingIt + ")"), explorer.articleLabel(article));

        explorer.filters().articles().add(article);
        assertTrue(explorer.articleLabel(article).endsWith("(" + talksQuotingIt + ")"),
                "checking an article does not change its own drop-down's counts");
        assertTrue(explorer.categoryLabel(Category.TALKS).endsWith("(" + talksQuotingIt + ")"),
                "talks counts the events of the checked article: " + explorer.categoryLabel(Category.TALKS));
        assertEquals(where(e -> e.category() == Category.TALKS && quotesIt.test(e) && matchesText.test(e)),
                explorer.shown());
        String other = corpus.articles().get(1).fileName();
        long talksQuotingOther = where(e -> e.category() == Category.TALKS && matchesText.test(e)
                && e.sources().stream().anyMatch(p -> p.article().equals(other))).size();
        assertTrue(explorer.articleLabel(other).endsWith("(" + talksQuotingOther + ")"),
                "another article counts as if it were checked instead: " + explorer.articleLabel(other));
        long plansQuotingIt = where(e -> e.category() == Category.PLAN && quotesIt.test(e) && matchesText.test(e))
                .size();
        assertTrue(plansQuotingIt > 0);
        assertTrue(explorer.categoryLabel(Category.PLAN).endsWith("(" + plansQuotingIt + ")"),
                "an unchecked category counts as if it were checked: " + explorer.categoryLabel(Category.PLAN));
    }
}
