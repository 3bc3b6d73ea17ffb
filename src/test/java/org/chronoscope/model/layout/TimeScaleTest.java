package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeScaleTest {

    @Test
    void x_and_day_are_inverse() {
        TimeScale s = new TimeScale(20_000, 0.25);
        for (double x : new double[]{-50, 0, 13.5, 999}) {
            assertEquals(x, s.x(s.day(x)), 1e-9);
        }
        assertEquals(4, s.x(20_001), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.5", "300, 0.5", "800, 2", "123.4, 1.7"})
    void zooming_keeps_the_day_under_the_pointer(double x, double factor) {
        TimeScale s = new TimeScale(19_000, 3);
        TimeScale z = s.zoomAround(x, factor, 1e-4, 1e4);
        assertEquals(s.day(x), z.day(x), 1e-9);
        assertEquals(3 * factor, z.daysPerPixel(), 1e-12);
    }

    @Test
    void zoom_is_clamped_at_both_ends() {
        TimeScale s = new TimeScale(0, 1);
        assertEquals(0.01, s.zoomAround(10, 1e-9, 0.01, 50).daysPerPixel(), 1e-12);
        assertEquals(50, s.zoomAround(10, 1e9, 0.01, 50).daysPerPixel(), 1e-12);
    }

    @Test
    void fit_puts_the_span_between_the_margins() {
        double from = LocalDate.of(2025, 11, 1).toEpochDay();
        double to = LocalDate.of(2025, 12, 1).toEpochDay();
        TimeScale s = TimeScale.fit(from, to, 1000, 20, 80, AxisWarp.NONE);
        assertEquals(20, s.x(from), 1e-9);
        assertEquals(920, s.x(to), 1e-9);
    }

    @Test
    void panning_moves_content_by_whole_pixels_of_time() {
        TimeScale s = new TimeScale(100, 2);
        assertEquals(s.day(50), s.panBy(-50).day(100), 1e-9);
        assertEquals(s.day(300), s.shifted(300).day(0), 1e-9);
    }

    @Test
    void a_scale_needs_a_positive_zoom() {
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TimeScale(0, Double.NaN));
    }
}
