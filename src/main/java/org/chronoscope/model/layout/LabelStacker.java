package org.chronoscope.model.layout;

/**
 * Puts labels into rows so none overlap: each item, left to right, goes to the first row where it fits; an item
 * that fits in no row is {@link #OVERFLOW} and belongs in a "+N" cluster.
 */
public final class LabelStacker {
    public static final int OVERFLOW = -1;

    private LabelStacker() {
    }

    /**
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
}
