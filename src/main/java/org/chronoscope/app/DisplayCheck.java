package org.chronoscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before the window opens on Linux: is there a display, and are the GTK 3 libraries JavaFX needs installed? If
 * not, one line saying what is missing and what to do, instead of the toolkit's stack trace.
 */
final class DisplayCheck {
    private static final Pattern LOCAL_DISPLAY = Pattern.compile("^(?:unix)?:(\\d+)(?:\\.\\d+)?$");
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
            "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/local/lib");
    static final String NO_WINDOW_OPTIONS = "or use an option that needs no display (--dump-events, --dump-timex,"
            + " --dump-text, --export-png, --export-timelinejs, --export-csv; see --help)";

    private DisplayCheck() {
    }

    /** What stops the window from opening, as one line, or null when nothing is known to be missing. */
    static String problem(String os, Map<String, String> env, Predicate<Path> exists) {
        if (!os.toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return null;
        }
        String display = env.getOrDefault("DISPLAY", "").strip();
        if (display.isEmpty()) {
            return "cannot open the window: no display (DISPLAY is not set). Run it in a desktop session or set"
                    + " DISPLAY (ssh -X, Xvfb), " + NO_WINDOW_OPTIONS + ".";
        }
        Matcher m = LOCAL_DISPLAY.matcher(display);
        if (m.matches() && !exists.test(Path.of("/tmp/.X11-unix/X" + m.group(1)))) {
            return "cannot open the window: no X server is running on display " + display + ". Start one or set"
                    + " DISPLAY to a running one, " + NO_WINDOW_OPTIONS + ".";
        }
        if (!hasGtk3(env, exists)) {
            return "cannot open the window: the GTK 3 libraries JavaFX needs are not installed. Install them"
                    + " (Debian/Ubuntu: sudo apt-get install libgtk-3-0; Fedora: sudo dnf install gtk3), "
                    + NO_WINDOW_OPTIONS + ".";
        }
        return null;
    }

    static String problem() {
        if (System.getProperty("glass.platform") != null) {
            return null; // Monocle (tests, headless rendering) needs neither
        }
        return problem(System.getProperty("os.name", ""), System.getenv(), Files::exists);
    }

    private static boolean hasGtk3(Map<String, String> env, Predicate<Path> exists) {
        String extra = env.getOrDefault("LD_LIBRARY_PATH", "");
        for (String dir : extra.isBlank() ? LIBRARY_DIRS : concat(extra.split(":"), LIBRARY_DIRS)) {
            if (!dir.isBlank() && exists.test(Path.of(dir, "libgtk-3.so.0"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(String[] first, List<String> then) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(then);
        return all;
    }
}
