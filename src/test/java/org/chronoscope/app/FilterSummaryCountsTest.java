package org.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

/** The Article drop-down's counts: an event counts once per article however many of its passages it quotes. */
class FilterSummaryCountsTest {
    @Test
    void an_event_counts_once_for_each_article_it_quotes() {
        Corpus c = SyntheticModel.corpus(2_000, 7);
        TimelineEvent any = c.events().get(0);
        Passage p = any.sources().get(0);
        Passage q = new Passage("other.txt", 0, 0, "");
        // three passages of one article and one of another: one count each
        TimelineEvent many = any.withSources(List.of(p, p, q, p));
        List<TimelineEvent> events = new java.util.ArrayList<>(c.events());
        events.add(many);

        Map<String, Integer> expected = new HashMap<>();
        for (TimelineEvent e : events) {
            for (String article : e.sources().stream().map(Passage::article).collect(Collectors.toSet())) {
                expected.merge(article, 1, Integer::sum);
            }
        }
        assertEquals(expected, FilterSummary.articleCounts(events));
        assertEquals(1, FilterSummary.articleCounts(List.of(many)).get("other.txt"));
        assertEquals(1, FilterSummary.articleCounts(List.of(many)).get(p.article()));
    }
}
