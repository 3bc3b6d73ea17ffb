package org.chronoscope.view.timeline;

import org.chronoscope.render.TimelineFrame;
import org.chronoscope.render.TimelinePainter;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

/**
 * Skin of {@link TimelineView}: one canvas for the lanes (redrawn only for the visible window, coalesced to one
 * redraw per pulse), the overview strip under it, a rubber band for range zoom, and one shared tooltip.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    public static final double OVERVIEW_HEIGHT = 44;

    private final Canvas canvas = new Canvas();
    private final OverviewStrip overview;
    private final Region rubberBand = new Region();
    /** Made on the first hover (a tooltip is a popup window: no need for one before the first frame). */
    private Tooltip tooltip;
    private final TimelineBehavior behavior;
    private final InvalidationListener redraw = this::invalidate;
    private final Observable[] watched;
    private TimelinePainter painter;
    private TimelineFrame frame;
    private TimelineEvent hovered;
    private boolean dirty = true;
    private boolean installed;

    public TimelineSkin(TimelineView control) {
        super(control);
        overview = new OverviewStrip(control);
        canvas.getStyleClass().add("timeline-canvas");
        rubberBand.getStyleClass().add("rubber-band");
        rubberBand.setVisible(false);
        rubberBand.setManaged(false);
        rubberBand.setMouseTransparent(true);
        getChildren().addAll(canvas, overview, rubberBand);
        painter = control.painter();
        watched = new Observable[]{control.scaleProperty(), control.modelProperty(), control.selectedEventProperty(),
            control.focusedProperty(), control.timelineStyleProperty()};
        for (Observable o : watched) {
            o.addListener(redraw);
        }
        control.getPinnedEvents().addListener(redraw);
        behavior = new TimelineBehavior(control, this);
    }

    private void invalidate(Observable o) {
        if (o == getSkinnable().timelineStyleProperty()) {
            painter = getSkinnable().painter();
        }
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** The event under the pointer (highlighted) and the tooltip text for what is under it, or nulls. */
    void setHover(TimelineEvent e, String text) {
        if (e != hovered) {
            hovered = e;
            invalidate(null);
        }
        String shown = e != null ? EventText.tooltip(e, getSkinnable().getModel()) : text;
        if (shown == null) {
            if (tooltip != null) {
                Tooltip.uninstall(canvas, tooltip);
            }
        } else if (tooltip == null || !shown.equals(tooltip.getText()) || !installed) {
            if (tooltip == null) {
                tooltip = new Tooltip();
                tooltip.setShowDelay(Duration.millis(350));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(360);
            }
            tooltip.setText(shown);
            Tooltip.install(canvas, tooltip);
        }
        installed = shown != null;
    }

    TimelineEvent hovered() {
        return hovered;
    }

    Canvas canvas() {
        return canvas;
    }

    /** The last laid-out frame, for hit-testing. */
    public TimelineFrame frame() {
        return frame;
    }

    TimelinePainter painter() {
        return painter;
    }

    /** Whether the event would be drawn inside a cluster pill at the view's scale now (not waiting for a pulse). */
    boolean isClustered(TimelineEvent e) {
        TimelineView view = getSkinnable();
        if (view.getScale() == null || view.getModel() == null || canvas.getWidth() <= 0) {
            return false;
        }
        return painter.layout(view.getModel(), view.getScale(), canvas.getWidth(), canvas.getHeight())
                .clusterOf(e) != null;
    }

    Region rubberBand() {
        return rubberBand;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double lanesH = Math.max(0, h - OVERVIEW_HEIGHT);
        if (canvas.getWidth() != w || canvas.getHeight() != lanesH) {
            canvas.setWidth(w);
            canvas.setHeight(lanesH);
            dirty = true;
        }
        canvas.relocate(x, y);
        overview.resizeRelocate(x, y + lanesH, w, OVERVIEW_HEIGHT);
        if (dirty) {
            dirty = false;
            redraw();
        }
    }

    /** Lays out and draws the visible window now. */
    public void redraw() {
        TimelineView view = getSkinnable();
        TimeScale scale = view.getScale();
        TimelineModel model = view.getModel();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (scale == null || model == null || w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        frame = view.layoutFrame(w, h);
        TimelinePainter.Highlight hl = new TimelinePainter.Highlight(view.getSelectedEvent(), hovered,
                view.isFocused());
        painter.paint(gc, frame, hl, 0, w);
        paintSelectionLine(gc, view.getSelectedEvent(), scale, h);
        if (view.isFocused()) {
            gc.setStroke(painter.style().selection().deriveColor(0, 1, 1, 0.5));
            gc.strokeRect(0.5, 0.5, w - 1, h - 1);
        }
        overview.redraw(model, painter.style());
    }

    private void paintSelectionLine(GraphicsContext gc, TimelineEvent e, TimeScale scale, double h) {
        if (e == null || !e.date().isResolved()) {
            return;
        }
        double x = Math.floor(scale.x(TimelineModel.startDay(e))) + 0.5;
        if (x < 0 || x > canvas.getWidth()) {
            return;
        }
        gc.setStroke(painter.style().selection().deriveColor(0, 1, 1, 0.55));
        gc.setLineWidth(1);
        gc.setLineDashes(4, 3);
        gc.strokeLine(x, painter.style().axisHeight() - 8, x, h);
        gc.setLineDashes(null);
    }

    /** Small minimums: the canvas's own size must never pin the control's (it could not shrink again). */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 120 + OVERVIEW_HEIGHT + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 460;
    }

    @Override
    public void dispose() {
        for (Observable o : watched) {
            o.removeListener(redraw);
        }
        getSkinnable().getPinnedEvents().removeListener(redraw);
        behavior.dispose();
        if (tooltip != null) {
            Tooltip.uninstall(canvas, tooltip);
        }
        getChildren().clear();
        super.dispose();
    }
}
