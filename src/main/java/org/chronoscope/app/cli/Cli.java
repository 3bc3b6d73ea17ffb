package org.chronoscope.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;

/**
 * The command line's headless side: parses with the one {@link CommandLine}, loads the corpus once (reporting its
 * problems one policy for every command), then runs each command given. Exit status: 0 done, 2 bad options or
 * nothing usable to load, 1 the output could not be written.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int CANNOT_WRITE = 1;
    public static final int BAD_USAGE = 2;

    private Cli() {
    }

    /** The parsed line, or null after printing what is wrong and the usage on {@code err}. */
    public static Arguments parse(String[] args, PrintStream err) {
        try {
            Arguments parsed = CommandLine.parse(args);
            if (!parsed.has(Options.HELP)) {
                Filters.checkRange(parsed);
            }
            return parsed;
        } catch (UsageException e) {
            err.println("chronoscope: " + e.getMessage());
            err.print(Usage.text());
            return null;
        }
    }

    /** Parses and runs a headless command line (tests and scripts); a line without a command is an error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments parsed = parse(args, err);
        return parsed == null ? BAD_USAGE : run(parsed, out, err);
    }

    /** True when the line asks for the window: no command and no --help. */
    public static boolean opensWindow(Arguments args) {
        return args.commands().isEmpty() && !args.has(Options.HELP);
    }

    public static int run(Arguments args, PrintStream out, PrintStream err) {
        if (args.has(Options.HELP)) {
            out.print(Usage.text());
            out.flush();
            return OK;
        }
        if (args.commands().isEmpty()) {
            err.println("chronoscope: no command given");
            err.print(Usage.text());
            return BAD_USAGE;
        }
        Path folder = args.has(Options.CORPUS) ? args.value(Options.CORPUS) : CorpusLoader.bundledSeeds();
        Corpus corpus = load(folder, err);
        if (corpus == null) {
            return BAD_USAGE;
        }
        for (Option<?> c : args.commands()) {
            int status;
            try {
                status = Commands.of(c).run(new CommandRun(args, folder, corpus, out, err));
            } catch (UsageException e) {
                err.println("chronoscope: " + e.getMessage());
                status = BAD_USAGE;
            } catch (IOException e) {
                err.println("chronoscope: cannot write " + e.getMessage());
                status = CANNOT_WRITE;
            }
            if (status != OK) {
                return status;
            }
        }
        return OK;
    }

    /**
     * Loads the corpus and reports every problem on {@code err}, one a line ("file:line:column: error|warning:
     * message"); null (after saying so) when no article could be loaded.
     */
    static Corpus load(Path folder, PrintStream err) {
        Corpus corpus = CorpusLoader.load(folder);
        for (Problem p : corpus.problems()) {
            err.println("chronoscope: " + p);
        }
        if (corpus.articles().isEmpty()) {
            err.println("chronoscope: no article could be loaded from " + folder);
            return null;
        }
        return corpus;
    }
}
