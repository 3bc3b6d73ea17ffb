package org.chronoscope.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronoscope.app.export.AtomicFileSink;
import org.chronoscope.export.ExportException;
import org.chronoscope.export.ExportLimits;
import org.chronoscope.export.ExportOptions;
import org.chronoscope.export.FxRuntime;
import org.chronoscope.export.PngExport;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationDocument;

/**
 * {@code --export-png FILE}: the timeline as a PNG, with no window and no display needed (docs/export.md). Exit
 * status: 0 written, 2 bad options or an image too large, 1 the file could not be written or drawn.
 */
final class ExportPngCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException {
        Arguments args = run.args();
        EventQuery query = Filters.query(args, run.corpus());
        AnnotationDocument notes = annotations(run);
        if (PngExport.shown(run.corpus(), query).isEmpty()) {
            throw new UsageException("nothing to export: no dated event matches the filters given");
        }
        ExportOptions options = options(args);
        Path output = Options.path(Options.EXPORT_PNG.name(), args.value(Options.EXPORT_PNG));
        FxRuntime.ensureStarted(!"false".equals(System.getProperty("chronoscope.headless")));
        try {
            PngExport.Result r = PngExport.export(run.corpus(), query, notes, options, output,
                    AtomicFileSink.INSTANCE);
            for (Annotation a : r.notShown()) {
                run.err().println("chronoscope: note \"" + a.headline() + "\" is not in the picture ("
                        + (a.eventId() != null && run.corpus().event(a.eventId()).isEmpty()
                        ? "its event " + a.eventId() + " no longer exists" : "its anchor is filtered out") + ")");
            }
            run.out().printf("wrote %s (%d × %d px, %d events, %d notes) in %d ms%n", output, r.width(),
                    r.height(), r.events(), notes.notes().size() - r.notShown().size(),
                    r.layoutMillis() + r.renderMillis() + r.encodeMillis());
            return 0;
        } catch (ExportLimits.TooLargeException e) {
            throw new UsageException(e.getMessage());
        } catch (ExportException e) {
            run.err().println("chronoscope: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Width and scale: --width alone sets the width at 1×; --scale alone draws a window-wide page N times finer.
     * A page narrower than the smallest the painter lays out is a usage error naming the width that would do.
     */
    static ExportOptions options(Arguments args) throws UsageException {
        Integer width = args.value(Options.WIDTH);
        Double scale = args.value(Options.SCALE);
        double s = scale != null ? scale : 1;
        double pixelWidth = width != null ? width : scale != null ? ExportOptions.WINDOW_WIDTH * s
                : ExportOptions.DEFAULT_WIDTH;
        if (!(pixelWidth / s >= ExportOptions.MIN_WIDTH)) {
            throw new UsageException(String.format(java.util.Locale.ROOT, "%s %d with %s %s leaves a page %d px "
                    + "wide, under the smallest of %d: give %s %d or more, or a smaller %s", Options.WIDTH.name(),
                    width, Options.SCALE.name(), scale % 1 == 0 ? String.valueOf(scale.intValue()) : scale,
                    (int) (pixelWidth / s), ExportOptions.MIN_WIDTH, Options.WIDTH.name(),
                    (int) Math.ceil(ExportOptions.MIN_WIDTH * s), Options.SCALE.name()));
        }
        return new ExportOptions(pixelWidth / s, s, args.value(Options.TITLE), args.value(Options.SUBTITLE),
                !args.has(Options.NO_ANNOTATIONS), !args.has(Options.NO_LEGEND), !args.has(Options.NO_SOURCES),
                args.has(Options.DARK), null, null, args.value(Options.LABELS));
    }

    private static AnnotationDocument annotations(CommandRun run) throws UsageException {
        Arguments args = run.args();
        if (args.has(Options.NO_ANNOTATIONS)) {
            return AnnotationDocument.EMPTY;
        }
        Path file = args.value(Options.ANNOTATIONS);
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(Options.ANNOTATIONS.name() + ": " + file + " does not exist");
            }
            try {
                return AnnotationStore.read(file);
            } catch (IOException e) {
                throw new UsageException(Options.ANNOTATIONS.name() + ": " + file + ": " + e.getMessage());
            }
        }
        AnnotationStore.Loaded loaded = AnnotationStore.load(AnnotationStore.besideCorpus(run.folder()));
        loaded.problems().forEach(p -> run.err().println("chronoscope: " + p));
        return loaded.document();
    }
}
