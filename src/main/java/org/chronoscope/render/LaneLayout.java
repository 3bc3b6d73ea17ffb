package org.chronoscope.render;

import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.Clusterer;
import org.chronoscope.model.layout.DensityBand;
import org.chronoscope.model.layout.LabelPolicy;
import org.chronoscope.model.layout.LabelStacker;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Lays out the visible events of one lane. Two ways, by how crowded the lane is in view:
 * <ul>
 * <li>where there is room for most labels, every event is a mark with its label, left to right; marks too close
 * to tell apart are clusters, each within one {@value TimelinePainter#CLUSTER_CELL_PX}-px cell of the axis (never
 * a chain across the view); what finds no row goes into "+N" badges;</li>
 * <li>where far more events are in view than labels fit, the most prominent event of each
 * {@value TimelinePainter#FEATURE_CELL_PX}-px cell of the axis, and every pinned (starred) event, keeps its mark and
 * label; all the others are shown by the lane's density band and counted in one "+N" badge per cell.</li>
 * </ul>
 * A {@link LabelPolicy} other than ALL lays every lane out the second way (TOP), or keeps only the pinned labels
 * (STARRED).
 * Events drawn only as clusters or badges go into the lane's {@link DensityBand}. Keeps its buffers between frames.
 */
final class LaneLayout {
    private final TimelinePainter painter;
    private int[] visible = new int[256];
    private double[] x0 = new double[256];
    private double[] x1 = new double[256];
    private int[] head = new int[256];
    private double[] centres = new double[256];

    /** Where the results of all lanes go. */
    record Out(List<TimelineFrame.Item> items, List<TimelineFrame.Overflow> overflows, List<DensityBand> bands) {
        Out() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    LaneLayout(TimelinePainter painter) {
        this.painter = painter;
    }

    void layout(TimelineModel model, int lane, TimeScale scale, double leftDay, double rightDay, double top,
                int rows, double width, Collection<TimelineEvent> pinned, LabelPolicy labels, Out out) {
        TimelineModel.LaneEvents le = model.lane(lane);
        int from = le.index.fromIndex(leftDay);
        int to = le.index.toIndex(rightDay);
        ensure(to - from);
        double[][] axis = le.onAxis(scale.warp());
        double[] axisStart = axis[0];
        double[] axisEnd = axis[1];
        int n = 0;
        for (int j = from; j < to; j++) {
            if (le.end[j] <= leftDay) {
                continue;
            }
            visible[n] = j;
            x0[n] = scale.xOfAxisDay(axisStart[j]);
            x1[n] = scale.xOfAxisDay(axisEnd[j]);
            n++;
        }
        double origin = scale.start() / scale.daysPerPixel();
        double badgeY = top + rows * painter.style().rowHeight() + 1;
        if (labels != LabelPolicy.ALL || n > 2 * rows * width / TimelinePainter.FEATURE_CELL_PX) {
            crowded(model, lane, le, n, rows, width, origin, top, badgeY, pinned, labels, out);
        } else {
            roomy(model, lane, le, n, rows, width, origin, top, badgeY, out);
        }
    }

    private void roomy(TimelineModel model, int lane, TimelineModel.LaneEvents le, int n, int rows, double width,
                       double origin, double top, double badgeY, Out out) {
        Clusterer.cluster(x0, x1, n, TimelinePainter.CLUSTER_PX, TimelinePainter.CLUSTER_CELL_PX, origin, head);
        List<TimelineFrame.Item> units = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int k = i + 1;
            double end = x1[i];
            while (k < n && head[k] == i) {
                end = Math.max(end, x1[k]);
                k++;
            }
            units.add(k - i == 1 ? painter.eventItem(model, le, visible[i], lane, x0[i], x1[i], width)
                    : painter.clusterItem(lane, k - i, x0[i], end, le.start[visible[i]], clusterEnd(le, i, k)));
            spans.add(new int[]{i, k});
            i = k;
        }
        int count = units.size();
        double[] left = new double[count];
        double[] right = new double[count];
        for (int u = 0; u < count; u++) {
            left[u] = Math.min(units.get(u).x0(), units.get(u).x1());
            right[u] = units.get(u).right();
        }
        int[] row = LabelStacker.stack(left, right, count, rows, 6);
        int aggregated = 0;
        TimelineFrame.Overflow pending = null;
        for (int u = 0; u < count; u++) {
            TimelineFrame.Item it = units.get(u);
            if (row[u] != LabelStacker.OVERFLOW) {
                out.items().add(TimelinePainter.withY(it, top + row[u] * painter.style().rowHeight()));
            } else {
                pending = addToBadge(pending, false, lane, left[u], badgeY, it.count(), it.from(), it.to(), out);
            }
            if (row[u] == LabelStacker.OVERFLOW || it.kind() == TimelineFrame.Kind.CLUSTER) {
                aggregated = addCentres(spans.get(u)[0], spans.get(u)[1], aggregated, width);
            }
        }
        finish(pending, lane, aggregated, width, origin, out);
    }

    private void crowded(TimelineModel model, int lane, TimelineModel.LaneEvents le, int n, int rows, double width,
                         double origin, double top, double badgeY, Collection<TimelineEvent> pinned,
                         LabelPolicy labels, Out out) {
        int[] featured = featured(model, lane, le, n, origin, pinned, labels != LabelPolicy.STARRED);
        int count = featured.length;
        List<TimelineFrame.Item> units = new ArrayList<>(count);
        double[] left = new double[count];
        double[] right = new double[count];
        int[] order = new int[count];
        for (int f = 0; f < count; f++) {
            int i = featured[f];
            TimelineFrame.Item it = painter.eventItem(model, le, visible[i], lane, x0[i], x1[i], width);
            units.add(it);
            left[f] = Math.min(it.x0(), it.x1());
            right[f] = it.right();
            order[f] = f;
        }
        // starred first, then by prominence
        Integer[] byRank = new Integer[count];
        for (int f = 0; f < count; f++) {
            byRank[f] = f;
        }
        Arrays.sort(byRank, (a, b) -> Integer.compare(priority(le, featured[a], pinned), priority(le, featured[b],
                pinned)));
        for (int f = 0; f < count; f++) {
            order[f] = byRank[f];
        }
        int[] row = LabelStacker.stack(left, right, order, count, rows, 6);
        boolean[] placed = new boolean[n];
        for (int f = 0; f < count; f++) {
            if (row[f] != LabelStacker.OVERFLOW) {
                out.items().add(TimelinePainter.withY(units.get(f), top + row[f] * painter.style().rowHeight()));
                placed[featured[f]] = true;
            }
        }
        // everything else: one badge per cell, and the density band
        int aggregated = 0;
        TimelineFrame.Overflow pending = null;
        double cell = Double.NaN;
        for (int i = 0; i < n; i++) {
            if (placed[i] || x1[i] < 0) {
                continue;
            }
            double c = Math.floor((x0[i] + origin) / TimelinePainter.FEATURE_CELL_PX);
            if (c != cell && pending != null) {
                out.overflows().add(pending);
                pending = null;
            }
            cell = c;
            pending = addToBadge(pending, true, lane, Math.max(0, x0[i]), badgeY, 1, le.start[visible[i]],
                    le.end[visible[i]], out);
            aggregated = addCentres(i, i + 1, aggregated, width);
        }
        finish(pending, lane, aggregated, width, origin, out);
    }

    /** The most prominent event of each feature cell, and the pinned ones in view: positions in visible. */
    private int[] featured(TimelineModel model, int lane, TimelineModel.LaneEvents le, int n, double origin,
                           Collection<TimelineEvent> pinned, boolean perCell) {
        int[] picked = new int[16];
        int[] rank = le.rank();
        int count = 0;
        double cell = Double.NaN;
        int best = -1;
        for (int i = 0; perCell && i <= n; i++) {
            double c = i < n ? Math.floor((x0[i] + origin) / TimelinePainter.FEATURE_CELL_PX) : Double.NaN;
            if (i == n || c != cell) {
                if (best >= 0 && !isPinned(le, best, pinned)) {
                    picked = grow(picked, count);
                    picked[count++] = best;
                }
                cell = c;
                best = i;
            } else if (rank[visible[i]] < rank[visible[best]]) {
                best = i;
            }
        }
        for (TimelineEvent e : pinned) {
            int j = model.laneOf(e) == lane ? le.indexOf(e) : -1;
            int i = j < 0 ? -1 : Arrays.binarySearch(visible, 0, n, j);
            if (i >= 0) {
                picked = grow(picked, count);
                picked[count++] = i;
            }
        }
        return Arrays.copyOf(picked, count);
    }

    private boolean isPinned(TimelineModel.LaneEvents le, int i, Collection<TimelineEvent> pinned) {
        return !pinned.isEmpty() && pinned.contains(le.events[visible[i]]);
    }

    private int priority(TimelineModel.LaneEvents le, int i, Collection<TimelineEvent> pinned) {
        return isPinned(le, i, pinned) ? -1 : le.rank()[visible[i]];
    }

    private static int[] grow(int[] a, int count) {
        return count < a.length ? a : Arrays.copyOf(a, a.length * 2);
    }

    private static double clusterEnd(TimelineModel.LaneEvents le, int[] visible, int i, int k) {
        double to = le.end[visible[i]];
        for (int m = i; m < k; m++) {
            to = Math.max(to, le.end[visible[m]]);
        }
        return to;
    }

    private double clusterEnd(TimelineModel.LaneEvents le, int i, int k) {
        return clusterEnd(le, visible, i, k);
    }

    /** Adds an event or a unit to the badge being built (always, or when it lies under it), or starts a new one. */
    private TimelineFrame.Overflow addToBadge(TimelineFrame.Overflow pending, boolean always, int lane, double x,
                                              double y, int count, double from, double to, Out out) {
        if (pending != null && (always || x <= pending.x() + pending.width() + 4)) {
            int c = pending.count() + count;
            return new TimelineFrame.Overflow(lane, pending.x(), y, c, Math.min(pending.from(), from),
                    Math.max(pending.to(), to), painter.badgeWidth(c));
        }
        if (pending != null) {
            out.overflows().add(pending);
        }
        return new TimelineFrame.Overflow(lane, x, y, count, from, to, painter.badgeWidth(count));
    }

    private void finish(TimelineFrame.Overflow pending, int lane, int aggregated, double width, double origin,
                        Out out) {
        if (pending != null) {
            out.overflows().add(pending);
        }
        if (aggregated > 0) {
            out.bands().add(DensityBand.of(lane, centres, aggregated, width, TimelinePainter.DENSITY_COLUMN_PX,
                    origin));
        }
    }

    /** Adds the mark centres of visible[i..k) that are in the picture to {@link #centres}. */
    private int addCentres(int i, int k, int at, double width) {
        if (centres.length < at + k - i) {
            centres = Arrays.copyOf(centres, Math.max(at + k - i, centres.length * 2));
        }
        for (int m = i; m < k; m++) {
            double c = (x0[m] + x1[m]) / 2;
            if (c >= 0 && c < width) {
                centres[at++] = c;
            }
        }
        return at;
    }

    private void ensure(int n) {
        if (visible.length < n) {
            int size = Math.max(n, visible.length * 2);
            visible = new int[size];
            x0 = new double[size];
            x1 = new double[size];
            head = new int[size];
        }
    }
}
