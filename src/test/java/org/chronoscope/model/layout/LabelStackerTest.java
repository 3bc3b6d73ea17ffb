package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelStackerTest {

    @Test
    void overlapping_labels_go_to_the_next_free_row() {
        double[] left = {0, 50, 120, 130};
        double[] right = {100, 150, 200, 180};
        int[] rows = LabelStacker.stack(left, right, 4, 3, 6);
        assertArrayEquals(new int[]{0, 1, 0, 2}, rows);
    }

    @Test
    void what_fits_in_no_row_overflows() {
        double[] left = {0, 10, 20};
        double[] right = {100, 100, 100};
        assertArrayEquals(new int[]{0, 1, LabelStacker.OVERFLOW}, LabelStacker.stack(left, right, 3, 2, 6));
    }

    @Test
    void no_two_labels_in_a_row_overlap() {
        java.util.Random r = new java.util.Random(3);
        int n = 500;
        double[] left = new double[n];
        double[] right = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += r.nextDouble() * 20;
            left[i] = x;
            right[i] = x + 20 + r.nextDouble() * 120;
        }
        int[] rows = LabelStacker.stack(left, right, n, 4, 6);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rows[i] >= 0 && rows[i] == rows[j]) {
                    assertTrue(left[j] >= right[i] + 6 || left[i] >= right[j] + 6, "items " + i + " and " + j);
                }
            }
        }
    }

    @Test
    void the_first_in_order_keeps_its_row_even_right_of_later_ones() {
        double[] left = {0, 50, 100};
        double[] right = {120, 170, 220};
        int[] byPriority = {2, 0, 1}; // the rightmost is the most important
        int[] rows = LabelStacker.stack(left, right, byPriority, 3, 1, 6);
        assertArrayEquals(new int[]{LabelStacker.OVERFLOW, LabelStacker.OVERFLOW, 0}, rows);
    }

    @Test
    void placing_in_any_order_never_overlaps_in_a_row_and_left_to_right_matches_stack() {
        java.util.Random r = new java.util.Random(5);
        int n = 400;
        double[] left = new double[n];
        double[] right = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += r.nextDouble() * 20;
            left[i] = x;
            right[i] = x + 20 + r.nextDouble() * 120;
        }
        int[] inTime = new int[n];
        java.util.List<Integer> shuffled = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            inTime[i] = i;
            shuffled.add(i);
        }
        assertArrayEquals(LabelStacker.stack(left, right, n, 3, 6), LabelStacker.stack(left, right, inTime, n, 3, 6));
        java.util.Collections.shuffle(shuffled, r);
        int[] rows = LabelStacker.stack(left, right, shuffled.stream().mapToInt(Integer::intValue).toArray(), n, 3, 6);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rows[i] >= 0 && rows[i] == rows[j]) {
                    assertTrue(left[j] >= right[i] + 6 || left[i] >= right[j] + 6, "items " + i + " and " + j);
                }
            }
        }
    }
}
