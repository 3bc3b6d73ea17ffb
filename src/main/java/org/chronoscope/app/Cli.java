package org.chronoscope.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

/** The command line: every option works without a display. */
public final class Cli {
    static final Set<String> HEADLESS_OPTIONS = Set.of("--dump-events", "--dump-timex", "--export-png", "--help");

    private Cli() {
    }

    public static boolean isHeadless(String[] args) {
        return Arrays.stream(args).anyMatch(HEADLESS_OPTIONS::contains);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("not implemented yet");
        return 2;
    }
}
