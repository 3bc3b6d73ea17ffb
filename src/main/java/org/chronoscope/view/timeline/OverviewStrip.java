package org.chronoscope.view.timeline;

import org.chronoscope.render.OverviewPainter;
import org.chronoscope.render.TimelineStyle;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

/**
 * The strip under the lanes: density over the whole span, the visible window as a box to drag (move) or to pull
 * by its edges (resize); a click elsewhere centres the view there.
 */
final class OverviewStrip extends Region {
    private static final double EDGE = 5;
    private final TimelineView view;
    private final Canvas canvas = new Canvas();
    /** The visible window: a node moved on zoom and pan, so the strip's picture is drawn only when it changes. */
    private final Region box = new Region();
    private TimeScale strip;
    private Object[] drawn;
    private Drag drag = Drag.NONE;
    private double pressX;
    private double boxLeft;
    private double boxRight;

    private enum Drag { NONE, MOVE, LEFT, RIGHT }

    OverviewStrip(TimelineView view) {
        this.view = view;
        getStyleClass().add("overview-strip");
        box.setMouseTransparent(true);
        box.setManaged(false);
        getChildren().addAll(canvas, box);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(cursorAt(e.getX())));
    }

    void redraw(TimelineModel model, TimelineStyle style) {
        double w = getWidth();
        double h = getHeight();
        TimeScale main = view.getScale();
        org.chronoscope.model.layout.AxisWarp warp = main != null ? main.warp()
                : org.chronoscope.model.layout.AxisWarp.NONE;
        Object[] now = {model, w, h, warp, style};
        if (!java.util.Arrays.equals(now, drawn)) { // the density only changes with the events, size and axis
            drawn = now;
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
            }
            strip = OverviewPainter.overviewScale(model, w, warp);
            new OverviewPainter(style).paint(canvas.getGraphicsContext2D(), model, strip, w, h, null, 0);
            javafx.scene.paint.Color c = style.selection();
            box.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                    c.deriveColor(0, 1, 1, 0.15), null, null)));
            box.setBorder(new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(c,
                    javafx.scene.layout.BorderStrokeStyle.SOLID, null, new javafx.scene.layout.BorderWidths(1.5))));
        }
        double viewWidth = view.contentWidth();
        box.setVisible(main != null && viewWidth > 0);
        if (main != null && viewWidth > 0) {
            double a = Math.max(0, strip.x(main.day(0)));
            double c = Math.min(w, strip.x(main.day(viewWidth)));
            box.resizeRelocate(a, 1, Math.max(4, c - a), Math.max(0, h - 1));
        }
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    private double[] box() {
        TimeScale main = view.getScale();
        if (main == null || strip == null) {
            return new double[]{0, 0};
        }
        return new double[]{strip.x(main.day(0)), strip.x(main.day(view.contentWidth()))};
    }

    private Cursor cursorAt(double x) {
        double[] b = box();
        if (Math.abs(x - b[0]) <= EDGE || Math.abs(x - b[1]) <= EDGE) {
            return Cursor.H_RESIZE;
        }
        return x > b[0] && x < b[1] ? Cursor.MOVE : Cursor.HAND;
    }

    private void pressed(MouseEvent e) {
        if (strip == null || view.getScale() == null) {
            return;
        }
        view.requestFocus();
        double[] b = box();
        double x = e.getX();
        if (Math.abs(x - b[0]) <= EDGE) {
            drag = Drag.LEFT;
        } else if (Math.abs(x - b[1]) <= EDGE) {
            drag = Drag.RIGHT;
        } else {
            if (x < b[0] || x > b[1]) {
                double mid = (b[0] + b[1]) / 2;
                view.panBy((x - mid) * strip.daysPerPixel() / view.getScale().daysPerPixel());
                b = box();
            }
            drag = Drag.MOVE;
        }
        pressX = x;
        boxLeft = b[0];
        boxRight = b[1];
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE || strip == null || view.getScale() == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double w = view.contentWidth();
        switch (drag) {
            case MOVE -> {
                TimeScale s = view.getScale();
                double target = strip.start() + (boxLeft + dx) * strip.daysPerPixel();
                view.setScale(new TimeScale(target, s.daysPerPixel(), s.warp()));
            }
            case LEFT, RIGHT -> {
                double a = drag == Drag.LEFT ? Math.min(boxLeft + dx, boxRight - 2) : boxLeft;
                double c = drag == Drag.RIGHT ? Math.max(boxRight + dx, boxLeft + 2) : boxRight;
                double vFrom = strip.start() + a * strip.daysPerPixel();
                double vTo = strip.start() + c * strip.daysPerPixel();
                double dpp = Math.max(view.minDaysPerPixel(), Math.min(view.maxDaysPerPixel(), (vTo - vFrom) / w));
                double start = drag == Drag.LEFT ? vTo - dpp * w : vFrom;
                view.setScale(new TimeScale(start, dpp, view.getScale().warp()));
            }
            default -> {
            }
        }
    }
}
