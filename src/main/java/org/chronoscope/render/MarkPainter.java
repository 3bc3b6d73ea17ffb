package org.chronoscope.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;

/** Draws the marks and labels of a laid-out frame: points, bars, approximate bars, flags, clusters. */
final class MarkPainter {
    private final GraphicsContext gc;
    private final TimelineStyle style;
    private final Palette palette;
    private final TimelineModel model;
    private final TimelinePainter.Highlight highlight;

    MarkPainter(GraphicsContext gc, TimelineStyle style, Palette palette, TimelineModel model,
                TimelinePainter.Highlight highlight) {
        this.gc = gc;
        this.style = style;
        this.palette = palette;
        this.model = model;
        this.highlight = highlight;
    }

    void paintAll(TimelineFrame frame, double xOffset, double w) {
        for (TimelineFrame.Item it : frame.items()) {
            if (it.right() < xOffset || Math.min(it.x0(), it.x1()) > xOffset + w) {
                continue;
            }
            if (it.kind() == TimelineFrame.Kind.CLUSTER) {
                paintCluster(it);
            } else {
                paintEvent(it);
            }
        }
    }

    private void paintCluster(TimelineFrame.Item it) {
        double h = style.rowHeight();
        Color lane = palette.of(model.lanes().get(it.lane()).color());
        gc.setFill(lane.deriveColor(0, 0.6, style.isDark() ? 0.8 : 1.1, 0.35));
        gc.fillRoundRect(it.x0(), it.y() + 4, it.x1() - it.x0(), h - 8, 8, 8);
        gc.setFill(style.clusterText());
        gc.setFont(style.smallFont());
        if (it.x1() - it.x0() >= it.labelWidth() + 6) {
            gc.fillText(it.label(), it.x0() + 5, it.y() + h / 2);
        }
    }

    private void paintEvent(TimelineFrame.Item it) {
        TimelineEvent e = it.event();
        double h = style.rowHeight();
        double cy = it.y() + h / 2;
        Color c = palette.of(model.sideColorOf(e));
        boolean extracted = e.origin() == Origin.EXTRACTED;
        boolean selected = e == highlight.selected();
        boolean hovered = e == highlight.hovered();
        if (selected || hovered) {
            gc.setFill(selected ? style.selection().deriveColor(0, 1, 1, 0.18)
                    : style.hover().deriveColor(0, 1, 1, 0.25));
            gc.fillRoundRect(Math.min(it.x0(), it.x1()) - 4, it.y() + 1, it.right() - it.x0() + 6, h - 2, 6, 6);
            if (selected) {
                gc.setStroke(style.selection());
                gc.setLineWidth(highlight.focused() ? 2 : 1);
                gc.strokeRoundRect(Math.min(it.x0(), it.x1()) - 4, it.y() + 1, it.right() - it.x0() + 6, h - 2,
                        6, 6);
                gc.setLineWidth(1);
            }
        }
        double labelX;
        switch (it.kind()) {
            case POINT -> {
                double cx = (it.x0() + it.x1()) / 2;
                diamond(cx, cy, c, extracted);
                labelX = TimelinePainter.labelStart(it.kind(), it.x0(), it.x1(), it.labelWidth());
            }
            case DEADLINE -> {
                double cx = (it.x0() + it.x1()) / 2;
                gc.setStroke(c);
                gc.setLineWidth(1.5);
                gc.strokeLine(cx, cy - 7, cx, cy + 7);
                gc.setFill(c);
                gc.fillPolygon(new double[]{cx, cx + 8, cx}, new double[]{cy - 7, cy - 4, cy - 1}, 3);
                gc.setLineWidth(1);
                labelX = TimelinePainter.labelStart(it.kind(), it.x0(), it.x1(), it.labelWidth());
            }
            default -> {
                boolean approx = it.kind() == TimelineFrame.Kind.APPROXIMATE;
                double w = Math.max(3, it.x1() - it.x0());
                gc.setFill(c.deriveColor(0, 1, 1, approx ? 0.16 : 0.28));
                gc.fillRoundRect(it.x0(), it.y() + 3, w, h - 6, 5, 5);
                gc.setFill(c.deriveColor(0, 1, 1, approx ? 0.45 : 1));
                gc.fillRect(it.x0(), it.y() + 3, 3, h - 6);
                if (approx || extracted) {
                    gc.setStroke(c);
                    gc.setLineDashes(3, 3);
                    gc.strokeRoundRect(it.x0() + 0.5, it.y() + 3.5, w - 1, h - 7, 5, 5);
                    gc.setLineDashes(null);
                }
                labelX = TimelinePainter.labelStart(it.kind(), it.x0(), it.x1(), it.labelWidth());
            }
        }
        for (String other : model.otherSideColors(e)) {
            gc.setFill(palette.of(other));
            gc.fillOval(labelX, cy - 2.5, 5, 5);
            labelX += 6;
        }
        gc.setFont(style.labelFont());
        gc.setFill(extracted ? style.mutedText() : style.text());
        gc.fillText(it.label(), labelX, cy);
        int articles = e.articleCount();
        if (articles > 1) {
            double bx = labelX + it.labelWidth() + 4;
            gc.setFont(style.smallFont());
            gc.setFill(style.mutedText());
            gc.fillText("×" + articles, bx, cy + 1);
        }
    }

    private void diamond(double cx, double cy, Color c, boolean hollow) {
        double[] xs = {cx, cx + TimelinePainter.DIAMOND, cx, cx - TimelinePainter.DIAMOND};
        double[] ys = {cy - TimelinePainter.DIAMOND, cy, cy + TimelinePainter.DIAMOND, cy};
        if (hollow) {
            gc.setStroke(c);
            gc.setLineWidth(1.5);
            gc.strokePolygon(xs, ys, 4);
            gc.setLineWidth(1);
        } else {
            gc.setFill(c);
            gc.fillPolygon(xs, ys, 4);
        }
    }
}
