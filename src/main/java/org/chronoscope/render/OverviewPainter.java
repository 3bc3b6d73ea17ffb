package org.chronoscope.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.chronoscope.model.layout.AxisTicks;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.util.List;

/** The overview strip: event density over the whole span, and the visible window as a box. */
public final class OverviewPainter {
    private final TimelineStyle style;

    public OverviewPainter(TimelineStyle style) {
        this.style = style;
    }

    /** The scale of the strip: the whole corpus across width. */
    public static TimeScale overviewScale(TimelineModel model, double width, AxisWarp warp) {
        double from = model.isEmpty() ? 0 : model.firstDay();
        double to = model.isEmpty() ? 1 : Math.max(model.lastDay(), from + 1);
        return TimeScale.fit(from, to, width, 6, warp);
    }

    /**
     * @param view      the main timeline's scale, for the window box
     * @param viewWidth the main timeline's width
     */
    public void paint(GraphicsContext gc, TimelineModel model, TimeScale strip, double width, double height,
                      TimeScale view, double viewWidth) {
        gc.setFill(style.axisBackground());
        gc.fillRect(0, 0, width, height);
        gc.setStroke(style.grid());
        gc.strokeLine(0, 0.5, width, 0.5);
        for (AxisWarp.Break b : strip.warp().breaks()) {
            double a = strip.x(b.from());
            gc.setFill(style.breakFill());
            gc.fillRect(a, 1, Math.max(1, strip.x(b.to()) - a), height);
        }
        int bins = Math.max(1, (int) (width / 2));
        int[] counts = new int[bins];
        int max = 0;
        for (int l = 0; l < model.lanes().size(); l++) {
            TimelineModel.LaneEvents le = model.lane(l);
            for (double start : le.start) {
                int bin = (int) (strip.x(start) / 2);
                if (bin >= 0 && bin < bins) {
                    max = Math.max(max, ++counts[bin]);
                }
            }
        }
        Color bar = style.mutedText().deriveColor(0, 1, 1, 0.7);
        gc.setFill(bar);
        double usable = height - 6;
        double logMax = Math.log1p(max);
        for (int i = 0; i < bins; i++) {
            if (counts[i] > 0) {
                double h = Math.max(2, usable * Math.log1p(counts[i]) / logMax);
                gc.fillRect(i * 2, height - h, 2, h);
            }
        }
        gc.setFill(style.axisText());
        gc.setFont(style.smallFont());
        gc.setTextBaseline(VPos.TOP);
        AxisTicks.Unit unit = strip.pixelsPerDay() * 366 >= 40
                ? AxisTicks.Unit.YEAR
                : AxisTicks.Unit.FIVE_YEARS;
        double lastX = Double.NEGATIVE_INFINITY;
        // upper-tier ticks: a year that starts inside a compressed stretch is shown where the stretch ends
        List<AxisTicks.Tick> ticks =
                AxisTicks.ticks(strip, width, unit, true, 0);
        for (int i = 0; i < ticks.size(); i++) {
            AxisTicks.Tick t = ticks.get(i);
            boolean moved = Math.abs(strip.x(t.day()) - t.x()) > 1;
            if (moved && i + 1 < ticks.size() && ticks.get(i + 1).x() - t.x() < 34) {
                continue; // a year inside a break gives way to the next one, which really starts there
            }
            if (t.x() >= 0 && t.x() < width - 24 && t.x() - lastX >= 34) {
                gc.fillRect(t.x(), 1, 1, 4);
                gc.fillText(t.label(), t.x() + 2, 2);
                lastX = t.x();
            }
        }
        if (view != null && viewWidth > 0) {
            double a = Math.max(0, strip.x(view.day(0)));
            double c = Math.min(width, strip.x(view.day(viewWidth)));
            double w = Math.max(4, c - a);
            gc.setFill(style.selection().deriveColor(0, 1, 1, 0.15));
            gc.fillRect(a, 1, w, height - 1);
            gc.setStroke(style.selection());
            gc.setLineWidth(1.5);
            gc.strokeRect(a + 0.75, 1.75, w - 1.5, height - 3.5);
            gc.setLineWidth(1);
        }
    }
}
