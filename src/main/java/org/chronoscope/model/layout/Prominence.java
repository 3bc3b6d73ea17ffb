package org.chronoscope.model.layout;

import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

import java.util.Arrays;
import java.util.List;

/**
 * Which events keep their labels when there is no room for all: the more articles report an event, the more it
 * stands out; a curated event before an extracted one. Starred events come first, but stars change without the
 * events changing, so the layout takes them separately.
 */
public final class Prominence {
    private Prominence() {
    }

    /** Higher stands out more: distinct reporting articles, then more passages, then curated. */
    public static int score(TimelineEvent e) {
        List<Passage> sources = e.sources();
        int articles = e.articleCount(); // a set, not a pass over the passages before each one
        int passages = Math.min(sources.size(), 15);
        return Math.min(articles, 60) * 32 + passages * 2 + (e.origin() == Origin.CURATED ? 1 : 0);
    }

    /**
     * The rank of each event (0 stands out most). Equal scores are ordered by a hash of the id, so that among
     * equals the labels kept are spread over time rather than all the earliest.
     */
    public static int[] ranks(TimelineEvent[] events) {
        long[] keys = new long[events.length];
        for (int j = 0; j < events.length; j++) {
            long score = Math.min(4095, score(events[j]));
            long spread = mix(events[j].id().hashCode()) & 0xFFFFF;
            keys[j] = (4095 - score) << 52 | spread << 32 | j;
        }
        Arrays.sort(keys);
        int[] rank = new int[events.length];
        for (int r = 0; r < keys.length; r++) {
            rank[(int) keys[r]] = r;
        }
        return rank;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
