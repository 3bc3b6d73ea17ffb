package org.chronoscope.view.reader;

import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article's text into runs at every passage boundary; each run knows the events whose passages cover it
 * (none for plain text). Toolkit-free.
 */
public final class PassageSegments {

    /** Text [start, end) of the article and the events reporting it, shortest passage first. */
    public record Segment(int start, int end, List<TimelineEvent> events, List<Passage> passages) {
        public boolean isPassage() {
            return !events.isEmpty();
        }
    }

    private PassageSegments() {
    }

    public static List<Segment> of(String fileName, int textLength, List<TimelineEvent> events) {
        List<Passage> passages = new ArrayList<>();
        List<TimelineEvent> owners = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, textLength));
        for (TimelineEvent e : events) {
            for (Passage p : e.sources()) {
                if (p.article().equals(fileName) && p.end() <= textLength && p.end() > p.start()) {
                    passages.add(p);
                    owners.add(e);
                    cuts.add(p.start());
                    cuts.add(p.end());
                }
            }
        }
        List<Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                List<TimelineEvent> es = new ArrayList<>();
                List<Passage> ps = new ArrayList<>();
                int best = Integer.MAX_VALUE;
                for (int i = 0; i < passages.size(); i++) {
                    Passage p = passages.get(i);
                    if (p.start() <= prev && p.end() >= cut && !es.contains(owners.get(i))) {
                        int len = p.end() - p.start();
                        int at = len < best ? 0 : es.size();
                        best = Math.min(best, len);
                        es.add(at, owners.get(i));
                        ps.add(at, p);
                    }
                }
                out.add(new Segment(prev, cut, List.copyOf(es), List.copyOf(ps)));
            }
            prev = cut;
        }
        return out;
    }
}
