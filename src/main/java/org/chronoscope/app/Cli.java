package org.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.CorpusTimex;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.load.timex.TimexJson;
import org.chronoscope.model.TemporalExpression;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;

/**
 * The command line. Every option works without a display. Exit status: 0 done, 2 bad options or nothing
 * usable to load, 1 the output could not be written.
 */
public final class Cli {
    static final Set<String> HEADLESS_OPTIONS = Set.of("--dump-events", "--dump-timex", "--export-png", "--help", "-h");
    /** Options of the export, read by {@link ExportCommand}; named here only to say they need --export-png. */
    static final Set<String> EXPORT_ONLY = Set.of("--from", "--to", "--actor", "--category", "--width", "--scale",
            "--annotations", "--title", "--subtitle", "--no-annotations", "--no-legend", "--no-sources", "--dark");

    static final String USAGE = String.join("\n",
            "Usage: java -jar chronoscope.jar [--corpus DIR] [--dump-events FILE|-] [--dump-timex FILE|-]",
            "                                 [--export-png FILE [export options]]",
            "  --corpus DIR          the folder of articles (default: the bundled seeds)",
            "  --dump-events FILE|-  write the event model as JSON (- for standard output)",
            "  --dump-timex FILE|-   write every date expression found as JSON",
            "  --export-png FILE     export the timeline as PNG, with --from DATE --to DATE --actor ID",
            "                        --category NAME --width PX --scale N --annotations FILE --title TEXT",
            "                        --subtitle TEXT --no-annotations --no-legend --no-sources --dark",
            "Without any of these options the window opens.");

    private Cli() {
    }

    public static boolean isHeadless(String[] args) {
        return Arrays.stream(args).anyMatch(HEADLESS_OPTIONS::contains);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--export-png")) {
            return ExportCommand.run(List.of(args), out, err); // the export checks its own options (docs/export.md)
        }
        CliArgs parsed;
        try {
            parsed = CliArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("chronoscope: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (parsed.help()) {
            out.println(USAGE);
            return 0;
        }
        Path folder = parsed.corpus() != null ? Path.of(parsed.corpus()) : CorpusLoader.bundledSeeds();
        Corpus corpus = CorpusLoader.load(folder);
        for (Problem p : corpus.problems()) {
            err.println("chronoscope: " + p);
        }
        if (corpus.articles().isEmpty()) {
            err.println("chronoscope: no article could be loaded from " + folder);
            return 2;
        }
        try {
            if (parsed.dumpEvents() != null) {
                write(parsed.dumpEvents(), EventsJson.events(corpus.events()), out);
            }
            if (parsed.dumpTimex() != null) {
                writeTimex(parsed.dumpTimex(), CorpusTimex.of(corpus, new TemporalTagger()), out);
            }
        } catch (IOException e) {
            err.println("chronoscope: cannot write " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void writeTimex(String target, List<TemporalExpression> found, PrintStream out)
            throws IOException {
        if (target.equals("-")) {
            TimexJson.write(found, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            return;
        }
        AtomicWrite.write(Path.of(target), o -> TimexJson.write(found, new OutputStreamWriter(o, StandardCharsets.UTF_8)));
    }

    private static void write(String target, JsonNode json, PrintStream out) throws IOException {
        if (target.equals("-")) {
            out.println(EventsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            out.flush();
            return;
        }
        AtomicWrite.write(Path.of(target), o -> EventsJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(o, json));
    }
}
