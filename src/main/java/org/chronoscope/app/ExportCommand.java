package org.chronoscope.app;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the export lands. */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("chronoscope: --export-png is not available yet");
        return 2;
    }
}
