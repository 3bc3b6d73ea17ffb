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
 * search that every event matches). Counting waits until a label asks for the counts.
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
    /** What was asked for last, and whether it is still to be counted. */
    private Corpus askedCorpus;
    private EventQuery askedQuery;
    private List<TimelineEvent> askedShown;
    private boolean pending;
    private Map<K, Integer> counted = Map.of();

    CountMemo(Function<List<TimelineEvent>, Map<K, Integer>> count) {
        this.count = count;
    }

    /**
     * Asks for the counts over what {@code basis} leaves of c; {@code shown} is that already when the drop-down has
     * nothing checked (basis is then the whole query), else null. Nothing is counted until {@link #counts()} is
     * called (a closed drop-down's labels are not asked for: typing in the search counts nothing). True when the
     * counts may differ from those asked for before.
     */
    boolean ask(Corpus c, EventQuery basis, List<TimelineEvent> shown) {
        boolean same = c == askedCorpus && (basis.equals(askedQuery)
                || shown != null && askedShown != null && TimelineModel.sameItems(shown, askedShown));
        askedCorpus = c;
        askedQuery = basis;
        askedShown = shown;
        pending = true;
        return !same;
    }

    /** The counts last asked for. */
    Map<K, Integer> counts() {
        if (pending && askedCorpus != null) {
            pending = false;
            counted = resolve(askedCorpus, askedQuery, askedShown);
        }
        return counted;
    }

    private Map<K, Integer> resolve(Corpus c, EventQuery basis, List<TimelineEvent> shown) {
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
