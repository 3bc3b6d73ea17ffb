package org.chronoscope.model.layout;

import java.util.Map;
import java.util.TreeMap;

/**
 * Puts labels into rows so none overlap. Items are placed in the order given (the most important first, or left
 * to right), each in the first row where it overlaps nothing already there; an item that fits in no row is
 * {@link #OVERFLOW} and belongs in a "+N" badge.
 */
public final class LabelStacker {
    public static final int OVERFLOW = -1;

    private LabelStacker() {
    }

    /**
     * Left to right.
     *
     * @param left  left edge of each item, ascending
     * @param right right edge of each item (mark and label)
     * @param rows  rows available (at least 1)
     * @param gap   pixels kept between items in a row
     * @return the row of each item, or {@link #OVERFLOW}
     */
    public static int[] stack(double[] left, double[] right, int count, int rows, double gap) {
        int[] row = new int[count];
        double[] rowEnd = new double[Math.max(1, rows)];
        java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < count; i++) {
            row[i] = OVERFLOW;
            for (int r = 0; r < rowEnd.length; r++) {
                if (left[i] >= rowEnd[r] + gap) {
                    row[i] = r;
                    rowEnd[r] = right[i];
                    break;
                }
            }
        }
        return row;
    }

    /**
     * In the order given: {@code order[k]} is the k-th item to place. An important item placed early keeps its
     * row even where it lies right of items placed later.
     *
     * @param left  left edge of each item, in any order
     * @param right right edge of each item
     * @return the row of each item (indexed like left), or {@link #OVERFLOW}
     */
    public static int[] stack(double[] left, double[] right, int[] order, int count, int rows, double gap) {
        int[] row = new int[count];
        java.util.Arrays.fill(row, OVERFLOW);
        @SuppressWarnings("unchecked")
        TreeMap<Double, Double>[] taken = new TreeMap[Math.max(1, rows)];
        for (int r = 0; r < taken.length; r++) {
            taken[r] = new TreeMap<>();
        }
        for (int k = 0; k < count; k++) {
            int i = order[k];
            for (int r = 0; r < taken.length; r++) {
                if (free(taken[r], left[i], right[i], gap)) {
                    taken[r].put(left[i], right[i]);
                    row[i] = r;
                    break;
                }
            }
        }
        return row;
    }

    /** Items in a row never overlap, so only the nearest item starting at or before, and the one after, can. */
    private static boolean free(TreeMap<Double, Double> row, double left, double right, double gap) {
        Map.Entry<Double, Double> before = row.floorEntry(left);
        if (before != null && before.getValue() + gap > left) {
            return false;
        }
        Map.Entry<Double, Double> after = row.higherEntry(left);
        return after == null || after.getKey() >= right + gap;
    }
}
