package org.chronoscope.model.annotation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CalloutLayoutTest {
    private final CalloutLayout layout = new CalloutLayout(6);
    private final Box area = new Box(0, 0, 1000, 400);

    @Test
    void a_callout_avoids_the_labels_around_its_anchor() {
        List<Box> labels = List.of(new Box(380, 150, 240, 20), new Box(380, 100, 240, 20), new Box(380, 200, 240, 20));
        var p = layout.place(List.of(new CalloutLayout.Request("n", 500, 160, 160, 50, null)), labels, area).get(0);
        assertTrue(p.clear());
        for (Box label : labels) {
            assertFalse(p.box().intersects(label), () -> p.box() + " covers " + label);
        }
        assertTrue(area.encloses(p.box()));
        assertEquals(500, p.leaderToX());
        assertEquals(160, p.leaderToY());
    }

    @Test
    void callouts_on_the_same_anchor_do_not_cover_each_other() {
        List<CalloutLayout.Request> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(new CalloutLayout.Request("n" + i, 500, 200, 150, 40, null));
        }
        var placed = layout.place(requests, List.of(), area);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()), i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void a_callout_moved_by_hand_stays_where_it_was_put() {
        var p = layout.place(List.of(new CalloutLayout.Request("n", 100, 100, 80, 30, new CalloutOffset(40, -90))),
                List.of(), area).get(0);
        assertEquals(new Box(140, 10, 80, 30), p.box());
        assertEquals(new CalloutOffset(40, -90), p.offset());
    }

    @Test
    void near_the_edge_the_callout_stays_inside_the_area() {
        var p = layout.place(List.of(new CalloutLayout.Request("n", 995, 5, 200, 60, null)), List.of(), area).get(0);
        assertTrue(area.encloses(p.box()), p.box().toString());
    }

    @Test
    void the_leader_line_starts_on_the_callout_border_nearest_the_anchor() {
        var p = layout.place(List.of(new CalloutLayout.Request("n", 500, 300, 100, 40, null)), List.of(), area).get(0);
        assertTrue(p.box().contains(p.leaderFromX(), p.leaderFromY()));
        double dist = Math.hypot(p.leaderFromX() - 500, p.leaderFromY() - 300);
        assertTrue(dist < 40, "leader is " + dist + " px long");
    }
}
