package org.chronoscope.export;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * Exports the timeline as a PNG: lays the page out and draws it on the FX thread, tile by tile, with the screen's
 * painter, then encodes and writes the file on the calling thread. Call it off the FX thread (a {@code Task} in the
 * window, the main thread on the command line).
 */
public final class PngExport {
    /**
     * What was written.
     *
     * @param notShown notes not drawn: detached, or anchored outside the picture
     */
    public record Result(Path file, int width, int height, int events, long layoutMillis, long renderMillis,
                         long encodeMillis,
                         List<Annotation> notShown) {
    }

    private PngExport() {
    }

    /** Lays out the page (on the FX thread): for previews and for {@link #export}. */
    public static TimelinePage page(Corpus corpus, EventQuery filter, AnnotationDocument notes,
                                    ExportOptions options) throws ExportException {
        return page(corpus, shown(corpus, filter), filter, notes, options);
    }

    /** The events a picture of this query shows: those that match and have a date (undated ones have no place). */
    public static List<TimelineEvent> shown(Corpus corpus, EventQuery filter) {
        return filter.apply(corpus).stream().filter(e -> e.date().isResolved()).toList();
    }

    /** A page of the events given (the window's filtered events), over the filter's dates when it has them. */
    public static TimelinePage page(Corpus corpus, List<TimelineEvent> events, EventQuery range,
                                    AnnotationDocument notes, ExportOptions options) throws ExportException {
        return TiledRenderer.onFxThread(() -> TimelinePage.build(corpus, events, range, notes, options));
    }

    /** Renders the picture into pixels without writing it. */
    public static Pixels render(Corpus corpus, EventQuery filter, AnnotationDocument notes, ExportOptions options)
            throws ExportException {
        TimelinePage page = page(corpus, filter, notes, options);
        return TiledRenderer.render(page, page.width(), page.height(), options.scale());
    }

    public static Result export(Corpus corpus, EventQuery filter, AnnotationDocument notes, ExportOptions options,
                                Path file, FileSink sink) throws ExportException {
        return export(corpus, shown(corpus, filter), filter, notes, options, file, sink);
    }

    public static Result export(Corpus corpus, List<TimelineEvent> events, EventQuery range, AnnotationDocument notes,
                                ExportOptions options, Path file, FileSink sink) throws ExportException {
        PngWriter.checkWritable(file);
        long t0 = System.nanoTime();
        TimelinePage page = page(corpus, events, range, notes, options);
        long tLayout = System.nanoTime();
        Pixels pixels = TiledRenderer.render(page, page.width(), page.height(), options.scale());
        long t1 = System.nanoTime();
        PngWriter.write(pixels, file, sink);
        long t2 = System.nanoTime();
        return new Result(file, pixels.width(), pixels.height(), page.frame().model().dated().size(),
                (tLayout - t0) / 1_000_000, (t1 - tLayout) / 1_000_000, (t2 - t1) / 1_000_000,
                page.annotationLayer().notShown());
    }
}
