package org.chronoscope.model.layout;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ProminenceTest {

    @Test
    void events_reported_by_more_articles_rank_first() {
        Corpus c = SyntheticModel.corpus(3_000, 11);
        TimelineEvent[] events = c.events().stream().filter(e -> e.date().isResolved())
                .toArray(TimelineEvent[]::new);
        int[] rank = Prominence.ranks(events);
        for (int i = 0; i < events.length; i++) {
            for (int j = 0; j < events.length; j += 37) {
                if (articles(events[i]) > articles(events[j])) {
                    assertTrue(rank[i] < rank[j], events[i].id() + " before " + events[j].id());
                }
            }
        }
    }

    @Test
    void a_curated_event_outranks_an_extracted_one_reported_as_often() {
        TimelineEvent any = SyntheticModel.corpus(50, 3).events().get(0);
        TimelineEvent curated = with(any, "a", Origin.CURATED);
        TimelineEvent extracted = with(any, "b", Origin.EXTRACTED);
        assertTrue(Prominence.score(curated) > Prominence.score(extracted));
    }

    @Test
    void equals_are_spread_over_time_not_the_earliest_first() {
        Corpus c = SyntheticModel.corpus(2_000, 5);
        TimelineEvent[] events = c.events().stream().filter(e -> e.date().isResolved())
                .filter(e -> e.sources().size() == 1 && e.origin() == Origin.CURATED).toArray(TimelineEvent[]::new);
        int[] rank = Prominence.ranks(events);
        int firstTenthInFirstHalf = 0;
        for (int i = 0; i < events.length; i++) {
            if (rank[i] < events.length / 10 && i < events.length / 2) {
                firstTenthInFirstHalf++;
            }
        }
        double share = firstTenthInFirstHalf / (events.length / 10.0);
        assertTrue(share > 0.3 && share < 0.7, "share of the top tenth in the first half of time: " + share);
    }

    private static long articles(TimelineEvent e) {
        return e.sources().stream().map(Passage::article).distinct().count();
    }

    private static TimelineEvent with(TimelineEvent e, String id, Origin origin) {
        List<Passage> one = List.of(e.sources().get(0));
        return new TimelineEvent(id, e.title(), e.summary(), e.date(), e.category(), e.actors(), e.places(),
                e.topics(), one, origin, e.dispute());
    }
}
