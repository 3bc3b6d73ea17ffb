package org.chronoscope.export;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.Box;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.render.AnnotationPainter;
import org.chronoscope.render.TextBlock;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.render.TimelinePainter;
import org.chronoscope.render.TimelineStyle;
import org.chronoscope.render.LabelFit;

import java.util.List;

/**
 * One exported picture: title and subtitle, the timeline drawn by the screen's {@link TimelinePainter}, the
 * annotation layer, the legend and the sources footer. Laid out once on the FX thread ({@link #build}), then drawn
 * tile by tile by the {@link TiledRenderer}.
 */
public final class TimelinePage implements PagePainter {
    static final double MARGIN = 28;
    private static final int MIN_ROWS = 2;
    /** Rows a lane may grow to: like the window's lanes, a crowded corpus is aggregated, not stacked to the sky. */
    private static final int MAX_ROWS = 8;

    private final TimelineStyle style;
    private final TimelinePainter painter;
    private final TimelineFrame frame;
    private final AnnotationPainter annotations;
    private final AnnotationPainter.Layer layer;
    private final TextBlock title;
    private final TextBlock subtitle;
    private final Legend legend;
    private final TextBlock footer;
    private final Font titleFont;
    private final Font subtitleFont;
    private final Font footerFont;
    private final double width;
    private final double timelineTop;
    private final double legendTop;
    private final double footerTop;
    private final double height;

    private TimelinePage(TimelineStyle style, TimelinePainter painter, TimelineFrame frame,
                         AnnotationPainter annotations, AnnotationPainter.Layer layer, String titleText,
                         String subtitleText, Legend legend, String footerText, double width) {
        this.style = style;
        this.painter = painter;
        this.frame = frame;
        this.annotations = annotations;
        this.layer = layer;
        this.legend = legend;
        this.width = width;
        String family = style.labelFont().getFamily();
        titleFont = Font.font(family, FontWeight.BOLD, 24);
        subtitleFont = Font.font(family, 14);
        footerFont = Font.font(family, 10.5);
        double inner = width - 2 * MARGIN;
        title = titleText.isBlank() ? null : TextBlock.wrap(titleText, titleFont, inner);
        subtitle = subtitleText.isBlank() ? null : TextBlock.wrap(subtitleText, subtitleFont, inner);
        footer = footerText.isBlank() ? null : TextBlock.wrap(footerText, footerFont, inner);
        double y = MARGIN - 4;
        if (title != null) {
            y += title.height() + 2;
        }
        if (subtitle != null) {
            y += subtitle.height();
        }
        timelineTop = y + (title != null || subtitle != null ? 12 : 0);
        legendTop = timelineTop + frame.height() + 12;
        footerTop = legendTop + (legend != null ? legend.height() + 8 : 0);
        height = Math.ceil(footerTop + (footer != null ? footer.height() + 6 : 0) + MARGIN - 8);
    }

    /** Lays out a page for the events given; on the FX thread (text is measured). */
    public static TimelinePage build(Corpus corpus, List<TimelineEvent> events, EventQuery filter,
                                     AnnotationDocument notes, ExportOptions options) {
        TimelineStyle style = options.dark() ? TimelineStyle.dark() : TimelineStyle.light();
        TimelinePainter painter = new TimelinePainter(style);
        TimelineModel model = TimelineModel.of(events, corpus.actors(), options.lanes());
        double timelineWidth = options.width() - 2 * MARGIN;
        double from = filter.from() != null ? filter.from().toEpochDay() : model.firstDay();
        double to = filter.to() != null ? filter.to().toEpochDay() + 1 : model.lastDay();
        boolean compress = options.compressed() != null ? options.compressed()
                : filter.from() == null && filter.to() == null;
        AxisWarp warp = compress ? model.compressedAxis() : AxisWarp.NONE;
        // room on the right for the labels of the last events, which run to the right of their marks
        TimeScale scale = LabelFit.fitWithLabels(model, from, to, timelineWidth, 24, warp, painter);
        AnnotationDocument shown = options.annotations() ? notes : AnnotationDocument.EMPTY;
        List<TimelineEvent> starred = shown.starred().isEmpty() ? List.of()
                : model.dated().stream().filter(e -> shown.starred().contains(e.id())).toList();
        // the fewest rows per lane that fit every label (binary search: a layout of 10,000 events is not free)
        int lo = MIN_ROWS;
        int hi = MAX_ROWS;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            TimelineFrame trial = painter.layout(model, scale, timelineWidth,
                    timelineHeight(style, painter, model, mid), starred, options.labels());
            if (trial.overflows().isEmpty()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        // then rows of room for the callouts, added until every callout finds a free place (or four were added)
        AnnotationPainter annotationPainter = new AnnotationPainter(style);
        TimelineFrame frame;
        AnnotationPainter.Layer layer;
        int rows = lo;
        do {
            frame = painter.layout(model, scale, timelineWidth, timelineHeight(style, painter, model, rows), starred,
                    options.labels());
            layer = annotationPainter.layout(frame, shown);
            rows++;
        } while (rows <= lo + 4 && layer.callouts().stream().anyMatch(c -> !c.placement().clear()));
        String titleText = options.title() != null ? options.title() : corpus.name();
        String subtitleText = options.subtitle() != null ? options.subtitle()
                : PageText.subtitle(model, filter, corpus, scale, timelineWidth);
        Legend legend = options.legend() ? new Legend(style, model.lanes(), !shown.isEmpty()) : null;
        String footerText = options.sources() ? PageText.sources(corpus, events) : "";
        return new TimelinePage(style, painter, frame, annotationPainter, layer, titleText, subtitleText, legend,
                footerText, options.width());
    }

    private static double timelineHeight(TimelineStyle style, TimelinePainter painter, TimelineModel model,
                                         int rows) {
        double lane = style.laneHeaderHeight() + rows * style.rowHeight() + painter.badgeHeight() + 4;
        return style.axisHeight() + Math.max(1, model.lanes().size()) * lane;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public TimelineFrame frame() {
        return frame;
    }

    public AnnotationPainter.Layer annotationLayer() {
        return layer;
    }

    /** Where the timeline sits on the page. */
    public Box timelineBox() {
        return new Box(MARGIN, timelineTop, frame.width(), frame.height());
    }

    @Override
    public void paint(GraphicsContext gc, Box visible) {
        gc.setFill(style.background());
        gc.fillRect(visible.x(), visible.y(), visible.w(), visible.h());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        double y = MARGIN - 4;
        if (title != null) {
            gc.setFont(titleFont);
            gc.setFill(style.text());
            y = lines(gc, title, y);
            y += 2;
        }
        if (subtitle != null) {
            gc.setFont(subtitleFont);
            gc.setFill(style.mutedText());
            lines(gc, subtitle, y);
        }
        double xOffset = Math.max(0, visible.x() - MARGIN);
        double tileWidth = Math.min(frame.width() - xOffset, visible.maxX() - MARGIN - xOffset);
        if (tileWidth > 0 && visible.maxY() > timelineTop && visible.y() < timelineTop + frame.height()) {
            gc.save();
            gc.translate(MARGIN + xOffset, timelineTop);
            painter.paint(gc, frame, TimelinePainter.Highlight.NONE, xOffset, tileWidth);
            gc.restore();
            gc.save();
            gc.beginPath();
            gc.rect(MARGIN, timelineTop, frame.width(), frame.height());
            gc.clip();
            gc.translate(MARGIN, timelineTop);
            annotations.paint(gc, frame, layer);
            gc.restore();
            gc.setStroke(style.grid());
            gc.setLineWidth(1);
            gc.strokeRect(MARGIN - 0.5, timelineTop - 0.5, frame.width() + 1, frame.height() + 1);
        }
        if (legend != null) {
            legend.paint(gc, MARGIN, legendTop);
        }
        if (footer != null) {
            gc.setTextBaseline(VPos.TOP);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setFont(footerFont);
            gc.setFill(style.mutedText());
            lines(gc, footer, footerTop);
        }
    }

    private static double lines(GraphicsContext gc, TextBlock block, double y) {
        for (String line : block.lines()) {
            gc.fillText(line, MARGIN, y);
            y += block.lineHeight();
        }
        return y;
    }

}
