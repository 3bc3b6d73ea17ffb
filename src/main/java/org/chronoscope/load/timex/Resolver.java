package org.chronoscope.load.timex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.chronoscope.model.Precision;

/**
 * Resolves a {@link Hit} against an anchor date. Windows are inclusive days; a relative window that holds
 * the anchor is cut at it by tense (past events end on the anchor, future ones start there).
 */
final class Resolver {
    private static final Set<String> DEADLINE_PREPS = Set.of("by", "before", "until", "till");
    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};

    private Resolver() {
    }

    /**
     * @param anchor    the date to resolve against, null when undated
     * @param tense     of the clause; asked for only by forms that need it
     * @param narrative the last day the text spoke of, for "the previous day"
     */
    static Resolution resolve(Hit h, LocalDate anchor, java.util.function.Supplier<Tense> tense, LocalDate narrative) {
        return switch (h.kind) {
            case FULL_DATE -> day(LocalDate.of(h.year, h.month, h.day), "absolute-day", false);
            case QUARTER -> h.year != 0 ? quarter(h, null) : anchor == null
                    ? unresolved("relative-quarter", Precision.QUARTER) : quarter(h, anchor);
            case MONTH_YEAR -> monthWindow(h, h.year, h.mod, null, "absolute-month", false);
            case YEAR -> year(h);
            case DECADE -> new Resolution(String.valueOf(h.year / 10), Precision.APPROXIMATE, "absolute-decade",
                    LocalDate.of(h.year, 1, 1), LocalDate.of(h.year + 9, 12, 31), false);
            case SEASON -> h.year != 0 ? season(h.season, h.year, "absolute-season", false)
                    : anchor == null ? unresolved("relative-season", Precision.SEASON) : relativeSeason(h, anchor, tense.get());
            case DURATION -> duration(h, anchor);
            case VAGUE_DURATION -> new Resolution("PX" + unitCode(h.unit), Precision.APPROXIMATE, "duration-vague",
                    null, null, false);
            case REF -> new Resolution("future".equals(h.mod) ? "FUTURE_REF" : "PAST_REF", Precision.APPROXIMATE,
                    "future".equals(h.mod) ? "future-ref" : "past-ref", null, null, false);
            case PRESENT -> new Resolution("PRESENT_REF", Precision.APPROXIMATE, "present-ref", null, null, false);
            default -> anchor == null ? unresolved(relativeRule(h), precisionOf(h)) : relative(h, anchor, tense, narrative);
        };
    }

    private static Resolution relative(Hit h, LocalDate a, java.util.function.Supplier<Tense> tense, LocalDate narrative) {
        return switch (h.kind) {
            case MONTH_DAY -> monthDay(h, a, tense.get());
            case MONTH -> month(h, a, tense);
            case WEEKDAY -> weekday(h, a, tense);
            case DAY_OFFSET -> day(a.plusDays(h.quantity), "relative-day", true);
            case NARRATIVE_DAY -> day((narrative != null ? narrative : a).plusDays(h.quantity), "relative-day-narrative", true);
            case PERIOD -> period(h, a, tense, narrative);
            case QUARTER -> quarter(h, a);
            case PERIOD_EDGE -> periodEdge(h, a, tense);
            case AGO -> ago(h, a);
            case VAGUE -> vague(h, a);
            default -> throw new IllegalStateException(h.kind.name());
        };
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

    /** Early = first ten days, mid = next ten, late/end = the rest of a month; thirds of a year. */
    private static LocalDate[] part(LocalDate first, LocalDate last, String mod) {
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
            return new Resolution(String.valueOf(h.year), Precision.YEAR, rule, first, last, false);
        }
        LocalDate[] part = part(first, last, h.mod);
        return new Resolution(String.valueOf(h.year), Precision.APPROXIMATE, rule + "-" + h.mod, part[0], part[1], false);
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
            d = a.with(TemporalAdjusters.next(wd));
            rule = "relative-weekday-next";
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

    private static Resolution period(Hit h, LocalDate anchor, java.util.function.Supplier<Tense> tense,
                                     LocalDate narrative) {
        LocalDate a = h.narrative && narrative != null ? narrative : anchor;
        String mod = h.mod;
        int shift = "last".equals(mod) ? -1 : "next".equals(mod) ? 1 : 0;
        String rule = "relative-" + unitName(h.unit) + "-" + (h.edge != null ? h.edge + "-" : "")
                + (h.narrative ? (shift > 0 ? "following" : "previous") : mod);
        Resolution r = switch (h.unit) {
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
                yield new Resolution(String.valueOf(y), Precision.YEAR, rule, LocalDate.of(y, 1, 1),
                        LocalDate.of(y, 12, 31), true);
            }
        };
        if (h.edge == null) {
            return shift == 0 ? clip(r, a, tense.get()) : r;
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

    private static Resolution quarter(Hit h, LocalDate a) {
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
        return new Resolution(y + "-Q" + q, Precision.QUARTER, rule, f, f.plusMonths(3).minusDays(1), a != null);
    }

    private static Resolution relativeSeason(Hit h, LocalDate a, Tense t) {
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
    private static int seasonYearContaining(int s, LocalDate a) {
        return s == 3 && a.getMonthValue() <= 2 ? a.getYear() - 1 : a.getYear();
    }

    private static LocalDate[] seasonWindow(int s, int y) {
        LocalDate f = LocalDate.of(y, 3 + 3 * s, 1);
        return new LocalDate[] {f, f.plusMonths(3).minusDays(1)};
    }

    private static Resolution season(int s, int y, String rule, boolean relative) {
        LocalDate[] w = seasonWindow(s, y);
        return new Resolution(y + "-" + SEASONS[s], Precision.SEASON, rule, w[0], w[1], relative);
    }

    private static Resolution periodEdge(Hit h, LocalDate a, java.util.function.Supplier<Tense> tense) {
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
                value = String.valueOf(y);
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

    private static LocalDate[] weekPart(LocalDate monday, String mod) {
        return switch (mod) {
            case "early" -> new LocalDate[] {monday, monday.plusDays(2)};
            case "mid" -> new LocalDate[] {monday.plusDays(2), monday.plusDays(4)};
            default -> new LocalDate[] {monday.plusDays(4), monday.plusDays(6)};
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
                    yield new Resolution(String.valueOf(y), Precision.YEAR, "ago-exact", LocalDate.of(y, 1, 1),
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
        String value = h.unit == Hit.DECADE ? "P" + q + "DE" : "P" + q + unitCode(h.unit);
        Precision p = switch (h.unit) {
            case Hit.DAY -> Precision.DAY;
            case Hit.WEEK -> Precision.WEEK;
            case Hit.MONTH -> Precision.MONTH;
            default -> Precision.YEAR;
        };
        if (a == null || h.mod == null) {
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
                    : new Resolution(String.valueOf(shifted.getYear()), Precision.YEAR, "relative-in",
                            LocalDate.of(shifted.getYear(), 1, 1), LocalDate.of(shifted.getYear(), 12, 31), true);
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

    private static Resolution day(LocalDate d, String rule, boolean relative) {
        return new Resolution(d.toString(), Precision.DAY, rule, d, d, relative);
    }

    private static Resolution week(LocalDate inWeek, String rule) {
        LocalDate monday = inWeek.with(DayOfWeek.MONDAY);
        return new Resolution(isoWeek(monday), Precision.WEEK, rule, monday, monday.plusDays(6), true);
    }

    private static Resolution weekend(LocalDate inWeek, String rule) {
        LocalDate saturday = inWeek.with(DayOfWeek.SATURDAY);
        return new Resolution(isoWeek(saturday) + "-WE", Precision.WEEKEND, rule, saturday, saturday.plusDays(1), true);
    }

    static String isoWeek(LocalDate d) {
        int w = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return d.get(IsoFields.WEEK_BASED_YEAR) + (w < 10 ? "-W0" : "-W") + w;
    }

    static String yearMonth(int y, int m) {
        return y + (m < 10 ? "-0" : "-") + m;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        return LocalDate.of(y, m, Math.min(d, java.time.YearMonth.of(y, m).lengthOfMonth()));
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
            case MONTH_DAY -> "month-day";
            case MONTH -> "relative-month";
            case WEEKDAY -> "relative-weekday";
            case DAY_OFFSET -> "relative-day";
            case NARRATIVE_DAY -> "relative-day-narrative";
            case PERIOD, PERIOD_EDGE -> h.unit == Hit.WEEKEND ? "relative-weekend" : "relative-" + unitName(h.unit);
            case AGO -> "ago";
            case VAGUE -> "vague";
            default -> "relative";
        };
    }

    private static Precision precisionOf(Hit h) {
        return switch (h.kind) {
            case MONTH_DAY, WEEKDAY, DAY_OFFSET, NARRATIVE_DAY -> Precision.DAY;
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

    private static String unitName(char unit) {
        return switch (unit) {
            case Hit.WEEK -> "week";
            case Hit.WEEKEND -> "weekend";
            case Hit.MONTH -> "month";
            case Hit.SEASON -> "season";
            case Hit.DAY -> "day";
            default -> "year";
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
