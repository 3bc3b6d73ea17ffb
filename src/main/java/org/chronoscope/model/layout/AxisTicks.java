package org.chronoscope.model.layout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two-tier axis for a scale: a unit chosen from the zoom (years → quarters → months → weeks → days), the
 * lower tier's ticks ("17 18 19…") and the upper tier's spans ("November 2025").
 */
public final class AxisTicks {

    /** Tick units, finest first, with the pixels a label needs. */
    public enum Unit {
        DAY(16), WEEK(7 * 4.2), MONTH(31 * 1.15), QUARTER(92 * 0.36), YEAR(366 * 0.09), FIVE_YEARS(5 * 366 * 0.02);

        /** Minimum pixels per unit length for the unit to be used. */
        final double minPixels;

        Unit(double minPixels) {
            this.minPixels = minPixels;
        }
    }

    /** One tick: a real day (epoch day) and its label; {@code x} is set by the caller's scale. */
    public record Tick(double day, double x, String label) {
    }

    private static final double PAD_ONLY_DAYS = 7;

    private AxisTicks() {
    }

    /** The lower-tier unit for a zoom. */
    public static Unit unitFor(double pixelsPerDay) {
        if (pixelsPerDay >= Unit.DAY.minPixels) {
            return Unit.DAY;
        }
        if (pixelsPerDay * 7 >= Unit.WEEK.minPixels) {
            return Unit.WEEK;
        }
        if (pixelsPerDay * 31 >= Unit.MONTH.minPixels) {
            return Unit.MONTH;
        }
        if (pixelsPerDay * 92 >= Unit.QUARTER.minPixels) {
            return Unit.QUARTER;
        }
        if (pixelsPerDay * 366 >= Unit.YEAR.minPixels) {
            return Unit.YEAR;
        }
        return Unit.FIVE_YEARS;
    }

    /** The upper-tier unit shown above a lower-tier unit, or null. */
    public static Unit upperOf(Unit lower) {
        return switch (lower) {
            case DAY, WEEK -> Unit.MONTH;
            case MONTH, QUARTER -> Unit.YEAR;
            case YEAR, FIVE_YEARS -> null;
        };
    }

    /** Ticks of a unit over the scale's visible width, thinned so labels never crowd (minSpacing pixels). */
    public static List<Tick> ticks(TimeScale scale, double width, Unit unit, boolean upper, double minSpacing) {
        List<Tick> out = new ArrayList<>();
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(scale.day(0)));
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(scale.day(width)) + 1);
        LocalDate d = floor(from, unit);
        double lastX = Double.NEGATIVE_INFINITY;
        for (int guard = 0; !d.isAfter(to) && guard < 50_000; guard++) {
            double day = d.toEpochDay();
            AxisWarp.Break inside = breakContaining(scale.warp(), day);
            // a unit starting inside a break is labelled where the break ends, unless only padding days of it show
            boolean padOnly = inside != null && next(d, unit).toEpochDay() - inside.to() <= PAD_ONLY_DAYS;
            if (inside == null || !padOnly) {
                double x = inside == null ? scale.x(day) : scale.x(inside.to());
                if (upper) {
                    if (!out.isEmpty() && out.get(out.size() - 1).x() >= x - 0.5) {
                        out.remove(out.size() - 1);
                    }
                    out.add(new Tick(day, x, label(d, unit, true)));
                } else if (x - lastX >= minSpacing) {
                    out.add(new Tick(day, x, label(d, unit, false)));
                    lastX = x;
                }
            }
            d = next(d, unit);
        }
        return out;
    }

    private static AxisWarp.Break breakContaining(AxisWarp warp, double day) {
        for (AxisWarp.Break b : warp.breaks()) {
            if (day >= b.from() && day < b.to()) {
                return b;
            }
        }
        return null;
    }

    static LocalDate floor(LocalDate d, Unit unit) {
        return switch (unit) {
            case DAY -> d;
            case WEEK -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case FIVE_YEARS -> LocalDate.of(d.getYear() - Math.floorMod(d.getYear(), 5), 1, 1);
        };
    }

    static LocalDate next(LocalDate d, Unit unit) {
        return switch (unit) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
            case QUARTER -> d.plusMonths(3);
            case YEAR -> d.plusYears(1);
            case FIVE_YEARS -> d.plusYears(5);
        };
    }

    /** "17" / "Nov" / "Q2" / "2025" for the lower tier; "November 2025" / "2025" for the upper. */
    public static String label(LocalDate d, Unit unit, boolean upper) {
        return switch (unit) {
            case DAY, WEEK -> String.valueOf(d.getDayOfMonth());
            case MONTH -> upper
                    ? d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear()
                    : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case QUARTER -> "Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case YEAR, FIVE_YEARS -> String.valueOf(d.getYear());
        };
    }

    public static boolean isWeekend(double epochDay) {
        DayOfWeek dow = LocalDate.ofEpochDay((long) Math.floor(epochDay)).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
