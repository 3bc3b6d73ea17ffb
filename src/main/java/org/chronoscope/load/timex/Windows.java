package org.chronoscope.load.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.chronoscope.model.Precision;

/** Windows of days and their TIMEX3 values: a day, an ISO week, a weekend, parts of a month or year. */
final class Windows {
    private Windows() {
    }

    /** Early = first ten days, mid = next ten, late/end = the rest of a month; thirds of a year. */
    static LocalDate[] part(LocalDate first, LocalDate last, String mod) {
        boolean year = first.getMonthValue() == 1 && last.getMonthValue() == 12;
        if (year) {
            return switch (mod) {
                case "early" -> new LocalDate[] {first, first.withMonth(4).withDayOfMonth(30)};
                case "mid" -> new LocalDate[] {first.withMonth(5), first.withMonth(8).withDayOfMonth(31)};
                case "end" -> new LocalDate[] {first.withMonth(12), last};
                default -> new LocalDate[] {first.withMonth(9), last};
            };
        }
        return switch (mod) {
            case "early" -> new LocalDate[] {first, first.withDayOfMonth(10)};
            case "mid" -> new LocalDate[] {first.withDayOfMonth(11), first.withDayOfMonth(20)};
            default -> new LocalDate[] {first.withDayOfMonth(21), last};
        };
    }

    static Resolution clip(Resolution r, LocalDate a, Tense t) {
        if (r.from() == null || a.isBefore(r.from()) || a.isAfter(r.to())) {
            return r;
        }
        if (t == Tense.FUTURE) {
            return new Resolution(r.value(), r.precision(), r.rule(), a, r.to(), r.relative());
        }
        return new Resolution(r.value(), r.precision(), r.rule(), r.from(), a, r.relative());
    }

    /** A range of days from the first day of {@code first} to {@code last}: "2019-01-07/2019-01-08". */
    static Resolution range(Resolution first, LocalDate last) {
        if (!last.isAfter(first.from())) {
            return first;
        }
        return new Resolution(first.from() + "/" + last, Precision.DAY, first.rule(), first.from(), last,
                first.relative());
    }

    /**
     * A day checked against the weekday written after it in brackets: the same day when they agree, else the day
     * with that weekday nearest to it ("tomorrow (Friday)" read on a Saturday is the Friday before).
     */
    static Resolution confirmWeekday(Resolution r, int weekday) {
        int shift = weekday - r.from().getDayOfWeek().getValue();
        if (shift == 0) {
            return r;
        }
        shift = shift > 3 ? shift - 7 : shift < -3 ? shift + 7 : shift;
        return day(r.from().plusDays(shift), r.rule() + "+weekday", r.relative());
    }

    static Resolution day(LocalDate d, String rule, boolean relative) {
        return new Resolution(d.toString(), Precision.DAY, rule, d, d, relative);
    }

    static Resolution week(LocalDate inWeek, String rule) {
        LocalDate monday = inWeek.with(DayOfWeek.MONDAY);
        return new Resolution(isoWeek(monday), Precision.WEEK, rule, monday, monday.plusDays(6), true);
    }

    static Resolution weekend(LocalDate inWeek, String rule) {
        LocalDate saturday = inWeek.with(DayOfWeek.SATURDAY);
        return new Resolution(isoWeek(saturday) + "-WE", Precision.WEEKEND, rule, saturday, saturday.plusDays(1), true);
    }

    static String isoWeek(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + (w < 10 ? "-W0" : "-W") + w;
    }

    static String yearMonth(int y, int m) {
        return year(y) + (m < 10 ? "-0" : "-") + m;
    }

    /**
     * A year as TIMEX3 and ISO 8601 write it: four digits (0999, 0001), and beyond 0000–9999 a sign and at least
     * four digits (+10000, -0001), as {@link LocalDate#toString()} writes a day's year.
     */
    static String year(int y) {
        if (y >= 0 && y <= 9999) {
            return fourDigits(y);
        }
        return (y < 0 ? "-" : "+") + fourDigits(Math.abs((long) y));
    }

    /** At least four ASCII digits, zeros in front (no formatter: this runs for every date expression). */
    private static String fourDigits(long n) {
        String digits = Long.toString(n);
        return digits.length() >= 4 ? digits : "0000".substring(digits.length()) + digits;
    }

    static LocalDate safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
    }

    static String unitName(char unit) {
        return switch (unit) {
            case Hit.WEEK -> "week";
            case Hit.WEEKEND -> "weekend";
            case Hit.MONTH -> "month";
            case Hit.SEASON -> "season";
            case Hit.DAY -> "day";
            default -> "year";
        };
    }
}
