package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompressedAxisTest {
    // busy: [0,10) and [1000,1010) and [1020,1030); one long quiet stretch between 10 and 1000
    private final double[] starts = {0, 1000, 1020};
    private final double[] ends = {10, 1010, 1030};

    @Test
    void a_long_quiet_stretch_becomes_one_short_break() {
        AxisWarp w = CompressedAxis.of(starts, ends, 30, 5, 20);
        assertEquals(1, w.breaks().size());
        AxisWarp.Break b = w.breaks().get(0);
        assertEquals(15, b.from(), 1e-9);
        assertEquals(995, b.to(), 1e-9);
        assertEquals(20, w.toVirtual(995) - w.toVirtual(15), 1e-9, "the break keeps 20 days of axis");
        assertEquals(10, w.toVirtual(1030) - w.toVirtual(1020), 1e-9, "busy spans keep their length");
    }

    @Test
    void the_map_is_increasing_and_invertible() {
        AxisWarp w = CompressedAxis.of(starts, ends, 30, 5, 20);
        double prev = Double.NEGATIVE_INFINITY;
        for (double d = -100; d < 1200; d += 7.3) {
            double v = w.toVirtual(d);
            assertTrue(v > prev, "increasing at " + d);
            assertEquals(d, w.toReal(v), 1e-6);
            prev = v;
        }
    }

    @Test
    void short_gaps_are_left_alone() {
        assertSame(AxisWarp.NONE, CompressedAxis.of(new double[]{0, 20}, new double[]{5, 25}, 30, 5, 20));
        assertSame(AxisWarp.NONE, CompressedAxis.of(new double[]{0}, new double[]{5}, 30, 5, 20));
    }

    @Test
    void overlapping_events_hold_the_axis_open_until_the_last_one_ends() {
        AxisWarp w = CompressedAxis.of(new double[]{0, 2, 500}, new double[]{300, 5, 510}, 30, 5, 20);
        assertEquals(305, w.breaks().get(0).from(), 1e-9);
    }
}
