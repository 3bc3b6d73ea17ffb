package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightedAxisTest {
    // one event in each of three quiet years, then a busy month of twenty events
    private static final double[] STARTS = new double[23];
    private static final double[] ENDS = new double[23];

    static {
        STARTS[0] = 0;
        STARTS[1] = 1000;
        STARTS[2] = 2000;
        for (int i = 0; i < 20; i++) {
            STARTS[3 + i] = 3000 + i * 1.5;
        }
        for (int i = 0; i < STARTS.length; i++) {
            ENDS[i] = STARTS[i] + 1;
        }
    }

    private final AxisWarp warp = WeightedAxis.of(STARTS, ENDS, 30, 5, 3, 1.0 / 40);

    private double axisLength(double from, double to) {
        return warp.toVirtual(to) - warp.toVirtual(from);
    }

    @Test
    void every_quiet_gap_becomes_a_break_of_the_same_length() {
        assertEquals(3, warp.breaks().size());
        double first = axisLength(warp.breaks().get(0).from(), warp.breaks().get(0).to());
        for (AxisWarp.Break b : warp.breaks()) {
            assertEquals(first, axisLength(b.from(), b.to()), 1e-9);
        }
    }

    @Test
    void stretches_share_the_axis_by_event_count_with_a_minimum() {
        double lonely = axisLength(-5, 6);
        double busy = axisLength(3000 - 5, 3000 + 19 * 1.5 + 1 + 5);
        assertEquals(20.0 / 3, busy / lonely, 1e-9);
    }

    @Test
    void the_busy_month_gets_most_of_the_axis() {
        double all = axisLength(-5, 3035);
        double busy = axisLength(2995, 3035);
        assertTrue(busy / all > 0.6, "busy share " + busy / all);
    }

    @ParameterizedTest
    @CsvSource({"-20", "0", "3", "500", "1003", "2999", "3010.5", "3100"})
    void the_map_inverts(double day) {
        assertEquals(day, warp.toReal(warp.toVirtual(day)), 1e-9);
    }

    @Test
    void one_stretch_needs_no_compression() {
        assertSame(AxisWarp.NONE, WeightedAxis.of(new double[]{0, 10, 20}, new double[]{1, 11, 21}, 30, 5, 3, 0.025));
    }

    @Test
    void overlapping_spans_join_one_stretch() {
        var stretches = WeightedAxis.stretches(new double[]{100, 0, 60}, new double[]{101, 80, 61}, 30);
        assertEquals(1, stretches.size());
        assertEquals(3, stretches.get(0)[2]);
        assertEquals(101, stretches.get(0)[1]);
    }
}
