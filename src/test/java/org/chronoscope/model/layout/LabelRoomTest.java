package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelRoomTest {

    @Test
    void the_last_label_ends_inside_the_picture() {
        double[] days = {0, 50, 100};
        double[] reach = {200, 200, 300};
        TimeScale s = LabelRoom.fit(0, 101, 1000, 24, 24, 1 / 3.0, days, reach, AxisWarp.NONE);
        for (int i = 0; i < days.length; i++) {
            assertTrue(s.x(days[i]) + reach[i] <= 1000 + 1e-9, "label " + i + " ends at " + (s.x(days[i]) + reach[i]));
        }
        assertEquals(1000, s.x(100) + 300, 1e-6);
        assertEquals(24, s.x(0), 1e-9);
    }

    @Test
    void short_labels_keep_the_minimum_margin() {
        TimeScale s = LabelRoom.fit(0, 100, 1000, 24, 24, 1 / 3.0, new double[]{99}, new double[]{10}, AxisWarp.NONE);
        assertEquals(1000 - 24, s.x(100), 1e-6);
    }

    @Test
    void very_long_labels_give_up_at_most_the_share_allowed() {
        TimeScale s = LabelRoom.fit(0, 100, 900, 0, 24, 1 / 3.0, new double[]{99}, new double[]{800}, AxisWarp.NONE);
        assertEquals(600, s.x(100), 1e-6);
    }

    @Test
    void a_label_of_an_earlier_event_can_be_the_one_that_binds() {
        double[] days = {80, 100};
        double[] reach = {400, 50};
        TimeScale s = LabelRoom.fit(0, 100, 1000, 0, 24, 1 / 2.0, days, reach, AxisWarp.NONE);
        assertEquals(1000, s.x(80) + 400, 1e-6);
    }
}
