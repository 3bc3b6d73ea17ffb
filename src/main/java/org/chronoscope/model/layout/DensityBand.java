package org.chronoscope.model.layout;

/**
 * How many events of a lane that could not be drawn one by one fall in each narrow column of the picture: the
 * lane's shape where its marks cannot be told apart. Columns are fixed to the axis, so panning does not move them.
 *
 * @param lane     lane index
 * @param x        left pixel of the first column
 * @param columnPx width of a column
 * @param counts   events per column
 * @param max      the largest count
 */
public record DensityBand(int lane, double x, double columnPx, int[] counts, int max) {

    /** Counts the x positions given into columns over [0, width), aligned to the axis by origin. */
    public static DensityBand of(int lane, double[] xs, int count, double width, double columnPx, double origin) {
        double first = Math.floor(origin / columnPx) * columnPx - origin; // ≤ 0: the column holding x = 0
        int columns = (int) Math.ceil((width - first) / columnPx);
        int[] counts = new int[Math.max(0, columns)];
        int max = 0;
        for (int i = 0; i < count; i++) {
            int c = (int) Math.floor((xs[i] - first) / columnPx);
            if (c >= 0 && c < counts.length) {
                max = Math.max(max, ++counts[c]);
            }
        }
        return new DensityBand(lane, first, columnPx, counts, max);
    }

    public boolean isEmpty() {
        return max == 0;
    }

    /** Height share of a column, 0..1, on a log scale against the largest count of all lanes (allMax). */
    public double share(int column, int allMax) {
        int c = counts[column];
        return c == 0 || allMax <= 0 ? 0 : Math.log1p(c) / Math.log1p(allMax);
    }
}
