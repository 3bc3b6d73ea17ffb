package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisTicksTest {

    @ParameterizedTest
    @CsvSource({
        "40, DAY", "16, DAY", "8, WEEK", "2, MONTH", "0.5, QUARTER", "0.12, YEAR", "0.02, FIVE_YEARS"})
    void the_unit_follows_the_zoom(double pixelsPerDay, AxisTicks.Unit unit) {
        assertEquals(unit, AxisTicks.unitFor(pixelsPerDay));
    }

    @Test
    void day_scale_shows_month_above_and_day_numbers_below() {
        double from = LocalDate.of(2025, 11, 17).toEpochDay();
        TimeScale s = new TimeScale(from, 1 / 40.0);
        List<AxisTicks.Tick> lower = AxisTicks.ticks(s, 400, AxisTicks.Unit.DAY, false, 14);
        assertEquals(List.of("17", "18", "19", "20"), lower.subList(0, 4).stream().map(AxisTicks.Tick::label).toList());
        List<AxisTicks.Tick> upper = AxisTicks.ticks(s, 400, AxisTicks.Unit.MONTH, true, 0);
        assertEquals("November 2025", upper.get(0).label());
    }

    @Test
    void crowded_ticks_are_thinned() {
        TimeScale s = new TimeScale(LocalDate.of(2025, 1, 1).toEpochDay(), 1 / 5.0);
        List<AxisTicks.Tick> t = AxisTicks.ticks(s, 500, AxisTicks.Unit.DAY, false, 14);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.get(i).x() - t.get(i - 1).x() >= 14);
        }
    }

    @Test
    void weekends_are_saturday_and_sunday() {
        assertTrue(AxisTicks.isWeekend(LocalDate.of(2025, 11, 22).toEpochDay()));
        assertTrue(AxisTicks.isWeekend(LocalDate.of(2025, 11, 23).toEpochDay()));
        assertTrue(!AxisTicks.isWeekend(LocalDate.of(2025, 11, 24).toEpochDay()));
    }

    @Test
    void every_active_stretch_of_a_compressed_axis_gets_its_month_label() {
        // stretches around 15 Apr 2025 and 15 Jun 2025; the quiet weeks between are a break
        double apr = LocalDate.of(2025, 4, 15).toEpochDay();
        double jun = LocalDate.of(2025, 6, 15).toEpochDay();
        AxisWarp warp = WeightedAxis.of(new double[]{apr - 6, apr, jun, jun + 6}, new double[]{apr - 5, apr + 1,
                jun + 1, jun + 7}, 30, 5, 3, 1.0 / 40);
        assertEquals(1, warp.breaks().size());
        TimeScale scale = TimeScale.fit(apr - 20, jun + 20, 800, 0, warp);
        List<String> labels = AxisTicks.ticks(scale, 800, AxisTicks.Unit.MONTH, false, 24).stream()
                .map(AxisTicks.Tick::label).toList();
        assertTrue(labels.contains("Apr"), labels.toString());
        assertTrue(labels.contains("Jun"), labels.toString());
        assertTrue(!labels.contains("May"), "May lies inside the break: " + labels);
        AxisTicks.Tick june = AxisTicks.ticks(scale, 800, AxisTicks.Unit.MONTH, false, 24).stream()
                .filter(t -> t.label().equals("Jun")).findFirst().orElseThrow();
        assertEquals(scale.x(warp.breaks().get(0).to()), june.x(), 1e-9, "June starts in the break: labelled at its end");
    }
}
