package org.chronoscope.model.layout;

/**
 * Level of detail: items closer than {@code minPx} on screen become one cluster. Works on items sorted by x;
 * writes, for each item, the index of the first item of its cluster.
 */
public final class Clusterer {
    private Clusterer() {
    }

    /**
     * @param x0    left pixel of each item, ascending
     * @param x1    right pixel of each item
     * @param minPx items whose marks are narrower than this and start within this of the cluster's end merge
     * @return number of clusters; {@code head[i]} is the first item of i's cluster
     */
    public static int cluster(double[] x0, double[] x1, int count, double minPx, int[] head) {
        int clusters = 0;
        double clusterEnd = Double.NEGATIVE_INFINITY;
        int current = -1;
        boolean currentSmall = false;
        for (int i = 0; i < count; i++) {
            boolean small = x1[i] - x0[i] < minPx;
            if (current >= 0 && small && currentSmall && x0[i] - clusterEnd < minPx) {
                head[i] = current;
                clusterEnd = Math.max(clusterEnd, x1[i]);
            } else {
                current = i;
                currentSmall = small;
                head[i] = i;
                clusterEnd = x1[i];
                clusters++;
            }
        }
        return clusters;
    }
}
