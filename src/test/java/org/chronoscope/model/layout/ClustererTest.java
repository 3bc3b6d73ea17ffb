package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ClustererTest {

    @Test
    void marks_closer_than_the_threshold_become_one_cluster() {
        double[] x0 = {0, 1, 2.5, 20, 21, 40};
        double[] x1 = {0.5, 1.5, 3, 20.5, 21.5, 40.5};
        int[] head = new int[6];
        assertEquals(3, Clusterer.cluster(x0, x1, 6, 4, head));
        assertArrayEquals(new int[]{0, 0, 0, 3, 3, 5}, head);
    }

    @Test
    void wide_bars_are_never_merged() {
        double[] x0 = {0, 1, 2};
        double[] x1 = {50, 1.5, 2.5};
        int[] head = new int[3];
        assertEquals(2, Clusterer.cluster(x0, x1, 3, 4, head));
        assertArrayEquals(new int[]{0, 1, 1}, head);
    }

    @Test
    void a_chain_of_close_marks_merges_while_each_is_near_the_last() {
        double[] x0 = {0, 3, 6, 9, 12};
        double[] x1 = {1, 4, 7, 10, 13};
        int[] head = new int[5];
        assertEquals(1, Clusterer.cluster(x0, x1, 5, 4, head));
    }
}
