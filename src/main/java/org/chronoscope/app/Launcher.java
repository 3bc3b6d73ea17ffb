package org.chronoscope.app;

import org.chronoscope.app.cli.Arguments;
import org.chronoscope.app.cli.Cli;
import org.chronoscope.app.cli.Options;
import org.chronoscope.model.OneLine;

/**
 * Entry point of the jar. Not an {@code Application}, so the shaded jar starts without module-path set-up.
 * The command line is parsed once, here: a command (--dump-events, --dump-timex, --export-png…) runs headless
 * and exits; otherwise the window opens, on {@code --corpus DIR} if given. A bad option exits 2 with the usage.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Arguments parsed = Cli.parse(args, System.err);
        if (parsed == null) {
            System.exit(Cli.BAD_USAGE);
        }
        if (!Cli.opensWindow(parsed)) {
            System.exit(runCommands(parsed));
        }
        String noWindow = DisplayCheck.problem();
        if (noWindow != null) {
            System.err.println("chronoscope: " + noWindow);
            System.exit(1);
        }
        StartupTrace.mark("parsed, display checked");
        try {
            ChronoscopeApp.launchWith(parsed.value(Options.CORPUS));
        } catch (RuntimeException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.println("chronoscope: cannot open the window (" + root.getMessage() + "); "
                    + DisplayCheck.NO_WINDOW_OPTIONS.replaceFirst("^or ", ""));
            System.exit(1);
        }
    }

    /**
     * Runs the command line's commands; whatever goes wrong, the process ends (the JavaFX toolkit an export starts
     * would keep it alive) with a one-line message and status 1, never a stack trace.
     */
    private static int runCommands(Arguments parsed) {
        try {
            return Cli.run(parsed, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("chronoscope: out of memory (" + Runtime.getRuntime().maxMemory() / 1_000_000
                    + " MB); start Java with more, e.g. java -Xmx4g -jar chronoscope.jar");
        } catch (RuntimeException | Error e) {
            System.err.println("chronoscope: internal error, nothing more was done: " + OneLine.text(String.valueOf(e)));
        }
        return 1;
    }
}
