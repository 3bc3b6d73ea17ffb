package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClustererTest {
    private static final double WIDE_CELLS = 1e9;

    @Test
    void marks_closer_than_the_threshold_become_one_cluster() {
        double[] x0 = {0, 1, 2.5, 20, 21, 40};
        double[] x1 = {0.5, 1.5, 3, 20.5, 21.5, 40.5};
        int[] head = new int[6];
        assertEquals(3, Clusterer.cluster(x0, x1, 6, 4, WIDE_CELLS, 0, head));
        assertArrayEquals(new int[]{0, 0, 0, 3, 3, 5}, head);
    }

    @Test
    void wide_bars_are_never_merged() {
        double[] x0 = {0, 1, 2};
        double[] x1 = {50, 1.5, 2.5};
        int[] head = new int[3];
        assertEquals(2, Clusterer.cluster(x0, x1, 3, 4, WIDE_CELLS, 0, head));
        assertArrayEquals(new int[]{0, 1, 1}, head);
    }

    @Test
    void a_chain_of_close_marks_merges_within_a_cell() {
        double[] x0 = {0, 3, 6, 9, 12};
        double[] x1 = {1, 4, 7, 10, 13};
        int[] head = new int[5];
        assertEquals(1, Clusterer.cluster(x0, x1, 5, 4, 40, 0, head));
    }

    @Test
    void a_dense_stretch_across_the_view_becomes_one_cluster_per_cell_not_one_chain() {
        int n = 1500;
        double[] x0 = new double[n];
        double[] x1 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = i;
            x1[i] = i + 0.5;
        }
        int[] head = new int[n];
        int clusters = Clusterer.cluster(x0, x1, n, 4, 40, 0, head);
        assertEquals(38, clusters); // 1,500 px in cells of 40 px
        for (int i = 0; i < n; i++) {
            assertTrue(x1[i] - x0[head[i]] <= 40, "cluster of item " + i + " is wider than a cell");
        }
    }

    @Test
    void cells_are_fixed_to_the_axis_so_panning_keeps_the_clusters() {
        double[] x0 = {30, 33, 36, 42, 45};
        double[] x1 = {31, 34, 37, 43, 46};
        int[] head = new int[5];
        Clusterer.cluster(x0, x1, 5, 4, 40, 0, head);
        assertArrayEquals(new int[]{0, 0, 0, 3, 3}, head); // the cell boundary at x = 40 splits them
        double[] panned0 = {20, 23, 26, 32, 35};
        double[] panned1 = {21, 24, 27, 33, 36};
        int[] after = new int[5];
        Clusterer.cluster(panned0, panned1, 5, 4, 40, 10, after); // the same marks 10 px further left
        assertArrayEquals(head, after);
    }
}
