package org.chronoscope.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.Box;
import org.chronoscope.model.annotation.CalloutLayout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layer drawn over the timeline: starred events, date and range marks, and note callouts with leader lines,
 * placed where they cover no event label. Works on a {@link TimelineFrame} in its coordinates, for the screen and
 * for the export alike. Call {@link #layout} on the FX thread (it measures text), then {@link #paint} as often as
 * needed.
 */
public final class AnnotationPainter {
    public static final Color STAR = Color.web("#f59f00");
    private static final double CALLOUT_TEXT_WIDTH = 200;
    private static final double PAD = 7;
    private static final double ACCENT = 4;

    private final TimelineStyle style;
    private final Font font;
    private final Font starFont;
    private final CalloutLayout layout = new CalloutLayout(6);

    /** A note placed on the frame: its callout box, leader line, wrapped text, and anchor shape. */
    public record Callout(Annotation note, CalloutLayout.Placement placement, TextBlock text, Color color,
                          Mark mark) {
        public Box box() {
            return placement.box();
        }
    }

    /** What marks a date or range anchor on the timeline: x from, x to (equal for a day); null for events. */
    public record Mark(double x0, double x1) {
    }

    /** Everything to draw: the callouts and the starred items. */
    public record Layer(List<Callout> callouts, List<TimelineFrame.Item> starred, List<Annotation> notShown) {
        /** The callout whose box holds the point, topmost first, or null. */
        public Callout calloutAt(double x, double y) {
            for (int i = callouts.size() - 1; i >= 0; i--) {
                if (callouts.get(i).box().contains(x, y)) {
                    return callouts.get(i);
                }
            }
            return null;
        }
    }

    public AnnotationPainter(TimelineStyle style) {
        this.style = style;
        this.font = Font.font(style.labelFont().getFamily(), style.labelFont().getSize());
        this.starFont = Font.font(style.labelFont().getFamily(), FontWeight.BOLD, style.labelFont().getSize() + 2);
    }

    /**
     * Places every note of the document whose anchor is on the frame. Notes on events outside the frame, detached
     * notes, and dates outside the time shown are listed in {@link Layer#notShown()}.
     */
    public Layer layout(TimelineFrame frame, AnnotationDocument doc) {
        Map<String, TimelineFrame.Item> itemsById = new HashMap<>();
        List<Box> obstacles = new ArrayList<>();
        double rowH = style.rowHeight();
        for (TimelineFrame.Item it : frame.items()) {
            if (it.event() != null) {
                itemsById.put(it.event().id(), it);
            }
            obstacles.add(new Box(Math.min(it.x0(), it.x1()) - 6, it.y(), it.right() - Math.min(it.x0(), it.x1()) + 10,
                    rowH));
        }
        for (TimelineFrame.Overflow o : frame.overflows()) {
            obstacles.add(new Box(o.x(), o.y(), o.width(), 16));
        }
        for (int l = 0; l < frame.model().lanes().size(); l++) {
            obstacles.add(new Box(0, frame.laneTop(l), 120, style.laneHeaderHeight()));
        }
        double top = style.axisHeight() + 2;
        Box area = new Box(4, top, frame.width() - 8, frame.height() - top - 2);

        List<CalloutLayout.Request> requests = new ArrayList<>();
        List<Annotation> placed = new ArrayList<>();
        List<TextBlock> texts = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        List<Annotation> notShown = new ArrayList<>();
        for (Annotation note : doc.notes()) {
            double[] anchor;
            Mark mark = null;
            if (note.anchor() instanceof AnnotationAnchor.OnEvent e) {
                anchor = eventAnchor(frame, itemsById.get(e.eventId()), e.eventId());
            } else {
                double x0 = frame.scale().x(note.anchor().from());
                double x1 = frame.scale().x(note.anchor().to().toEpochDay() + 1.0);
                if (x1 < 0 || x0 > frame.width()) {
                    anchor = null;
                } else {
                    boolean day = note.anchor() instanceof AnnotationAnchor.OnDate;
                    mark = day ? new Mark((x0 + x1) / 2, (x0 + x1) / 2) : new Mark(x0, x1);
                    anchor = new double[]{Math.max(2, Math.min(frame.width() - 2, (x0 + x1) / 2)), top + 3};
                }
            }
            if (anchor == null) {
                notShown.add(note);
                continue;
            }
            TextBlock text = TextBlock.wrap(note.text().isBlank() ? "(empty note)" : note.text(), font,
                    CALLOUT_TEXT_WIDTH);
            requests.add(new CalloutLayout.Request(note.id(), anchor[0], anchor[1], text.width() + 2 * PAD + ACCENT,
                    text.height() + 2 * PAD - 4, note.offset()));
            placed.add(note);
            texts.add(text);
            marks.add(mark);
        }
        List<CalloutLayout.Placement> placements = layout.place(requests, obstacles, area);
        List<Callout> callouts = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            callouts.add(new Callout(placed.get(i), placements.get(i), texts.get(i), Color.web(placed.get(i).color()),
                    marks.get(i)));
        }
        List<TimelineFrame.Item> starred = new ArrayList<>();
        for (String id : doc.starred()) {
            TimelineFrame.Item it = itemsById.get(id);
            if (it != null) {
                starred.add(it);
            }
        }
        return new Layer(List.copyOf(callouts), List.copyOf(starred), List.copyOf(notShown));
    }

    /** The mark of an event on the frame; for an event hidden in a cluster, the cluster; else null. */
    private double[] eventAnchor(TimelineFrame frame, TimelineFrame.Item item, String eventId) {
        double rowH = style.rowHeight();
        if (item != null) {
            double x = switch (item.kind()) {
                case POINT, DEADLINE -> (item.x0() + item.x1()) / 2;
                default -> item.x0() + 1.5;
            };
            return new double[]{x, item.y() + rowH / 2};
        }
        TimelineEvent event = frame.model().dated().stream().filter(e -> e.id().equals(eventId)).findFirst()
                .orElse(null);
        if (event == null) {
            return null;
        }
        int lane = frame.model().laneOf(event);
        double day = event.date().start().toEpochDay();
        for (TimelineFrame.Item it : frame.items()) {
            if (it.kind() == TimelineFrame.Kind.CLUSTER && it.lane() == lane && day >= it.from() && day < it.to()) {
                return new double[]{it.x0() + 4, it.y() + rowH / 2};
            }
        }
        double x = frame.scale().x(day + 0.5);
        if (x < 0 || x > frame.width() || lane < 0) {
            return null;
        }
        return new double[]{x, frame.laneTop(lane) + style.laneHeaderHeight() / 2};
    }

    /** Draws the layer in frame coordinates: marks and stars first, then leader lines, then callouts on top. */
    public void paint(GraphicsContext gc, TimelineFrame frame, Layer layer) {
        gc.save();
        double top = style.axisHeight();
        for (Callout c : layer.callouts()) {
            if (c.mark() == null) {
                continue;
            }
            if (c.mark().x1() - c.mark().x0() > 1) {
                gc.setFill(c.color().deriveColor(0, 1, 1, 0.08));
                gc.fillRect(c.mark().x0(), top, c.mark().x1() - c.mark().x0(), frame.height() - top);
                gc.setFill(c.color());
                gc.fillRect(c.mark().x0(), top, c.mark().x1() - c.mark().x0(), 3);
            } else {
                gc.setStroke(c.color().deriveColor(0, 1, 1, 0.7));
                gc.setLineWidth(1.5);
                gc.setLineDashes(4, 4);
                gc.strokeLine(c.mark().x0(), top, c.mark().x0(), frame.height());
                gc.setLineDashes(null);
            }
        }
        for (TimelineFrame.Item it : layer.starred()) {
            paintStar(gc, it);
        }
        gc.setLineCap(StrokeLineCap.ROUND);
        for (Callout c : layer.callouts()) {
            CalloutLayout.Placement p = c.placement();
            gc.setStroke(c.color());
            gc.setLineWidth(1.5);
            gc.strokeLine(p.leaderFromX(), p.leaderFromY(), p.leaderToX(), p.leaderToY());
            gc.setFill(c.color());
            gc.fillOval(p.leaderToX() - 3, p.leaderToY() - 3, 6, 6);
        }
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(font);
        for (Callout c : layer.callouts()) {
            paintCallout(gc, c);
        }
        gc.restore();
    }

    private void paintCallout(GraphicsContext gc, Callout c) {
        Box b = c.box();
        gc.setFill(Color.color(0, 0, 0, 0.10));
        gc.fillRoundRect(b.x() + 1.5, b.y() + 2, b.w(), b.h(), 8, 8);
        gc.setFill(style.isDark() ? style.background().brighter() : Color.WHITE);
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        gc.setFill(c.color().deriveColor(0, 1, 1, 0.10));
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        gc.setStroke(c.color());
        gc.setLineWidth(1.2);
        gc.strokeRoundRect(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1, 8, 8);
        gc.setFill(c.color());
        gc.fillRoundRect(b.x(), b.y(), ACCENT + 3, b.h(), 6, 6);
        gc.fillRect(b.x() + ACCENT, b.y() + 0.5, 3, b.h() - 1);
        gc.setFill(style.text());
        double y = b.y() + PAD - 2;
        for (String line : c.text().lines()) {
            gc.fillText(line, b.x() + ACCENT + PAD, y);
            y += c.text().lineHeight();
        }
    }

    private void paintStar(GraphicsContext gc, TimelineFrame.Item it) {
        double rowH = style.rowHeight();
        double left = Math.min(it.x0(), it.x1()) - 5;
        gc.setFill(STAR.deriveColor(0, 1, 1, 0.22));
        gc.fillRoundRect(left, it.y() + 1, it.right() - left + 16, rowH - 2, 8, 8);
        gc.setStroke(STAR);
        gc.setLineWidth(1.2);
        gc.strokeRoundRect(left, it.y() + 1, it.right() - left + 16, rowH - 2, 8, 8);
        gc.setFill(STAR.darker());
        gc.setFont(starFont);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("★", it.right() + 7, it.y() + rowH / 2);
    }

    /** The painter's row height, for hit tests in callers. */
    public double rowHeight() {
        return style.rowHeight();
    }
}
