package org.chronoscope.model.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compressed axis that gives width by where the events are. Events are grouped into active stretches (a new
 * stretch starts after a quiet gap longer than {@code minGap} days); every quiet gap becomes a break of the same
 * short length, and the stretches share the rest of the axis by event count (each counts at least
 * {@code minWeight}), so a busy month is drawn wider than a year holding one event.
 *
 * <p>Axis ("virtual") days keep the total length of the stretches: the busiest stretches are stretched, the
 * sparse ones squeezed, each linearly.
 */
public final class WeightedAxis {

    private WeightedAxis() {
    }

    /**
     * @param starts     first busy day of each event (epoch days)
     * @param ends       end (exclusive) of each event's busy interval, same order
     * @param minGap     quiet gaps longer than this (days) become breaks
     * @param pad        days kept at each side of a stretch
     * @param minWeight  the least share (in events) a stretch gets
     * @param breakShare a break's axis length as a fraction of the stretches' total length
     */
    public static AxisWarp of(double[] starts, double[] ends, double minGap, double pad, double minWeight,
                              double breakShare) {
        List<double[]> stretches = stretches(starts, ends, minGap);
        if (stretches.size() < 2) {
            return AxisWarp.NONE;
        }
        int n = stretches.size();
        double realTotal = 0;
        double weights = 0;
        for (double[] s : stretches) {
            realTotal += s[1] - s[0] + 2 * pad;
            weights += Math.max(minWeight, s[2]);
        }
        double breakLength = Math.max(0.5, realTotal * breakShare);
        double[] real = new double[2 * n];
        double[] virt = new double[2 * n];
        List<AxisWarp.Break> breaks = new ArrayList<>(n - 1);
        double v = stretches.get(0)[0] - pad;
        for (int i = 0; i < n; i++) {
            double[] s = stretches.get(i);
            real[2 * i] = s[0] - pad;
            virt[2 * i] = v;
            v += realTotal * Math.max(minWeight, s[2]) / weights;
            real[2 * i + 1] = s[1] + pad;
            virt[2 * i + 1] = v;
            if (i + 1 < n) {
                breaks.add(new AxisWarp.Break(s[1] + pad, stretches.get(i + 1)[0] - pad));
                v += breakLength;
            }
        }
        return new CompressedAxis(real, virt, breaks);
    }

    /** Active stretches as {from, to, events}, in order. */
    static List<double[]> stretches(double[] starts, double[] ends, double minGap) {
        int n = starts.length;
        List<double[]> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(starts[a], starts[b]));
        double[] cur = {starts[order[0]], Math.max(ends[order[0]], starts[order[0]] + 1), 1};
        for (int k = 1; k < n; k++) {
            int i = order[k];
            if (starts[i] - cur[1] > minGap) {
                out.add(cur);
                cur = new double[] {starts[i], Math.max(ends[i], starts[i] + 1), 1};
            } else {
                cur[1] = Math.max(cur[1], ends[i]);
                cur[2]++;
            }
        }
        out.add(cur);
        return out;
    }
}
