package org.chronoscope.model.layout;

/**
 * Level of detail: marks closer than {@code minPx} on screen become one cluster, but a cluster never runs past
 * the cell of the axis it started in. Cells are {@code cellPx} wide and fixed to the axis (not to the picture's
 * edge), so panning does not move them, and a dense stretch shows as a row of clusters, each with its own count,
 * instead of one chain across the view. Works on items sorted by x; writes, for each item, the index of the
 * first item of its cluster.
 */
public final class Clusterer {
    private Clusterer() {
    }

    /**
     * @param x0     left pixel of each item, ascending
     * @param x1     right pixel of each item
     * @param minPx  items whose marks are narrower than this and start within this of the cluster's end merge
     * @param cellPx width of the axis cells a cluster stays within
     * @param origin pixel offset of the axis cells: a cell starts where {@code x + origin} is a multiple of cellPx
     * @return number of clusters; {@code head[i]} is the first item of i's cluster
     */
    public static int cluster(double[] x0, double[] x1, int count, double minPx, double cellPx, double origin,
                              int[] head) {
        int clusters = 0;
        double clusterEnd = Double.NEGATIVE_INFINITY;
        int current = -1;
        boolean currentSmall = false;
        double cell = Double.NaN;
        for (int i = 0; i < count; i++) {
            boolean small = x1[i] - x0[i] < minPx;
            double itemCell = Math.floor((x0[i] + origin) / cellPx);
            if (current >= 0 && small && currentSmall && x0[i] - clusterEnd < minPx && itemCell == cell) {
                head[i] = current;
                clusterEnd = Math.max(clusterEnd, x1[i]);
            } else {
                current = i;
                currentSmall = small;
                cell = itemCell;
                head[i] = i;
                clusterEnd = x1[i];
                clusters++;
            }
        }
        return clusters;
    }
}
