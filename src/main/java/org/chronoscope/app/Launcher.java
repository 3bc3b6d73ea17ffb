package org.chronoscope.app;

/**
 * Entry point of the jar. Not an {@code Application}, so the shaded jar starts without module-path set-up.
 * With a command-line option (--dump-events, --dump-timex, --export-png) it runs headless and exits;
 * otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isHeadless(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        String noWindow = DisplayCheck.problem();
        if (noWindow != null) {
            System.err.println("chronoscope: " + noWindow);
            System.exit(1);
        }
        try {
            ChronoscopeApp.launchWith(args);
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
}
