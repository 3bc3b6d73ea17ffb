package org.chronoscope.render;

import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.DensityBand;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.util.List;

/**
 * One laid-out picture of the timeline: where every visible mark, label and cluster goes. Produced by
 * {@link TimelinePainter#layout}, drawn by {@link TimelinePainter#paint}, and used for hit-testing. Where marks
 * cannot be told apart (clusters, "+N" badges), each lane's {@link DensityBand} shows where its events are.
 */
public record TimelineFrame(TimelineModel model, TimeScale scale, double width, double height,
                            List<Item> items, List<Overflow> overflows, List<DensityBand> densities,
                            double[] laneTops) {

    /** Top of lane i; {@code laneTop(laneCount)} is the bottom of the last lane. */
    public double laneTop(int i) {
        return laneTops[i];
    }

    public double laneHeight(int i) {
        return laneTops[i + 1] - laneTops[i];
    }

    /** What a mark stands for. */
    public enum Kind { POINT, RANGE, APPROXIMATE, DEADLINE, CLUSTER }

    /**
     * A mark with its label, or a cluster of events too close to tell apart.
     *
     * @param event  the event, or null for a cluster
     * @param count  number of events (1 unless a cluster)
     * @param x0     mark's left pixel; @param x1 mark's right pixel
     * @param right  right end of mark and label
     * @param y      top of the row
     * @param label  text drawn (possibly shortened), or the count for a cluster
     * @param from   first day covered (epoch day); @param to end (exclusive)
     */
    public record Item(TimelineEvent event, Kind kind, int lane, int count, double x0, double x1, double right,
                       double y, String label, double labelWidth, double from, double to) {
        public boolean contains(double px, double py, double rowHeight) {
            return px >= Math.min(x0, x1) - 4 && px <= right + 2 && py >= y && py < y + rowHeight;
        }
    }

    /** A "+N" badge: events of a lane that found no free row near {@code x}. */
    public record Overflow(int lane, double x, double y, int count, double from, double to, double width) {
        public boolean contains(double px, double py, double h) {
            return px >= x && px <= x + width && py >= y && py < y + h;
        }
    }

    /** The event item under a point, or null. */
    public Item itemAt(double px, double py, double rowHeight) {
        for (int i = items.size() - 1; i >= 0; i--) {
            Item it = items.get(i);
            if (it.contains(px, py, rowHeight)) {
                return it;
            }
        }
        return null;
    }

    public Overflow overflowAt(double px, double py, double badgeHeight) {
        for (Overflow o : overflows) {
            if (o.contains(px, py, badgeHeight)) {
                return o;
            }
        }
        return null;
    }

    /** The cluster pill an event is drawn inside, or null (drawn on its own, off-screen or overflowed). */
    public Item clusterOf(TimelineEvent e) {
        if (itemOf(e) != null || !e.date().isResolved()) {
            return null;
        }
        int lane = model.laneOf(e);
        double day = TimelineModel.startDay(e);
        for (Item it : items) {
            if (it.kind() == Kind.CLUSTER && it.lane() == lane && day >= it.from() && day < Math.max(it.to(),
                    it.from() + 1)) {
                return it;
            }
        }
        return null;
    }

    /** The item drawn for an event, or null when it is off-screen, clustered or overflowed. */
    public Item itemOf(TimelineEvent e) {
        for (Item it : items) {
            if (it.event() == e) {
                return it;
            }
        }
        return null;
    }
}
