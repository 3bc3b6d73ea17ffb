package org.chronoscope.view.timeline;

import org.chronoscope.render.OverviewPainter;
import org.chronoscope.render.TimelineFrame;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineViewTest extends ApplicationTest {
    private TimelineView view;
    private Corpus corpus;

    @Override
    public void start(Stage stage) {
        corpus = SyntheticModel.corpus(120, 11);
        view = new TimelineView();
        view.getActors().setAll(corpus.actors());
        view.getEvents().setAll(corpus.events());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view), 1000, 520));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
    }

    private Canvas canvas() {
        return lookup(".timeline-canvas").queryAs(Canvas.class);
    }

    private TimelineFrame frame() {
        return ((TimelineSkin) view.getSkin()).frame();
    }

    @Test
    void showing_again_the_events_shown_before_reuses_their_lanes_and_other_events_get_new_ones() {
        List<TimelineEvent> all = List.copyOf(corpus.events());
        List<TimelineEvent> some = all.subList(0, 40);
        interact(() -> view.getEvents().setAll(all));
        TimelineModel allModel = view.getModel();
        interact(() -> view.getEvents().setAll(some));
        TimelineModel someModel = view.getModel();
        assertEquals(40, someModel.dated().size() + someModel.undated().size());
        interact(() -> view.getEvents().setAll(all));
        assertSame(allModel, view.getModel(), "unchecking a filter shows the lanes made before it was checked");
        interact(() -> view.getEvents().setAll(all.subList(0, 41)));
        assertEquals(41, view.getModel().dated().size() + view.getModel().undated().size());
        interact(() -> view.getEvents().setAll(some));
        assertNotSame(someModel, view.getModel(), "only the last two are kept");
        assertEquals(40, view.getModel().dated().size() + view.getModel().undated().size());
    }

    @Test
    void wheel_zoom_keeps_the_date_under_the_pointer() {
        double x = 400;
        double before = view.getScale().day(x);
        double dppBefore = view.getScale().daysPerPixel();
        moveTo(canvas().localToScreen(x, 200));
        scroll(5, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        TimeScale after = view.getScale();
        assertTrue(Math.abs(Math.log(after.daysPerPixel() / dppBefore)) > 0.3, "the wheel changed the zoom");
        assertEquals(before, after.day(x), after.daysPerPixel() * 1.5, "the date under the pointer stayed put");
        scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dppBefore, view.getScale().daysPerPixel(), dppBefore * 1e-6, "the other way zooms back");
        assertEquals(before, view.getScale().day(x), view.getScale().daysPerPixel() * 1.5);
    }

    @Test
    void home_fits_every_event_after_zooming_in() {
        interact(() -> view.zoomTo(view.getModel().firstDay() + 100, view.getModel().firstDay() + 110));
        clickOn(canvas()).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineModel m = view.getModel();
        double w = view.contentWidth();
        for (TimelineEvent e : m.dated()) {
            double x = view.getScale().x(TimelineModel.startDay(e));
            assertTrue(x >= 0 && x <= w, e.title() + " is in view at x=" + x);
        }
        int drawn = frame().items().stream().mapToInt(TimelineFrame.Item::count).sum()
                + frame().overflows().stream().mapToInt(TimelineFrame.Overflow::count).sum();
        assertEquals(m.dated().size(), drawn, "every event is drawn as a mark, in a cluster or in a +N badge");
    }

    @Test
    void arrows_step_through_events_in_date_order_and_escape_clears() {
        interact(() -> view.setSelectedEvent(view.getModel().dated().get(0)));
        clickOn(canvas(), javafx.scene.input.MouseButton.SECONDARY);
        List<TimelineEvent> seen = new ArrayList<>();
        seen.add(view.getSelectedEvent());
        for (int i = 0; i < 5; i++) {
            type(KeyCode.RIGHT);
            seen.add(view.getSelectedEvent());
        }
        assertEquals(view.getModel().dated().subList(0, 6), seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(!seen.get(i).date().start().isBefore(seen.get(i - 1).date().start()));
        }
        type(KeyCode.LEFT);
        assertEquals(seen.get(4), view.getSelectedEvent());
        TimelineEvent sel = view.getSelectedEvent();
        double x = view.getScale().x(TimelineModel.startDay(sel));
        assertTrue(x >= 0 && x <= view.contentWidth(), "the selected event is kept in view");
        assertTrue(view.getAccessibleText().contains(sel.title()), "screen readers hear the selection");
        type(KeyCode.ESCAPE);
        assertNull(view.getSelectedEvent());
    }

    @Test
    void clicking_a_mark_selects_its_event() {
        interact(() -> view.zoomTo(SyntheticModel.TO.toEpochDay() - 12, SyntheticModel.TO.toEpochDay() - 5));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineFrame.Item item = frame().items().stream().filter(i -> i.event() != null).findFirst().orElseThrow();
        double px = (item.x0() + item.x1()) / 2;
        double py = item.y() + view.getTimelineStyle().rowHeight() / 2;
        clickOn(canvas().localToScreen(px, py));
        assertNotNull(view.getSelectedEvent());
        assertEquals(item.event(), view.getSelectedEvent());
    }

    @Test
    void plus_and_minus_zoom_around_the_middle_and_stay_within_limits() {
        clickOn(canvas(), javafx.scene.input.MouseButton.SECONDARY);
        for (int i = 0; i < 40; i++) {
            type(KeyCode.EQUALS);
        }
        assertEquals(view.minDaysPerPixel(), view.getScale().daysPerPixel(), 1e-12, "clamped at a single day");
        for (int i = 0; i < 60; i++) {
            type(KeyCode.MINUS);
        }
        assertEquals(view.maxDaysPerPixel(), view.getScale().daysPerPixel(), 1e-9, "clamped at the whole corpus");
    }

    @Test
    void ctrl_drag_on_the_axis_zooms_to_that_range() {
        TimeScale before = view.getScale();
        double from = before.day(300);
        double to = before.day(500);
        press(KeyCode.CONTROL);
        drag(canvas().localToScreen(300, 20)).dropTo(canvas().localToScreen(500, 20));
        release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        VisibleRange r = view.getVisibleRange();
        double span = to - from;
        assertEquals(from, view.getScale().day(TimelineView.FIT_MARGIN), span * 0.05);
        assertEquals(to, view.getScale().day(view.contentWidth() - TimelineView.FIT_MARGIN), span * 0.05);
        assertTrue(r.from().toEpochDay() <= from && r.to().toEpochDay() >= to - 1, r.toString());
    }

    @Test
    void dragging_the_lanes_pans_and_dragging_the_overview_box_moves_the_view() {
        interact(() -> view.zoomTo(view.getModel().firstDay() + 1000, view.getModel().firstDay() + 1100));
        double before = view.getScale().day(0);
        drag(canvas().localToScreen(600, 300)).dropTo(canvas().localToScreen(400, 300));
        double dpp = view.getScale().daysPerPixel();
        assertEquals(before + 200 * dpp, view.getScale().day(0), dpp * 3, "content followed the pointer");
        javafx.scene.Node strip = lookup(".overview-strip").query();
        double[] box = {0};
        interact(() -> box[0] = OverviewPainter.overviewScale(view.getModel(), strip.getLayoutBounds().getWidth(),
                view.getScale().warp()).x(view.getScale().day(view.contentWidth() / 2)));
        double startDay = view.getScale().day(0);
        drag(strip.localToScreen(box[0], 20)).dropTo(strip.localToScreen(box[0] + 100, 20));
        assertTrue(view.getScale().day(0) > startDay + 100 * dpp, "the view moved later in time");
        assertEquals(dpp, view.getScale().daysPerPixel(), dpp * 1e-9, "moving the box keeps the zoom");
    }

    @Test
    void double_clicking_a_mark_zooms_to_its_event() {
        interact(() -> view.zoomTo(SyntheticModel.TO.toEpochDay() - 12, SyntheticModel.TO.toEpochDay() - 5));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineFrame.Item item = frame().items().stream().filter(i -> i.event() != null).findFirst().orElseThrow();
        doubleClickOn(canvas().localToScreen((item.x0() + item.x1()) / 2,
                item.y() + view.getTimelineStyle().rowHeight() / 2));
        TimelineEvent e = item.event();
        VisibleRange r = view.getVisibleRange();
        assertTrue(r.contains(e.date().start()) && r.contains(e.date().last()), r.toString());
        assertTrue(r.to().toEpochDay() - r.from().toEpochDay() < 40, "zoomed in close: " + r);
    }

    @Test
    void the_timeline_shrinks_with_its_window_and_stays_fitted() {
        javafx.stage.Window w = view.getScene().getWindow();
        interact(() -> w.setWidth(640));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getWidth() <= 640, "width " + view.getWidth());
        assertTrue(canvas().getWidth() <= 640, "canvas " + canvas().getWidth());
        double x = view.getScale().x(view.getModel().lastDay());
        assertTrue(x <= view.contentWidth(), "still fits all after the resize: " + x);
    }

    @Test
    void stepping_onto_an_event_inside_a_cluster_zooms_in_until_it_is_drawn_on_its_own() {
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineEvent> dated = view.getModel().dated();
        int k = 1;
        while (k < dated.size() && frame().clusterOf(dated.get(k)) == null) {
            k++;
        }
        assertTrue(k < dated.size(), "fit all draws some events inside cluster pills");
        TimelineEvent clustered = dated.get(k);
        TimelineEvent before = dated.get(k - 1);
        double dpp = view.getScale().daysPerPixel();
        interact(() -> {
            view.setSelectedEvent(before);
            view.requestFocus();
        });
        type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(clustered, view.getSelectedEvent());
        assertNotNull(frame().itemOf(clustered), "the selected event has a mark of its own");
        assertTrue(view.getScale().daysPerPixel() < dpp, "by zooming in");
        double x = view.getScale().x(TimelineModel.startDay(clustered));
        assertTrue(x >= 0 && x <= view.contentWidth(), "in view at x=" + x);
    }
}
