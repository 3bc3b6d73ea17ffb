package org.chronoscope.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in words, the one place they are formatted: an event's date as the window, the export and the other formats
 * write it, and single days ("Fri 28 Nov 2025", "28 Nov 2025").
 */
public final class DateWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    private DateWords() {
    }

    /** "Sun 23 Nov 2025", "17–19 Nov 2025", "November 2025", "weekend of 22–23 Nov 2025", "≈ …", "undated". */
    public static String date(EventDate d) {
        if (!d.isResolved()) {
            return "undated";
        }
        LocalDate s = d.start();
        LocalDate e = d.last();
        String text = switch (d.precision()) {
            case YEAR -> String.valueOf(s.getYear());
            case MONTH -> s.getMonth() == e.getMonth() && s.getYear() == e.getYear() ? MONTH.format(s)
                    : range(s, e);
            case QUARTER, SEASON -> range(s, e);
            case WEEKEND -> "weekend of " + range(s, e);
            case WEEK -> "week of " + range(s, e);
            default -> d.isRange() ? range(s, e) : DAY.format(s);
        };
        return d.isApproximate() ? "≈ " + text : text;
    }

    /** "17–19 Nov 2025", "28 Oct – 4 Nov 2025", "Wed 31 Dec 2025 – Thu 1 Jan 2026". */
    public static String range(LocalDate s, LocalDate e) {
        if (s.getYear() != e.getYear()) {
            return DAY.format(s) + " – " + DAY.format(e);
        }
        if (s.getMonth() == e.getMonth()) {
            return s.getDayOfMonth() + "–" + e.getDayOfMonth() + " " + MONTH_SHORT.format(e);
        }
        return DAY_MONTH.format(s) + " – " + DAY_MONTH.format(e) + " " + e.getYear();
    }

    /** "Fri 28 Nov 2025"; "unknown date" for null. */
    public static String day(LocalDate d) {
        return d == null ? "unknown date" : DAY.format(d);
    }

    /**
     * An article's date as explanations write it, with how it was found when that is weaker than the article's
     * own metadata: "Mon 24 Oct 2011 (date in the article's address)".
     */
    public static String articleDay(Article a) {
        PublicationDate p = a.meta().published();
        return p.source().isInferred() ? day(p.date()) + " (" + p.source().label() + ")" : day(p.date());
    }

    /** "Fri 28 Nov 2025", or "Fri 28 Nov 2025 – Sun 30 Nov 2025" for two different days. */
    public static String days(LocalDate from, LocalDate to) {
        return from.equals(to) ? day(from) : day(from) + " – " + day(to);
    }

    /** Reads what {@link #dayMonthYear} writes ("3 Nov 2025"). */
    public static LocalDate parseDayMonthYear(String text) {
        return LocalDate.parse(text.strip(), DAY_MONTH_YEAR);
    }

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /** "3 Nov 2025". */
    public static String dayMonthYear(LocalDate d) {
        return DAY_MONTH.format(d) + " " + d.getYear();
    }
}
