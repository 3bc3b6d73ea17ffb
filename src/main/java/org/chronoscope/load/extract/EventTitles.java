package org.chronoscope.load.extract;

import java.util.regex.Pattern;

/** A short title from a sentence's main clause: leading adverbials and trailing subordinate clauses cut off. */
final class EventTitles {
    private static final int MAX = 90;
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:on|in|at|by|since|from|after|before|during|over|earlier|later|yesterday|today|meanwhile|"
                    + "however|in addition|at the same time|for example|according to [^,]{1,60}|"
                    + "in other developments|separate reports)\\b[^,]{0,60},\\s*)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBEDDED = Pattern.compile(",\\s*(?:who|which|where)\\b[^,]{1,80},\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(
            ",\\s*(?:which|who|where|while|although|though|but|as|according|after|before|following|"
                    + "leaving|receiving|indicating|saying)\\b.*$|\\s+[-–—]\\s+.*$|;.*$|:\\s.*$",
            Pattern.CASE_INSENSITIVE);

    private EventTitles() {
    }

    static String of(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ");
        String core = LEADING.matcher(s).replaceFirst("");
        core = EMBEDDED.matcher(core).replaceAll(" ");
        core = TRAILING.matcher(core).replaceFirst("");
        if (core.length() < 12) {
            core = s;
        }
        core = core.replaceAll("[.!?\"”’']+$", "").strip();
        if (core.length() > MAX) {
            int cut = core.lastIndexOf(' ', MAX - 1);
            core = core.substring(0, cut > 40 ? cut : MAX - 1) + "…";
        }
        return core.isEmpty() ? s : Character.toUpperCase(core.charAt(0)) + core.substring(1);
    }
}
