package org.chronoscope.view.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits a quote into plain runs and highlighted runs: the dating words and the actors' names. Toolkit-free.
 */
public final class QuoteMarkup {

    public enum Kind { PLAIN, DATE, ACTOR }

    /** A run of the quote: [start, end) and what it is. */
    public record Run(int start, int end, Kind kind) {
    }

    /** Quotation marks a passage may open with: it then carries its own, and the card adds none. */
    private static final String OPENING_MARKS = "\"“„«‘'‚‹「";

    private QuoteMarkup() {
    }

    /**
     * The marks a passage card puts around the quote: “ and ”, or none when the passage itself opens with a
     * quotation mark ("For any plan to work," he said), which would otherwise read as two opening marks.
     */
    public static String[] enclosingMarks(String quote) {
        String q = quote.stripLeading();
        boolean ownMarks = !q.isEmpty() && OPENING_MARKS.indexOf(q.charAt(0)) >= 0;
        return ownMarks ? new String[] {"", ""} : new String[] {"“", "”"};
    }

    /**
     * @param quote      the passage's text
     * @param dateWords  expressions that date the event ("last weekend"); matched case-insensitively
     * @param actorNames names and aliases of the event's actors; whole words, case-insensitively
     */
    public static List<Run> runs(String quote, List<String> dateWords, List<String> actorNames) {
        List<Run> marks = new ArrayList<>();
        String lower = quote.toLowerCase(Locale.ROOT);
        find(lower, dateWords, Kind.DATE, marks);
        find(lower, actorNames, Kind.ACTOR, marks);
        marks.sort(Comparator.comparingInt(Run::start).thenComparing(r -> -(r.end() - r.start())));
        List<Run> out = new ArrayList<>();
        int pos = 0;
        for (Run m : marks) {
            if (m.start() < pos) {
                continue;
            }
            if (m.start() > pos) {
                out.add(new Run(pos, m.start(), Kind.PLAIN));
            }
            out.add(m);
            pos = m.end();
        }
        if (pos < quote.length()) {
            out.add(new Run(pos, quote.length(), Kind.PLAIN));
        }
        return out;
    }

    private static void find(String lower, List<String> words, Kind kind, List<Run> out) {
        for (String w : words) {
            if (w == null || w.isBlank() || w.length() < 2) {
                continue;
            }
            String needle = w.toLowerCase(Locale.ROOT);
            int from = 0;
            int i;
            while ((i = lower.indexOf(needle, from)) >= 0) {
                int end = i + needle.length();
                if (isBoundary(lower, i - 1) && isBoundary(lower, end)) {
                    out.add(new Run(i, end, kind));
                }
                from = end;
            }
        }
    }

    private static boolean isBoundary(String s, int i) {
        return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
    }
}
