package org.chronoscope.export;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.chronoscope.model.layout.Lane;
import org.chronoscope.render.AnnotationPainter;
import org.chronoscope.render.TimelineStyle;

import java.util.List;

/** The legend line of an export: lane colours, then what each mark shape means. */
final class Legend {
    private static final double H = 18;
    private final TimelineStyle style;
    private final List<Lane> lanes;
    private final boolean annotations;
    private final Font font;

    Legend(TimelineStyle style, List<Lane> lanes, boolean annotations) {
        this.style = style;
        this.lanes = List.copyOf(lanes);
        this.annotations = annotations;
        this.font = Font.font(style.labelFont().getFamily(), 11.5);
    }

    double height() {
        return H;
    }

    void paint(GraphicsContext gc, double x, double y) {
        gc.setFont(font);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double cy = y + H / 2;
        for (Lane lane : lanes) {
            gc.setFill(Color.web(lane.color()));
            gc.fillRoundRect(x, cy - 5, 10, 10, 3, 3);
            x = label(gc, lane.label(), cy, x + 14) + 14;
        }
        x += 10;
        Color mark = style.mutedText();
        gc.setFill(mark);
        gc.fillPolygon(new double[]{x + 5, x + 10, x + 5, x}, new double[]{cy - 5, cy, cy + 5, cy}, 4);
        x = label(gc, "day", cy, x + 14) + 12;
        gc.setFill(mark.deriveColor(0, 1, 1, 0.35));
        gc.fillRoundRect(x, cy - 5, 22, 10, 4, 4);
        gc.setFill(mark);
        gc.fillRect(x, cy - 5, 3, 10);
        x = label(gc, "range", cy, x + 26) + 12;
        gc.setFill(mark.deriveColor(0, 1, 1, 0.15));
        gc.fillRoundRect(x, cy - 5, 22, 10, 4, 4);
        gc.setStroke(mark);
        gc.setLineDashes(3, 3);
        gc.strokeRoundRect(x + 0.5, cy - 4.5, 21, 9, 4, 4);
        gc.setLineDashes(null);
        x = label(gc, "approximate", cy, x + 26) + 12;
        gc.setStroke(mark);
        gc.setLineWidth(1.5);
        gc.strokeLine(x + 1, cy - 7, x + 1, cy + 7);
        gc.fillPolygon(new double[]{x + 1, x + 9, x + 1}, new double[]{cy - 7, cy - 4, cy - 1}, 3);
        x = label(gc, "deadline", cy, x + 14) + 12;
        gc.strokePolygon(new double[]{x + 5, x + 10, x + 5, x}, new double[]{cy - 5, cy, cy + 5, cy}, 4);
        gc.setLineWidth(1);
        x = label(gc, "extracted automatically", cy, x + 14) + 12;
        gc.setFill(style.cluster());
        gc.fillRoundRect(x, cy - 6, 18, 12, 8, 8);
        x = label(gc, "cluster", cy, x + 22) + 12;
        if (annotations) {
            gc.setFill(AnnotationPainter.STAR.darker());
            gc.fillText("★", x, cy);
            x = label(gc, "starred", cy, x + 14) + 12;
        }
    }

    private double label(GraphicsContext gc, String s, double cy, double x) {
        gc.setFill(style.text());
        gc.fillText(s, x, cy);
        Text t = new Text(s);
        t.setFont(font);
        return x + t.getLayoutBounds().getWidth();
    }

}
