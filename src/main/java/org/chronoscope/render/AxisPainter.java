package org.chronoscope.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.chronoscope.model.layout.AxisTicks;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.TimeScale;

import java.util.List;

/** The two-tier axis, the grid lines through the lanes, weekend shading and the compressed-stretch breaks. */
final class AxisPainter {
    private final TimelineStyle style;

    AxisPainter(TimelineStyle style) {
        this.style = style;
    }

    /** Draws the background parts (weekends, grid, breaks) over [x0, x0 + w) of the frame. */
    void paintGrid(GraphicsContext gc, TimeScale scale, double x0, double w, double height) {
        double top = style.axisHeight();
        AxisTicks.Unit unit = AxisTicks.unitFor(scale.pixelsPerDay());
        if (unit == AxisTicks.Unit.DAY) {
            gc.setFill(style.weekend());
            double first = Math.floor(scale.day(x0));
            double last = Math.ceil(scale.day(x0 + w));
            for (double d = first; d <= last; d++) {
                if (AxisTicks.isWeekend(d)) {
                    double a = scale.x(d);
                    gc.fillRect(a, top, scale.x(d + 1) - a, height - top);
                }
            }
        }
        gc.setFill(style.grid());
        for (AxisTicks.Tick t : AxisTicks.ticks(scale, x0 + w, unit, false, 0)) {
            if (t.x() < x0 - 1) {
                continue;
            }
            HairLines.vertical(gc, Math.floor(t.x()) + 0.5, top, height);
        }
        paintBreaks(gc, scale, x0, w, height);
    }

    private void paintBreaks(GraphicsContext gc, TimeScale scale, double x0, double w, double height) {
        AxisWarp warp = scale.warp();
        for (AxisWarp.Break b : warp.breaks()) {
            double a = scale.x(b.from());
            double c = scale.x(b.to());
            if (c < x0 || a > x0 + w) {
                continue;
            }
            gc.setFill(style.breakFill());
            gc.fillRect(a, 0, Math.max(1, c - a), height);
        }
    }

    void paintAxis(GraphicsContext gc, TimeScale scale, double x0, double w) {
        double h = style.axisHeight();
        double tier = h / 2;
        gc.setFill(style.axisBackground());
        gc.fillRect(x0, 0, w, h);
        gc.setFill(style.grid());
        HairLines.horizontal(gc, x0, x0 + w, h - 0.5);
        AxisTicks.Unit unit = AxisTicks.unitFor(scale.pixelsPerDay());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(style.axisFont());
        List<AxisTicks.Tick> lower = AxisTicks.ticks(scale, x0 + w, unit, false, unit == AxisTicks.Unit.DAY ? 14 : 24);
        for (AxisTicks.Tick t : lower) {
            if (t.x() < x0 - 60) {
                continue;
            }
            gc.setFill(style.grid());
            HairLines.vertical(gc, Math.floor(t.x()) + 0.5, h - 6, h);
            if (!breakWithin(scale, t.x(), t.x() + textWidth(t.label(), style.axisFont()) + 4)) {
                gc.setFill(style.axisText());
                gc.fillText(t.label(), t.x() + 3, tier + tier / 2);
            }
        }
        AxisTicks.Unit upper = AxisTicks.upperOf(unit);
        if (upper != null) {
            gc.setFont(style.laneFont());
            List<AxisTicks.Tick> spans = AxisTicks.ticks(scale, x0 + w, upper, true, 0);
            for (int i = 0; i < spans.size(); i++) {
                AxisTicks.Tick t = spans.get(i);
                double next = i + 1 < spans.size() ? spans.get(i + 1).x() : x0 + w + 1000;
                if (next < x0) {
                    continue;
                }
                double lx = Math.max(t.x(), x0) + 4;
                if (next - lx > textWidth(t.label(), style.laneFont()) + 3) {
                    gc.setFill(style.axisMajorText());
                    gc.fillText(t.label(), lx, tier / 2 + 2);
                }
                gc.setFill(style.grid());
                HairLines.vertical(gc, Math.floor(t.x()) + 0.5, 0, h);
            }
        }
        gc.setFill(style.breakMark());
        gc.setFont(style.laneFont());
        gc.setTextAlign(TextAlignment.CENTER);
        for (AxisWarp.Break b : scale.warp().breaks()) {
            double a = scale.x(b.from());
            double c = scale.x(b.to());
            if (c >= x0 && a <= x0 + w) {
                gc.setFill(style.breakFill());
                gc.fillRect(a, tier, Math.max(1, c - a), h - tier);
                gc.setFill(style.breakMark());
                gc.fillText("≈", (a + c) / 2, tier + tier / 2);
            }
        }
        gc.setTextAlign(TextAlignment.LEFT);
    }

    private final javafx.scene.text.Text probe = new javafx.scene.text.Text();

    private double textWidth(String text, javafx.scene.text.Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** True when a compressed stretch begins between x and toX (a label there would run into it). */
    private static boolean breakWithin(TimeScale scale, double x, double toX) {
        for (AxisWarp.Break b : scale.warp().breaks()) {
            double a = scale.x(b.from());
            if (a > x - 1 && a < toX) {
                return true;
            }
        }
        return false;
    }
}
