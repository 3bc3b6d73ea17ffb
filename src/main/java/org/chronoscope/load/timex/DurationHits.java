package org.chronoscope.load.timex;

import java.util.Set;
import java.util.regex.Matcher;
import org.chronoscope.load.timex.Hit.Kind;

/** Reads durations ("for a month", "the past week", "decades of") from a pattern match, or rejects them. */
final class DurationHits {
    /** Words before a count that make it a frequency ("twice a day"), not a duration. */
    private static final Set<String> NOT_AFTER_COUNT = Set.of("once", "twice", "times", "per");
    /** Prepositions that make an unquantified "weeks", "years" a duration. */
    private static final Set<String> SPAN_PREPS = Set.of("for", "over", "in", "after", "within", "during");

    private DurationHits() {
    }

    static Hit duration(Matcher m, String text, int s, int e, String prep, int prevWordStart) {
        String fl = HitReader.normalise(m.group("fl"));
        String q = HitReader.normalise(m.group("q"));
        String prev = prevWordStart >= 0 ? HitReader.word(text, prevWordStart) : null;
        if (prev != null && NOT_AFTER_COUNT.contains(prev)) {
            return null;
        }
        boolean article = q.equals("a") || q.equals("an");
        char unit = unit(HitReader.normalise(m.group("u")));
        if (unit == Hit.SECOND && (article || prep == null && fl == null && !Character.isDigit(q.charAt(0)))) {
            return null; // "a second night", "for a second time", "the second round": an ordinal
        }
        if (article && fl == null && (prep == null || !HitReader.TIME_PREPS.contains(prep) || "of".equals(prep))
                && m.group().indexOf('-') < 0) {
            return null; // "a day" in "twice a day", "a year of war" without a preposition
        }
        Hit h = new Hit(Kind.DURATION, s, e);
        h.quantity = Lexicon.quantity(q);
        h.half = m.group("half") != null;
        h.unit = unit;
        if ("last".equals(fl) || "past".equals(fl)) {
            h.mod = "past";
        } else if ("next".equals(fl) || "coming".equals(fl)) {
            h.mod = "next";
        } else if (fl == null && "in".equals(prep) && !m.group().contains("-") && !afterSuperlative(text, s)) {
            h.mod = "in"; // "in two weeks": a date after the anchor; "its strongest in a decade" is a span
        }
        return h;
    }

    static Hit vagueDuration(Matcher m, String text, int s, int e, String prep) {
        if (m.group("lt") != null) { // "for a long time": years, in news usage
            if (!"for".equals(prep)) {
                return null;
            }
            Hit h = new Hit(Kind.VAGUE_DURATION, s, e);
            h.unit = Hit.YEAR;
            return h;
        }
        boolean quantified = m.group("q") != null;
        boolean preposition = prep != null && SPAN_PREPS.contains(prep);
        boolean of = text.startsWith(" of ", e);
        if (!quantified && !preposition && !of) {
            return null;
        }
        Hit h = new Hit(Kind.VAGUE_DURATION, s, e);
        h.unit = unit(HitReader.normalise(m.group("u")));
        return h;
    }

    /** Superlatives ending in -est that are not ("interest", "protest"…), and those that do not end so. */
    private static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "protest", "request", "suggest", "forest",
            "modest", "honest", "arrest", "contest", "harvest", "invest", "digest", "manifest", "conquest", "guest",
            "quest", "rest", "west", "test", "nest", "vest", "chest", "pest", "best", "unrest", "latest");
    private static final Set<String> SUPERLATIVE = Set.of("most", "least", "first", "worst", "best", "only", "last");

    /** A superlative among the six words before the preposition: "Turkey's strongest [quake] in a decade". */
    static boolean afterSuperlative(String text, int formStart) {
        int i = formStart - 1;
        int words = 0;
        while (i > 0 && words < 8) {
            while (i > 0 && !Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '.' || c == ';' || c == '!' || c == '?' || c == '\n') {
                    return false;
                }
                i--;
            }
            int e = i + 1;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            String w = text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
            if (SUPERLATIVE.contains(w) || w.length() > 4 && w.endsWith("est") && !NOT_SUPERLATIVE.contains(w)) {
                return true;
            }
            words++;
            i--;
        }
        return false;
    }

    static char unit(String u) {
        if (u.startsWith("second")) {
            return Hit.SECOND;
        } else if (u.startsWith("hour")) {
            return Hit.HOUR;
        } else if (u.startsWith("minute")) {
            return Hit.MINUTE;
        } else if (u.startsWith("day")) {
            return Hit.DAY;
        } else if (u.startsWith("week")) {
            return Hit.WEEK;
        } else if (u.startsWith("month")) {
            return Hit.MONTH;
        } else if (u.startsWith("decade")) {
            return Hit.DECADE;
        }
        return Hit.YEAR;
    }
}
