package org.chronoscope.load.timex;

import static org.chronoscope.load.timex.Windows.clip;
import static org.chronoscope.load.timex.Windows.isoWeek;
import static org.chronoscope.load.timex.Windows.part;
import static org.chronoscope.load.timex.Windows.unitName;
import static org.chronoscope.load.timex.Windows.week;
import static org.chronoscope.load.timex.Windows.weekend;
import static org.chronoscope.load.timex.Windows.yearMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Supplier;
import org.chronoscope.model.Precision;

/** Resolution of periods: weeks, weekends, months, years, seasons and quarters named relative to a date. */
final class PeriodResolver {
    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    private PeriodResolver() {
    }

    static Resolution period(Hit h, LocalDate anchor, Supplier<Tense> tense,
                                     LocalDate narrative) {
        LocalDate a = !h.narrative ? anchor : h.unit == Hit.DAY ? (narrative != null ? narrative : anchor)
                : h.topic != null ? h.topic : narrative != null ? narrative : anchor;
        String mod = h.mod;
        int shift = "last".equals(mod) ? -1 : "next".equals(mod) ? 1 : 0;
        if (shift == 0 && !h.narrative && h.edge == null && (h.unit == Hit.WEEK || h.unit == Hit.WEEKEND)) {
            shift = thisWeekShift(h.unit, a, tense);
            if (shift != 0) {
                String rule = "relative-" + unitName(h.unit) + "-this";
                return h.unit == Hit.WEEK ? week(a.plusWeeks(shift), rule) : weekend(a.plusWeeks(shift), rule);
            }
        }
        if (shift < 0 && h.unit == Hit.WEEK && !h.narrative && h.edge == null && isWeekend(a)) {
            return lastWeekFromWeekend(a);
        }
        String rule = "relative-" + unitName(h.unit) + "-" + (h.edge != null ? h.edge + "-" : "")
                + (h.narrative ? (shift > 0 ? "following" : shift < 0 ? "previous" : "anaphoric") : mod);
        Resolution r = switch (h.unit) {
            case Hit.DAY -> Windows.day(a, rule, true);
            case Hit.WEEK -> week(a.plusWeeks(shift), rule);
            case Hit.WEEKEND -> weekend(a.plusWeeks(shift), h.narrative ? rule
                    : "relative-weekend" + (shift == 0 ? "-this" : shift > 0 ? "-next" : ""));
            case Hit.MONTH -> {
                LocalDate f = a.plusMonths(shift).withDayOfMonth(1);
                yield new Resolution(yearMonth(f.getYear(), f.getMonthValue()), Precision.MONTH, rule,
                        f, f.with(TemporalAdjusters.lastDayOfMonth()), true);
            }
            case Hit.SEASON -> {
                int y = seasonYearContaining(h.season, a);
                LocalDate[] w = seasonWindow(h.season, y);
                if (shift < 0) {
                    y = w[0].isAfter(a) || !w[1].isBefore(a) ? y - 1 : y;
                } else if (shift > 0) {
                    y = w[0].isAfter(a) ? y : y + 1;
                }
                yield season(h.season, y, rule, true);
            }
            default -> {
                int y = a.getYear() + shift;
                yield new Resolution(Windows.year(y), Precision.YEAR, rule, LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31), true);
            }
        };
        if (h.edge == null) {
            return shift == 0 && !h.narrative ? clip(r, a, tense.get()) : r;
        }
        return switch (h.edge) {
            case "earlier" -> clip(r, a, Tense.PAST);
            case "later" -> clip(r, a, Tense.FUTURE);
            default -> {
                if (h.unit == Hit.SEASON || h.unit == Hit.WEEKEND) {
                    yield r;
                }
                LocalDate[] p = h.unit == Hit.WEEK ? weekPart(r.from(), h.edge) : part(r.from(), r.to(), h.edge);
                yield new Resolution(r.value(), Precision.APPROXIMATE, rule, p[0], p[1], true);
            }
        };
    }

    private static boolean isWeekend(LocalDate a) {
        return a.getDayOfWeek() == DayOfWeek.SATURDAY || a.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * "Last week" in a weekend article: the previous ISO week, or the working days of this week just gone (news of
     * Sunday 30 July calling Wednesday 26 July "last week"). Both readings are honest, so the window runs from the
     * previous week's Monday to the day before the article, approximately; the value stays the previous week.
     */
    static Resolution lastWeekFromWeekend(LocalDate a) {
        LocalDate monday = a.with(DayOfWeek.MONDAY).minusWeeks(1);
        return new Resolution(isoWeek(monday), Precision.APPROXIMATE, LAST_WEEK_AT_WEEKEND, monday, a.minusDays(1),
                true);
    }

    /** The rule of {@link #lastWeekFromWeekend}: its basis says why the window is wider than a week. */
    static final String LAST_WEEK_AT_WEEKEND = "relative-week-last-or-this-weekend-article";

    /**
     * "This week" written on a Sunday, of something not yet past, is the week ahead (the ISO week ends that day);
     * "this weekend" told in the past tense before Saturday is the weekend just gone.
     */
    private static int thisWeekShift(char unit, LocalDate a, Supplier<Tense> tense) {
        DayOfWeek d = a.getDayOfWeek();
        if (unit == Hit.WEEK && d == DayOfWeek.SUNDAY) {
            return tense.get() == Tense.PAST ? 0 : 1;
        }
        if (unit == Hit.WEEKEND && d.getValue() < DayOfWeek.SATURDAY.getValue()) {
            return tense.get() == Tense.PAST ? -1 : 0;
        }
        return 0;
    }

    static Resolution quarter(Hit h, LocalDate a) {
        int y = h.year;
        int q = h.quantity;
        String rule = "absolute-quarter";
        if (y == 0) {
            y = a.getYear() + ("next".equals(h.mod) ? 1 : "last".equals(h.mod) ? -1 : 0);
            rule = "relative-quarter";
            if ("previous".equals(h.mod)) {
                LocalDate prev = a.minusMonths(3);
                y = prev.getYear();
                q = (prev.getMonthValue() - 1) / 3 + 1;
            }
        }
        LocalDate f = LocalDate.of(y, 3 * q - 2, 1);
        return new Resolution(Windows.year(y) + "-Q" + q, Precision.QUARTER, rule, f, f.plusMonths(3).minusDays(1), a != null);
    }

    static Resolution relativeSeason(Hit h, LocalDate a, Tense t) {
        int y = seasonYearContaining(h.season, a);
        LocalDate[] w = seasonWindow(h.season, y);
        if (t == Tense.FUTURE) {
            if (w[1].isBefore(a)) {
                y++;
            }
            return clip(season(h.season, y, "relative-season-future", true), a, t);
        }
        if (w[0].isAfter(a)) {
            y--;
        }
        return clip(season(h.season, y, "relative-season-past", true), a, Tense.PAST);
    }

    /** The year whose season {@code s} is nearest to holding {@code a} (winter 2025 = Dec 2025 to Feb 2026). */
    static int seasonYearContaining(int s, LocalDate a) {
        return s == 3 && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear();
    }

    static LocalDate[] seasonWindow(int s, int y) {
        LocalDate f = LocalDate.of(y, 3 + 3 * s, 1);
        return new LocalDate[] {f, f.plusMonths(3).minusDays(1)};
    }

    static Resolution season(int s, int y, String rule, boolean relative) {
        LocalDate[] w = seasonWindow(s, y);
        return new Resolution(Windows.year(y) + "-" + SEASONS[s], Precision.SEASON, rule, w[0], w[1], relative);
    }

    static Resolution periodEdge(Hit h, LocalDate a, Supplier<Tense> tense) {
        LocalDate f, l;
        String value;
        switch (h.unit) {
            case Hit.WEEK -> {
                f = a.plusWeeks(h.quantity).with(DayOfWeek.MONDAY);
                l = f.plusDays(6);
                value = isoWeek(f);
            }
            case Hit.MONTH -> {
                f = a.plusMonths(h.quantity).withDayOfMonth(1);
                l = f.with(TemporalAdjusters.lastDayOfMonth());
                value = yearMonth(f.getYear(), f.getMonthValue());
            }
            default -> {
                int y = a.getYear() + h.quantity;
                f = LocalDate.of(y, 1, 1);
                l = LocalDate.of(y, 12, 31);
                value = Windows.year(y);
            }
        }
        String rule = "relative-" + unitName(h.unit) + "-" + h.mod;
        if ("deadline".equals(h.mod)) {
            LocalDate from = a.isAfter(f) && !a.isAfter(l) ? a : f;
            return new Resolution(value, Precision.APPROXIMATE, rule, from, l, true);
        }
        LocalDate[] p = h.unit == Hit.WEEK ? weekPart(f, h.mod) : part(f, l, h.mod);
        return new Resolution(value, Precision.APPROXIMATE, rule, p[0], p[1], true);
    }

    static LocalDate[] weekPart(LocalDate monday, String mod) {
        return switch (mod) {
            case "early" -> new LocalDate[] {monday, monday.plusDays(2)};
            case "mid" -> new LocalDate[] {monday.plusDays(2), monday.plusDays(4)};
            default -> new LocalDate[] {monday.plusDays(4), monday.plusDays(6)};
        };
    }
}
