package org.chronoscope.app;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One drop-down's counts, kept for the last two queries they were counted over. A drop-down counts the events the
 * other filters leave, so checking an entry in it does not change its own counts, and checking and unchecking an
 * entry elsewhere goes back and forth between two queries: over 30,000 events each recount is a pass over all of
 * them. Counts over the events shown are also kept while the same events are shown (typing the first letters of a
 * search that every event matches).
 */
final class CountMemo<K> {
    private final Function<List<TimelineEvent>, Map<K, Integer>> count;
    private Corpus corpus;
    private EventQuery lastQuery;
    private Map<K, Integer> last = Map.of();
    private EventQuery olderQuery;
    private Map<K, Integer> older;
    /** The events shown that {@link #last} counted, or null when it counted something else. */
    private List<TimelineEvent> lastShown;

    CountMemo(Function<List<TimelineEvent>, Map<K, Integer>> count) {
        this.count = count;
    }

    /**
     * The counts over what {@code basis} leaves of c; {@code shown} is that already when the drop-down has nothing
     * checked (basis is then the whole query), else null.
     */
    Map<K, Integer> counts(Corpus c, EventQuery basis, List<TimelineEvent> shown) {
        if (c != corpus) {
            corpus = c;
            lastQuery = null;
            olderQuery = null;
            lastShown = null;
        }
        if (basis.equals(lastQuery)) {
            return last;
        }
        Map<K, Integer> counts;
        if (basis.equals(olderQuery)) {
            counts = older;
        } else if (shown != null && lastShown != null && TimelineModel.sameItems(shown, lastShown)) {
            counts = last;
        } else {
            counts = count.apply(shown != null ? shown : basis.apply(c));
        }
        olderQuery = lastQuery;
        older = last;
        lastQuery = basis;
        last = counts;
        lastShown = shown;
        return counts;
    }
}
