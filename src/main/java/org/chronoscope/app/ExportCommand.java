package org.chronoscope.app;

import org.chronoscope.export.EventFilter;
import org.chronoscope.export.ExportException;
import org.chronoscope.export.ExportLimits;
import org.chronoscope.export.FxRuntime;
import org.chronoscope.export.PngExport;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code --export-png FILE [options]}: the timeline as a PNG, with no window and no display needed. Exit status:
 * 0 written, 2 bad options (with a message saying what is wrong) or an image too large, 1 the file could not be
 * written or drawn.
 */
public final class ExportCommand {
    /** Options of {@link Cli} that make no sense with an export. */
    private static final Set<String> OTHER_COMMANDS = Set.of("--dump-events", "--dump-timex");

    private ExportCommand() {
    }

    /** @param args the whole command line; the export reads what it needs from it */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        ExportArgs parsed;
        try {
            for (String a : args) {
                if (OTHER_COMMANDS.contains(a)) {
                    throw new ExportArgs.UsageException(a + " cannot be combined with --export-png");
                }
            }
            parsed = ExportArgs.parse(args);
        } catch (ExportArgs.UsageException e) {
            err.println("chronoscope: " + e.getMessage());
            err.print(ExportArgs.USAGE);
            return 2;
        }
        Path folder = parsed.corpus() != null ? parsed.corpus() : CorpusLoader.bundledSeeds();
        if (!Files.isDirectory(folder)) {
            err.println("chronoscope: --corpus: " + folder + " is not a folder");
            return 2;
        }
        Corpus corpus = CorpusLoader.load(folder);
        report(corpus.problems(), err);
        if (corpus.articles().isEmpty()) {
            err.println("chronoscope: no article could be loaded from " + folder);
            return 2;
        }
        for (String id : parsed.actors()) {
            if (corpus.actor(id).isEmpty()) {
                err.println("chronoscope: --actor: unknown actor id \"" + id + "\"; known ids: "
                        + corpus.actors().stream().map(Actor::id).sorted().collect(Collectors.joining(", ")));
                return 2;
            }
        }
        AnnotationDocument notes;
        try {
            notes = annotations(parsed, folder, err);
        } catch (ExportArgs.UsageException e) {
            err.println("chronoscope: " + e.getMessage());
            return 2;
        }
        EventFilter filter = new EventFilter(parsed.from(), parsed.to(), parsed.actors(), parsed.categories());
        int shown = filter.apply(corpus).size();
        if (shown == 0) {
            err.println("chronoscope: nothing to export: no dated event matches the filters given");
            return 2;
        }
        FxRuntime.ensureStarted(!"false".equals(System.getProperty("chronoscope.headless")));
        try {
            PngExport.Result r = PngExport.export(corpus, filter, notes, parsed.options(), parsed.output());
            for (Annotation a : r.notShown()) {
                err.println("chronoscope: note \"" + a.headline() + "\" is not in the picture ("
                        + (a.eventId() != null && corpus.event(a.eventId()).isEmpty()
                        ? "its event " + a.eventId() + " no longer exists" : "its anchor is filtered out") + ")");
            }
            out.printf("wrote %s (%d × %d px, %d events, %d notes) in %d ms%n", parsed.output(), r.width(),
                    r.height(), r.events(), notes.notes().size() - r.notShown().size(),
                    r.layoutMillis() + r.renderMillis() + r.encodeMillis());
            return 0;
        } catch (ExportLimits.TooLargeException e) {
            err.println("chronoscope: " + e.getMessage());
            return 2;
        } catch (ExportException e) {
            err.println("chronoscope: " + e.getMessage());
            return 1;
        }
    }

    private static AnnotationDocument annotations(ExportArgs parsed, Path folder, PrintStream err)
            throws ExportArgs.UsageException {
        if (parsed.noAnnotations()) {
            return AnnotationDocument.EMPTY;
        }
        if (parsed.annotations() != null) {
            Path file = parsed.annotations();
            if (!Files.isRegularFile(file)) {
                throw new ExportArgs.UsageException("--annotations: " + file + " does not exist");
            }
            try {
                return AnnotationStore.read(file);
            } catch (IOException e) {
                throw new ExportArgs.UsageException("--annotations: " + file + ": " + e.getMessage());
            }
        }
        AnnotationStore.Loaded loaded = AnnotationStore.load(AnnotationStore.besideCorpus(folder));
        loaded.problems().forEach(p -> err.println("chronoscope: " + p));
        return loaded.document();
    }

    /** Errors one by one; warnings as a count, to keep the output short. */
    private static void report(List<Problem> problems, PrintStream err) {
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        problems.stream().filter(p -> p.severity() == Severity.ERROR).forEach(p -> err.println("chronoscope: " + p));
        if (warnings > 0) {
            err.println("chronoscope: " + warnings + " warning(s) while loading (see --dump-events)");
        }
    }
}
