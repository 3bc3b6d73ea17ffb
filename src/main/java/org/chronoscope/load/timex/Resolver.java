package org.chronoscope.load.timex;

import static org.chronoscope.load.timex.Windows.clip;
import static org.chronoscope.load.timex.Windows.day;
import static org.chronoscope.load.timex.Windows.part;
import static org.chronoscope.load.timex.Windows.safeDate;
import static org.chronoscope.load.timex.Windows.unitName;
import static org.chronoscope.load.timex.Windows.week;
import static org.chronoscope.load.timex.Windows.yearMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.chronoscope.model.Precision;

/**
 * Resolves a {@link Hit} against an anchor date. Windows are inclusive days; a relative window that holds
 * the anchor is cut at it by tense (past events end on the anchor, future ones start there).
 */
final class Resolver {
    private static final Set<String> DEADLINE_PREPS = Set.of("by", "before", "until", "till");

    private Resolver() {
    }

    /**
     * @param anchor    the date to resolve against, null when undated
     * @param tense     of the clause; asked for only by forms that need it
     * @param narrative the last day the text spoke of, for "the previous day"
     */
    static Resolution resolve(Hit h, LocalDate anchor, java.util.function.Supplier<Tense> clause, LocalDate narrative) {
        Resolution r = resolveForm(h, anchor, clause, narrative);
        if (r.from() == null || r.precision() != Precision.DAY) {
            return r;
        }
        if (h.confirm != 0) {
            return Windows.confirmWeekday(r, h.confirm);
        }
        if (h.endDay != 0 || h.endWeekday != 0) {
            return Windows.range(r, lastDay(h, r.from()));
        }
        return r;
    }

    /** The last day of a range whose first day is {@code first}. */
    private static LocalDate lastDay(Hit h, LocalDate first) {
        if (h.endWeekday != 0) {
            return first.plusDays((h.endWeekday - h.weekday + 7) % 7);
        }
        int y = first.getYear() + (h.endMonth < first.getMonthValue() ? 1 : 0);
        return safeDate(y, h.endMonth, h.endDay);
    }

    private static Resolution resolveForm(Hit h, LocalDate anchor, java.util.function.Supplier<Tense> clause,
                                          LocalDate narrative) {
        // "since the summer" looks back whatever the verb; "until Friday" looks ahead
        java.util.function.Supplier<Tense> tense = "since".equals(h.prep) ? () -> Tense.PAST
                : "until".equals(h.prep) || "till".equals(h.prep) ? () -> Tense.FUTURE : clause;
        if (h.narrative && h.topic != null && h.kind == Hit.Kind.MONTH) { // "in July of that year"
            return monthWindow(h, h.topic.getYear(), h.mod, null, "relative-month-anaphoric", true);
        }
        if (anchor == null && h.narrative && h.topic != null && h.kind == Hit.Kind.PERIOD) {
            return PeriodResolver.period(h, h.topic, tense, narrative); // "later that year" after "In 2023"
        }
        return switch (h.kind) {
            case FULL_DATE -> day(LocalDate.of(h.year, h.month, h.day), "absolute-day", false);
            case QUARTER -> h.year != 0 ? PeriodResolver.quarter(h, null) : anchor == null
                    ? unresolved("relative-quarter", Precision.QUARTER) : PeriodResolver.quarter(h, anchor);
            case MONTH_YEAR -> monthWindow(h, h.year, h.mod, null, "absolute-month", false);
            case YEAR -> year(h);
            case DECADE -> new Resolution(String.valueOf(h.year / 10), Precision.APPROXIMATE, "absolute-decade",
                    LocalDate.of(h.year, 1, 1), LocalDate.of(h.year + 9, 12, 31), false);
            case SEASON -> h.year != 0 ? PeriodResolver.season(h.season, h.year, "absolute-season", false)
                    : anchor == null ? unresolved("relative-season", Precision.SEASON) : PeriodResolver.relativeSeason(h, anchor, tense.get());
            case DURATION -> duration(h, anchor);
            case VAGUE_DURATION -> new Resolution("PX" + unitCode(h.unit), Precision.APPROXIMATE, "duration-vague",
                    null, null, false);
            case REF -> new Resolution("future".equals(h.mod) ? "FUTURE_REF" : "PAST_REF", Precision.APPROXIMATE,
                    "future".equals(h.mod) ? "future-ref" : "past-ref", null, null, false);
            case PRESENT -> new Resolution("PRESENT_REF", Precision.APPROXIMATE, "present-ref", null, null, false);
            case CENTURY -> new Resolution(String.valueOf(h.year - 1), Precision.APPROXIMATE, "absolute-century",
                    LocalDate.of((h.year - 1) * 100, 1, 1), LocalDate.of((h.year - 1) * 100 + 99, 12, 31), false);
            case VAGUE -> anchor == null ? vagueUndated(h) : vague(h, anchor);
            case AGO -> anchor != null ? ago(h, anchor) : h.quantity > 0 && h.unit != Hit.DECADE
                    ? unresolved("ago", precisionOf(h)) : new Resolution("PAST_REF", Precision.APPROXIMATE, "ago-vague",
                    null, null, false);
            default -> anchor == null ? unresolved(relativeRule(h), precisionOf(h)) : relative(h, anchor, tense, narrative);
        };
    }

    private static Resolution relative(Hit h, LocalDate a, java.util.function.Supplier<Tense> tense, LocalDate narrative) {
        return switch (h.kind) {
            case MONTH_DAY -> h.month == 0 ? dayOfMonth(h, a, narrative, tense.get()) : monthDay(h, a, tense.get());
            case MONTH -> month(h, a, tense);
            case WEEKDAY -> weekday(h, a, tense);
            case DAY_OFFSET -> day(a.plusDays(h.quantity), "relative-day", true);
            case NARRATIVE_DAY -> day((narrative != null ? narrative : a).plusDays(h.quantity), "relative-day-narrative", true);
            case NARRATIVE_SHIFT -> narrativeShift(h, narrative != null ? narrative : a);
            case PERIOD -> PeriodResolver.period(h, a, tense, narrative);
            case QUARTER -> PeriodResolver.quarter(h, a);
            case PERIOD_EDGE -> PeriodResolver.periodEdge(h, a, tense);
            default -> throw new IllegalStateException(h.kind.name());
        };
    }

    /** "on the 25th": in the month of the day last named, else the nearest by tense. */
    private static Resolution dayOfMonth(Hit h, LocalDate a, LocalDate narrative, Tense tense) {
        if (narrative != null) {
            LocalDate d = safeDate(narrative.getYear(), narrative.getMonthValue(), h.day);
            return day(d.isBefore(narrative) ? safeDate(d.plusMonths(1).getYear(), d.plusMonths(1).getMonthValue(),
                    h.day) : d, "day-of-month-narrative", true);
        }
        LocalDate d = safeDate(a.getYear(), a.getMonthValue(), h.day);
        if (tense == Tense.FUTURE || towardsFuture(h)) {
            LocalDate next = a.plusMonths(1);
            return day(d.isBefore(a) ? safeDate(next.getYear(), next.getMonthValue(), h.day) : d,
                    "day-of-month-future", true);
        }
        LocalDate prev = a.minusMonths(1);
        return day(d.isAfter(a) ? safeDate(prev.getYear(), prev.getMonthValue(), h.day) : d, "day-of-month-past", true);
    }

    private static Resolution monthDay(Hit h, LocalDate a, Tense tense) {
        int y = a.getYear();
        LocalDate d = safeDate(y, h.month, h.day);
        String rule;
        if (h.weekday != 0) { // "Friday, November 28": the year whose date falls on that weekday, nearest first
            for (int k : new int[] {0, -1, 1, -2, 2}) {
                LocalDate c = safeDate(y + k, h.month, h.day);
                if (c.getDayOfWeek().getValue() == h.weekday) {
                    return day(c, "month-day-weekday", true);
                }
            }
        }
        if ((tense == Tense.FUTURE || towardsFuture(h)) && !(d.isBefore(a) && d.plusDays(31).isAfter(a))) {
            rule = "month-day-future"; // a day of the last month is still that day, not one eleven months on
            if (d.isBefore(a)) {
                d = safeDate(y + 1, h.month, h.day);
            }
        } else if (tense == Tense.NONE) { // no verb to go by: the nearest such day
            rule = "month-day-nearest";
            LocalDate before = d.isAfter(a) ? safeDate(y - 1, h.month, h.day) : d;
            LocalDate after = d.isBefore(a) ? safeDate(y + 1, h.month, h.day) : d;
            d = a.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - a.toEpochDay() ? before : after;
        } else {
            rule = "month-day-past";
            if (d.isAfter(a)) {
                d = safeDate(y - 1, h.month, h.day);
            }
        }
        return day(d, rule, true);
    }

    private static Resolution month(Hit h, LocalDate a, java.util.function.Supplier<Tense> tense) {
        int am = a.getMonthValue();
        int y = a.getYear();
        String mod = h.mod;
        String rule;
        Tense t = null;
        if ("last".equals(mod)) {
            rule = "relative-month-last";
            if (h.month >= am) {
                y--;
            }
            mod = null;
        } else if ("next".equals(mod)) {
            rule = "relative-month-next";
            if (h.month <= am) {
                y++;
            }
            mod = null;
        } else if ("this".equals(mod)) {
            rule = "relative-month-this";
            mod = null;
        } else {
            t = tense.get();
            if (t == Tense.FUTURE || towardsFuture(h)) {
                t = Tense.FUTURE;
                rule = "relative-month-future";
                if (h.month < am) {
                    y++;
                }
            } else if (t == Tense.NONE) { // no verb to go by: the nearest such month, the past one on a tie
                rule = "relative-month-nearest";
                int diff = h.month - am;
                y += diff > 6 ? -1 : diff < -6 ? 1 : 0;
            } else {
                rule = "relative-month-past";
                if (h.month > am) {
                    y--;
                }
            }
        }
        Resolution r = monthWindow(h, y, mod, a, rule, true);
        return t == null ? r : clip(r, a, deadline(h) ? Tense.FUTURE : t);
    }

    private static Resolution monthWindow(Hit h, int y, String mod, LocalDate a, String rule, boolean relative) {
        LocalDate first = LocalDate.of(y, h.month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        String value = yearMonth(y, h.month);
        if (mod == null) {
            return new Resolution(value, Precision.MONTH, rule, first, last, relative);
        }
        if (deadline(h) && a != null && !a.isBefore(first) && !a.isAfter(last)) {
            return new Resolution(value, Precision.APPROXIMATE, rule + "-" + "deadline", a, last, relative);
        }
        LocalDate[] part = part(first, last, mod);
        return new Resolution(value, Precision.APPROXIMATE, rule + "-" + mod, part[0], part[1], relative);
    }

    private static Resolution year(Hit h) {
        String rule = h.prep == null ? "absolute-year" : switch (h.prep) {
            case "since" -> "year-since";
            case "before" -> "year-before";
            case "from" -> "year-from";
            case "after" -> "year-after";
            case "until", "till", "by" -> "year-until";
            default -> "absolute-year";
        };
        LocalDate first = LocalDate.of(h.year, 1, 1);
        LocalDate last = LocalDate.of(h.year, 12, 31);
        if (h.mod == null) {
            return new Resolution(Windows.year(h.year), Precision.YEAR, rule, first, last, false);
        }
        LocalDate[] part = part(first, last, h.mod);
        return new Resolution(Windows.year(h.year), Precision.APPROXIMATE, rule + "-" + h.mod, part[0], part[1], false);
    }

    private static Resolution weekday(Hit h, LocalDate a, java.util.function.Supplier<Tense> tense) {
        DayOfWeek wd = DayOfWeek.of(h.weekday);
        String mod = h.mod;
        LocalDate d;
        String rule;
        if ("last".equals(mod)) {
            d = a.with(TemporalAdjusters.previous(wd));
            rule = "relative-weekday-last";
        } else if ("next".equals(mod)) {
            d = a.plusWeeks(1).with(DayOfWeek.MONDAY).plusDays(h.weekday - 1L); // in the week after: the
            rule = "relative-weekday-next"; // nearer one is "this Thursday" or "on Thursday"
        } else if ("this".equals(mod)) {
            d = a.with(DayOfWeek.MONDAY).plusDays(h.weekday - 1L);
            rule = "relative-weekday-this";
        } else if ("deadline".equals(mod) || tense.get() == Tense.FUTURE) {
            d = a.with(TemporalAdjusters.nextOrSame(wd));
            rule = "relative-weekday-future";
        } else {
            d = a.with(TemporalAdjusters.previousOrSame(wd));
            rule = "relative-weekday-past";
        }
        return day(d, rule, true);
    }

    /** "two weeks later", "a year earlier": counted from the last day the text spoke of. */
    private static Resolution narrativeShift(Hit h, LocalDate base) {
        int q = h.quantity;
        String rule = "relative-shift-narrative";
        return switch (h.unit) {
            case Hit.HOUR -> day(base.plusDays(Math.round(q / 24.0)), rule, true); // "24 hours earlier"
            case Hit.DAY -> day(base.plusDays(q), rule, true);
            case Hit.WEEK -> week(base.plusWeeks(q), rule);
            case Hit.MONTH -> {
                LocalDate f = base.plusMonths(q).withDayOfMonth(1);
                yield new Resolution(yearMonth(f.getYear(), f.getMonthValue()), Precision.MONTH, rule, f,
                        f.with(TemporalAdjusters.lastDayOfMonth()), true);
            }
            default -> {
                int y = base.getYear() + q;
                yield new Resolution(Windows.year(y), Precision.YEAR, rule, LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31), true);
            }
        };
    }

    private static Resolution ago(Hit h, LocalDate a) {
        int q = h.quantity;
        if (q > 0) {
            return switch (h.unit) {
                case Hit.DAY -> day(a.minusDays(q), "ago-exact", true);
                case Hit.WEEK -> week(a.minusWeeks(q), "ago-exact");
                case Hit.MONTH -> {
                    LocalDate f = a.minusMonths(q).withDayOfMonth(1);
                    yield new Resolution(yearMonth(f.getYear(), f.getMonthValue()), Precision.MONTH,
                            "ago-exact", f, f.with(TemporalAdjusters.lastDayOfMonth()), true);
                }
                case Hit.DECADE -> new Resolution("PAST_REF", Precision.APPROXIMATE, "ago-vague", null, null, true);
                default -> {
                    int y = a.getYear() - q;
                    yield new Resolution(Windows.year(y), Precision.YEAR, "ago-exact", LocalDate.of(y, 1, 1),
                            LocalDate.of(y, 12, 31), true);
                }
            };
        }
        boolean couple = h.mod != null && h.mod.contains("couple");
        LocalDate from = null, to = null;
        if (h.unit == Hit.DAY && !"many".equals(h.mod)) {
            from = a.minusDays(couple ? 3 : 6);
            to = a.minusDays(1);
        } else if (h.unit == Hit.WEEK && !"many".equals(h.mod)) {
            from = a.minusDays(couple ? 21 : 42);
            to = a.minusDays(10);
        }
        return new Resolution("PAST_REF", Precision.APPROXIMATE, "ago-vague", from, to, true);
    }

    /** "in the coming days" in an undated article: still a vague future, with no window. */
    private static Resolution vagueUndated(Hit h) {
        boolean future = "future".equals(h.mod);
        return new Resolution(future ? "FUTURE_REF" : "PAST_REF", Precision.APPROXIMATE,
                future ? "vague-future" : "vague-past", null, null, false);
    }

    private static Resolution vague(Hit h, LocalDate a) {
        boolean future = "future".equals(h.mod);
        LocalDate from = null, to = null;
        if (h.unit == Hit.DAY) {
            from = future ? a.plusDays(1) : a.minusDays(7);
            to = future ? a.plusDays(10) : a;
        } else if (h.unit == Hit.WEEK) {
            from = future ? a.plusDays(1) : a.minusDays(42);
            to = future ? a.plusDays(42) : a;
        }
        return new Resolution(future ? "FUTURE_REF" : "PAST_REF", Precision.APPROXIMATE,
                future ? "vague-future" : "vague-past", from, to, from != null);
    }

    private static Resolution duration(Hit h, LocalDate a) {
        int q = Math.max(1, h.quantity);
        String amount = q + (h.half ? ".5" : "");
        if (h.unit == Hit.HOUR || h.unit == Hit.MINUTE || h.unit == Hit.SECOND) { // "for three hours", "25 seconds"
            String value = "PT" + amount + (h.unit == Hit.HOUR ? "H" : h.unit == Hit.MINUTE ? "M" : "S");
            if ("past".equals(h.mod) && a != null) {
                long days = h.unit == Hit.HOUR ? (q + 23) / 24 : 1;
                return new Resolution(value, Precision.APPROXIMATE, "duration-past", a.minusDays(days), a, true);
            }
            return new Resolution(value, Precision.DAY, "duration", null, null, false);
        }
        String value = h.unit == Hit.DECADE ? "P" + amount + "DE" : "P" + amount + unitCode(h.unit);
        Precision p = switch (h.unit) {
            case Hit.DAY -> Precision.DAY;
            case Hit.WEEK -> Precision.WEEK;
            case Hit.MONTH -> Precision.MONTH;
            default -> Precision.YEAR;
        };
        if (a == null || h.mod == null || h.half) {
            return new Resolution(value, p, "duration", null, null, false);
        }
        LocalDate shifted = switch (h.unit) {
            case Hit.DAY -> a.plusDays(q);
            case Hit.WEEK -> a.plusWeeks(q);
            case Hit.MONTH -> a.plusMonths(q);
            case Hit.DECADE -> a.plusYears(10L * q);
            default -> a.plusYears(q);
        };
        return switch (h.mod) {
            case "past" -> new Resolution(value, Precision.APPROXIMATE, "duration-past",
                    a.minusDays(a.until(shifted, java.time.temporal.ChronoUnit.DAYS) - 1), a, true);
            case "next" -> new Resolution(value, Precision.APPROXIMATE, "duration-next", a, shifted.minusDays(1), true);
            default -> h.unit == Hit.DAY ? day(shifted, "relative-in", true)
                    : h.unit == Hit.WEEK ? week(shifted, "relative-in")
                    : h.unit == Hit.MONTH ? new Resolution(yearMonth(shifted.getYear(), shifted.getMonthValue()),
                            Precision.MONTH, "relative-in", shifted.withDayOfMonth(1),
                            shifted.with(TemporalAdjusters.lastDayOfMonth()), true)
                    : new Resolution(Windows.year(shifted.getYear()), Precision.YEAR, "relative-in",
                            LocalDate.of(shifted.getYear(), 1, 1), LocalDate.of(shifted.getYear(), 12, 31), true);
        };
    }

    /** "by mid-April", "until May 15": a limit ahead of the writer. */
    private static boolean towardsFuture(Hit h) {
        return deadline(h) || h.prep != null && DEADLINE_PREPS.contains(h.prep) && !"before".equals(h.prep);
    }

    private static boolean deadline(Hit h) {
        return "deadline".equals(h.mod) || "end".equals(h.mod) && h.prep != null && DEADLINE_PREPS.contains(h.prep);
    }

    private static Resolution unresolved(String rule, Precision p) {
        return new Resolution(Resolution.UNRESOLVED, p, rule, null, null, true);
    }

    private static String relativeRule(Hit h) {
        return switch (h.kind) {
            case MONTH_DAY -> h.month == 0 ? "day-of-month" : "month-day";
            case MONTH -> "relative-month";
            case WEEKDAY -> "relative-weekday";
            case DAY_OFFSET -> "relative-day";
            case NARRATIVE_DAY -> "relative-day-narrative";
            case NARRATIVE_SHIFT -> "relative-shift-narrative";
            case PERIOD, PERIOD_EDGE -> h.unit == Hit.WEEKEND ? "relative-weekend" : "relative-" + unitName(h.unit);
            case AGO -> "ago";
            case VAGUE -> "vague";
            default -> "relative";
        };
    }

    private static Precision precisionOf(Hit h) {
        return switch (h.kind) {
            case MONTH_DAY, WEEKDAY, DAY_OFFSET, NARRATIVE_DAY -> Precision.DAY;
            case NARRATIVE_SHIFT -> h.unit == Hit.DAY ? Precision.DAY : h.unit == Hit.WEEK ? Precision.WEEK
                    : h.unit == Hit.MONTH ? Precision.MONTH : Precision.YEAR;
            case MONTH -> Precision.MONTH;
            case PERIOD -> switch (h.unit) {
                case Hit.WEEK -> Precision.WEEK;
                case Hit.WEEKEND -> Precision.WEEKEND;
                case Hit.MONTH -> Precision.MONTH;
                case Hit.SEASON -> Precision.SEASON;
                default -> Precision.YEAR;
            };
            default -> Precision.APPROXIMATE;
        };
    }

    private static String unitCode(char unit) {
        return switch (unit) {
            case Hit.DECADE -> "DE";
            case Hit.DAY -> "D";
            case Hit.WEEK -> "W";
            case Hit.MONTH -> "M";
            default -> "Y";
        };
    }
}
