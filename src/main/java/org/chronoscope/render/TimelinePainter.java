package org.chronoscope.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.DensityBand;
import org.chronoscope.model.layout.LabelPolicy;
import org.chronoscope.model.layout.Lane;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.util.Collection;
import java.util.List;

/**
 * Draws the whole timeline — axis, lanes, marks, labels, clusters — onto any {@link GraphicsContext}. It needs no
 * live control or scene, so the screen and the PNG export draw the same picture.
 *
 * <pre>{@code
 * TimelinePainter painter = new TimelinePainter(TimelineStyle.light());
 * TimelineModel model = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.SIDE);
 * TimeScale scale = TimeScale.fit(model.firstDay(), model.lastDay(), totalWidth, 24, AxisWarp.NONE);
 * TimelineFrame frame = painter.layout(model, scale, totalWidth, height);   // lay out once
 * for (double x = 0; x < totalWidth; x += tileWidth) {                       // then draw tile by tile
 *     GraphicsContext gc = tileCanvas.getGraphicsContext2D();                // an off-screen Canvas
 *     painter.paint(gc, frame, TimelinePainter.Highlight.NONE, x, tileWidth); // frame column x → canvas x 0
 *     // snapshot tileCanvas …
 * }
 * }</pre>
 * Or in one call: {@code painter.paint(gc, model, scale, width, height)}. Call on the FX thread (it measures
 * text). Instances cache label widths; keep one per style.
 */
public final class TimelinePainter {
    /** Events whose marks come closer than this many pixels are drawn as one cluster. */
    public static final double CLUSTER_PX = 4;
    /** A cluster stays within one cell of the axis this wide: clusters never chain across the view. */
    public static final double CLUSTER_CELL_PX = 40;
    /** In a crowded lane, the most prominent event of each cell of the axis this wide keeps its label. */
    public static final double FEATURE_CELL_PX = 120;
    /** Width of the columns of a lane's density band. */
    static final double DENSITY_COLUMN_PX = 3;
    private static final double BADGE_HEIGHT = 16;
    static final double DIAMOND = 5;
    /** A label at the picture's right edge is shortened to fit, down to this many pixels. */
    private static final double MIN_LABEL = 60;

    private final TimelineStyle style;
    private final LabelMeasurer labels;
    private final LabelMeasurer small;
    private final AxisPainter axis;
    private final Palette palette = new Palette();

    private final LaneLayout lanes = new LaneLayout(this);

    /** What to show as selected or hovered. */
    public record Highlight(TimelineEvent selected, TimelineEvent hovered, boolean focused) {
        public static final Highlight NONE = new Highlight(null, null, false);
    }

    public TimelinePainter(TimelineStyle style) {
        this.style = style;
        this.labels = new LabelMeasurer(style.labelFont(), style.maxLabelWidth());
        this.small = new LabelMeasurer(style.smallFont(), 80);
        this.axis = new AxisPainter(style);
    }

    public TimelineStyle style() {
        return style;
    }

    public double badgeHeight() {
        return BADGE_HEIGHT;
    }

    /** Lays out, then draws the frame over [0, width). */
    public TimelineFrame paint(GraphicsContext gc, TimelineModel model, TimeScale scale, double width, double height) {
        TimelineFrame frame = layout(model, scale, width, height);
        paint(gc, frame, Highlight.NONE, 0, width);
        return frame;
    }

    /** Where every visible mark, label and cluster goes for a picture of width × height under scale. */
    public TimelineFrame layout(TimelineModel model, TimeScale scale, double width, double height) {
        return layout(model, scale, width, height, List.of());
    }

    /**
     * As {@link #layout(TimelineModel, TimeScale, double, double)}, with pinned events (the starred ones) that
     * keep their labels before any other.
     */
    public TimelineFrame layout(TimelineModel model, TimeScale scale, double width, double height,
                                Collection<TimelineEvent> pinned) {
        return layout(model, scale, width, height, pinned, LabelPolicy.ALL);
    }

    /** As above, labelling only what the policy keeps (for a picture of a big corpus, say). */
    public TimelineFrame layout(TimelineModel model, TimeScale scale, double width, double height,
                                Collection<TimelineEvent> pinned, LabelPolicy labels) {
        int laneCount = model.lanes().size();
        double[] tops = laneTops(model, height);
        double rowH = style.rowHeight();
        double leftDay = scale.day(-style.maxLabelWidth() - 40);
        double rightDay = scale.day(width + 2);
        LaneLayout.Out out = new LaneLayout.Out();
        for (int l = 0; l < laneCount; l++) {
            double laneH = tops[l + 1] - tops[l];
            int rows = Math.max(1, (int) ((laneH - style.laneHeaderHeight() - BADGE_HEIGHT - 2) / rowH));
            double top = tops[l] + style.laneHeaderHeight();
            lanes.layout(model, l, scale, leftDay, rightDay, top, rows, width, pinned, labels, out);
        }
        return new TimelineFrame(model, scale, width, height, List.copyOf(out.items()),
                List.copyOf(out.overflows()), List.copyOf(out.bands()), tops);
    }

    /**
     * Lane heights shared by weight 0.6 + √(events / most events in a lane): busy lanes get more rows, and the
     * split does not move while zooming or panning.
     */
    private double[] laneTops(TimelineModel model, double height) {
        int n = model.lanes().size();
        double[] tops = new double[n + 1];
        tops[0] = style.axisHeight();
        if (n == 0) {
            return tops;
        }
        double max = 1;
        for (int l = 0; l < n; l++) {
            max = Math.max(max, model.lane(l).events.length);
        }
        double[] w = new double[n];
        double sum = 0;
        for (int l = 0; l < n; l++) {
            w[l] = 0.6 + Math.sqrt(model.lane(l).events.length / max);
            sum += w[l];
        }
        double usable = Math.max(0, height - style.axisHeight());
        for (int l = 0; l < n; l++) {
            tops[l + 1] = tops[l] + usable * w[l] / sum;
        }
        return tops;
    }

    TimelineFrame.Item eventItem(TimelineModel model, TimelineModel.LaneEvents le, int j, int lane,
                                         double a, double b, double width) {
        TimelineEvent e = le.events[j];
        LabelMeasurer.Fitted f = labels.fit(e.title());
        TimelineFrame.Kind kind = e.isDeadline() ? TimelineFrame.Kind.DEADLINE
                : e.date().isApproximate() ? TimelineFrame.Kind.APPROXIMATE
                : e.date().isRange() || b - a >= 10 ? TimelineFrame.Kind.RANGE
                : TimelineFrame.Kind.POINT;
        double extras = extras(model, e);
        double labelStart = labelStart(kind, a, b, f.width());
        double room = width - labelStart - extras - 4;
        if (labelStart + extras + f.width() + 4 > width && room >= MIN_LABEL && labelStart < width) {
            f = labels.fit(e.title(), room); // the last labels end at the picture's edge, shortened
            labelStart = labelStart(kind, a, b, f.width());
        }
        double right = Math.max(b, labelStart + extras + f.width() + 4);
        return new TimelineFrame.Item(e, kind, lane, 1, a, b, right, 0, f.text(), f.width(), le.start[j], le.end[j]);
    }

    /** The day a label starts from: the middle of a point or deadline, the start of a bar. */
    public static double labelDay(TimelineEvent e) {
        double a = TimelineModel.startDay(e);
        double b = TimelineModel.endDay(e);
        boolean bar = !e.isDeadline() && (e.date().isApproximate() || e.date().isRange());
        return bar ? a : (a + b) / 2;
    }

    /** How far right of its {@link #labelDay} the event's label (with badges) ends, in pixels. */
    public double labelReach(TimelineModel model, TimelineEvent e) {
        return DIAMOND + 8 + extras(model, e) + labels.fit(e.title()).width();
    }

    /** The side dots and the "×3" of articles beside a label. */
    private double extras(TimelineModel model, TimelineEvent e) {
        int articles = e.articleCount();
        return model.otherSideColors(e).size() * 6 + (articles > 1 ? small.numberWidth(articles) + 12 : 0);
    }

    /** Left edge a label keeps when its mark has gone off the left of the picture. */
    static final double LABEL_EDGE = 4;

    /**
     * Where an event's label starts: right of a point's mark, inside a bar. A label whose mark is off the left of
     * the picture but which would still show in part is kept whole at the left edge instead of being cut.
     */
    static double labelStart(TimelineFrame.Kind kind, double x0, double x1, double labelWidth) {
        double s = switch (kind) {
            case POINT, DEADLINE -> (x0 + x1) / 2 + DIAMOND + 4;
            default -> stickyLeft(x0, x1) + 6;
        };
        return s < LABEL_EDGE && s + labelWidth > LABEL_EDGE ? LABEL_EDGE : s;
    }

    /** A bar that starts left of the picture keeps its label at the left edge while the bar is in view. */
    static double stickyLeft(double x0, double x1) {
        return x0 < 0 && x1 > 0 ? Math.min(0, x1 - 12) : x0;
    }

    /** A cluster of count events whose marks run from x0 to end, covering days [from, to). */
    TimelineFrame.Item clusterItem(int lane, int count, double x0, double end, double from, double to) {
        double w = Math.max(end - x0, small.numberWidth(count) + 12);
        return new TimelineFrame.Item(null, TimelineFrame.Kind.CLUSTER, lane, count, x0, x0 + w, x0 + w, 0,
                String.valueOf(count), small.numberWidth(count), from, to);
    }

    /** Width of a "+N" badge. */
    double badgeWidth(int count) {
        return small.numberWidth(count) + 16;
    }

    static TimelineFrame.Item withY(TimelineFrame.Item u, double y) {
        return new TimelineFrame.Item(u.event(), u.kind(), u.lane(), u.count(), u.x0(), u.x1(), u.right(), y,
                u.label(), u.labelWidth(), u.from(), u.to());
    }

    /**
     * Draws frame columns [xOffset, xOffset + tileWidth) at canvas x 0 .. tileWidth.
     */
    public void paint(GraphicsContext gc, TimelineFrame frame, Highlight highlight, double xOffset, double tileWidth) {
        gc.save();
        gc.translate(-xOffset, 0);
        gc.beginPath();
        gc.rect(xOffset, 0, tileWidth, frame.height());
        gc.clip();
        gc.setFill(style.background());
        gc.fillRect(xOffset, 0, tileWidth, frame.height());
        List<Lane> lanes = frame.model().lanes();
        for (int l = 0; l < lanes.size(); l++) {
            if (l % 2 == 1) {
                gc.setFill(style.laneStripe());
                gc.fillRect(xOffset, frame.laneTop(l), tileWidth, frame.laneHeight(l));
            }
        }
        axis.paintGrid(gc, frame.scale(), xOffset, tileWidth, frame.height());
        paintDensities(gc, frame, xOffset, tileWidth);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        new MarkPainter(gc, style, palette, frame.model(), highlight).paintAll(frame, xOffset, tileWidth);
        paintOverflows(gc, frame, xOffset, tileWidth);
        paintLaneHeaders(gc, frame, xOffset, tileWidth);
        axis.paintAxis(gc, frame.scale(), xOffset, tileWidth);
        if (lanes.isEmpty()) {
            gc.setFill(style.mutedText());
            gc.setFont(style.labelFont());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("No dated events to show", frame.width() / 2, frame.height() / 2);
        }
        gc.restore();
    }

    /**
     * Each lane's density band as one silhouette in the lane's colour, rising from the lane's bottom; heights on a
     * log scale shared by all lanes, so a busy lane looks busier than a quiet one.
     */
    private void paintDensities(GraphicsContext gc, TimelineFrame frame, double xOffset, double w) {
        int allMax = 0;
        for (DensityBand b : frame.densities()) {
            allMax = Math.max(allMax, b.max());
        }
        for (DensityBand b : frame.densities()) {
            double bottom = frame.laneTop(b.lane() + 1) - 1;
            double room = Math.max(0, frame.laneHeight(b.lane()) - style.laneHeaderHeight() - 2);
            int[] counts = b.counts();
            double[] xs = new double[counts.length * 2 + 2];
            double[] ys = new double[xs.length];
            int p = 0;
            for (int c = 0; c < counts.length; c++) {
                double x = b.x() + c * b.columnPx();
                if (x + b.columnPx() < xOffset || x > xOffset + w) {
                    continue;
                }
                double y = bottom - room * b.share(c, allMax);
                if (p == 0) {
                    xs[p] = x;
                    ys[p++] = bottom;
                }
                xs[p] = x;
                ys[p++] = y;
                xs[p] = x + b.columnPx();
                ys[p++] = y;
            }
            if (p > 0) {
                xs[p] = xs[p - 1];
                ys[p++] = bottom;
                Color lane = palette.of(frame.model().lanes().get(b.lane()).color());
                gc.setFill(lane.deriveColor(0, 1, 1, 0.28));
                gc.fillPolygon(xs, ys, p);
                gc.setStroke(lane.deriveColor(0, 1, 1, 0.7));
                gc.strokePolyline(xs, ys, p);
            }
        }
    }

    private void paintOverflows(GraphicsContext gc, TimelineFrame frame, double xOffset, double w) {
        gc.setFont(style.smallFont());
        for (TimelineFrame.Overflow o : frame.overflows()) {
            if (o.x() > xOffset + w || o.x() + o.width() < xOffset) {
                continue;
            }
            gc.setFill(style.cluster());
            gc.fillRoundRect(o.x(), o.y() + 1, o.width(), BADGE_HEIGHT - 3, 10, 10);
            gc.setFill(style.clusterText());
            gc.fillText("+" + o.count(), o.x() + 5, o.y() + BADGE_HEIGHT / 2);
        }
    }

    private void paintLaneHeaders(GraphicsContext gc, TimelineFrame frame, double xOffset, double w) {
        List<Lane> lanes = frame.model().lanes();
        gc.setFont(style.laneFont());
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            double top = frame.laneTop(l);
            Color c = palette.of(lane.color());
            gc.setFill(style.grid());
            HairLines.horizontal(gc, xOffset, xOffset + w, Math.floor(top) + 0.5);
            if (xOffset > 0) {
                continue;
            }
            gc.setFill(c);
            gc.fillRect(0, top + 3, 4, style.laneHeaderHeight() - 4);
            gc.setFill(style.text());
            gc.fillText(lane.label(), 8, top + style.laneHeaderHeight() / 2 + 1);
        }
    }
}
