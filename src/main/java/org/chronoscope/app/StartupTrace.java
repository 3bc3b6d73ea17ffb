package org.chronoscope.app;

/**
 * For finding what a cold start waits on ({@code -Dchronoscope.startupTrace=true}): each {@link #mark} prints
 * {@code trace <ms since main> <thread> <step>} on the error stream. Off, a mark costs one field read.
 */
final class StartupTrace {
    static final boolean ON = Boolean.getBoolean("chronoscope.startupTrace");
    private static final long T0 = System.nanoTime();

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.printf("trace %7.1f %-26s %s%n", (System.nanoTime() - T0) / 1e6,
                    Thread.currentThread().getName(), step);
        }
    }
}
