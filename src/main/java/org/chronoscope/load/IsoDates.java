package org.chronoscope.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Dates as files write them, {@code YYYY-MM-DD}, checked where they enter: years 1 to 9999, so that every later
 * step (a week, a season, a window of days, a TIMEX value) can count with them.
 */
final class IsoDates {
    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    /** What a message says a date must be. */
    static final String FORM = "a date YYYY-MM-DD from 0001-01-01 to 9999-12-31";
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    /** The date, or null when s is not a real day in YYYY-MM-DD with a year from 1 to 9999. */
    static LocalDate parse(String s) {
        String t = s == null ? "" : s.strip();
        if (!SHAPE.matcher(t).matches()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
            return d.isBefore(FIRST) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits t[from, to). */
    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }
}
