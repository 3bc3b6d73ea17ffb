package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntervalIndexTest {

    @Test
    void the_scanned_range_holds_every_interval_meeting_the_window() {
        Random r = new Random(9);
        int n = 2000;
        double[] s = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextDouble() * 10_000;
        }
        Arrays.sort(s);
        for (int i = 0; i < n; i++) {
            e[i] = s[i] + (r.nextDouble() < 0.05 ? r.nextDouble() * 400 : 1);
        }
        IntervalIndex index = new IntervalIndex(s, e);
        for (int q = 0; q < 200; q++) {
            double from = r.nextDouble() * 10_000;
            double to = from + r.nextDouble() * 300;
            long expected = 0;
            for (int i = 0; i < n; i++) {
                if (s[i] < to && e[i] > from) {
                    expected++;
                }
            }
            long found = 0;
            for (int i = index.fromIndex(from); i < index.toIndex(to); i++) {
                if (e[i] > from) {
                    found++;
                }
            }
            assertEquals(expected, found);
        }
    }

    @Test
    void unsorted_starts_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new IntervalIndex(new double[]{2, 1}, new double[]{3, 2}));
    }
}
