package org.chronoscope.model.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An axis that shortens quiet stretches: every gap between busy intervals longer than {@code minGap} days keeps
 * {@code pad} days at either end and has its middle squeezed to {@code squeezedLength} days. A piecewise-linear,
 * strictly increasing map, so it can be inverted for hit-testing and zoom.
 */
public final class CompressedAxis implements AxisWarp {
    private final double[] real;
    private final double[] virt;
    private final List<Break> breaks;

    CompressedAxis(double[] real, double[] virt, List<Break> breaks) {
        this.real = real;
        this.virt = virt;
        this.breaks = List.copyOf(breaks);
    }

    /**
     * @param starts         first day of each busy interval (epoch days)
     * @param ends           end (exclusive) of each interval, same order
     * @param minGap         gaps longer than this (days) are compressed
     * @param pad            days kept at each side of a gap
     * @param squeezedLength axis length (days) a compressed stretch keeps
     */
    public static AxisWarp of(double[] starts, double[] ends, double minGap, double pad, double squeezedLength) {
        int n = starts.length;
        if (n < 2) {
            return AxisWarp.NONE;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(starts[a], starts[b]));
        List<Break> found = new ArrayList<>();
        double reach = ends[order[0]];
        for (int k = 1; k < n; k++) {
            int i = order[k];
            double gap = starts[i] - reach;
            if (gap > minGap && gap - 2 * pad > squeezedLength) {
                found.add(new Break(reach + pad, starts[i] - pad));
            }
            reach = Math.max(reach, ends[i]);
        }
        if (found.isEmpty()) {
            return AxisWarp.NONE;
        }
        double[] r = new double[found.size() * 2];
        double[] v = new double[found.size() * 2];
        double shift = 0;
        for (int b = 0; b < found.size(); b++) {
            Break br = found.get(b);
            r[2 * b] = br.from();
            v[2 * b] = br.from() - shift;
            shift += br.length() - squeezedLength;
            r[2 * b + 1] = br.to();
            v[2 * b + 1] = br.to() - shift;
        }
        return new CompressedAxis(r, v, found);
    }

    @Override
    public double toVirtual(double day) {
        return map(day, real, virt);
    }

    @Override
    public double toReal(double virtualDay) {
        return map(virtualDay, virt, real);
    }

    @Override
    public List<Break> breaks() {
        return breaks;
    }

    private static double map(double value, double[] from, double[] to) {
        if (value <= from[0]) {
            return to[0] + (value - from[0]);
        }
        int last = from.length - 1;
        if (value >= from[last]) {
            return to[last] + (value - from[last]);
        }
        int i = Arrays.binarySearch(from, value);
        if (i >= 0) {
            return to[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (value - from[lo]) / (from[hi] - from[lo]);
        return to[lo] + t * (to[hi] - to[lo]);
    }
}
