package org.chronoscope.model.layout;

import java.time.LocalDate;

/**
 * Time ↔ x: the single source of zoom and pan. Immutable. Time is in epoch days (a day d covers [d, d+1));
 * the axis may be warped ({@link AxisWarp}) to compress quiet stretches.
 *
 * @param start        axis (virtual) day at x = 0
 * @param daysPerPixel zoom: days per pixel on the axis
 * @param warp         real ↔ axis time
 */
public record TimeScale(double start, double daysPerPixel, AxisWarp warp) {

    public TimeScale {
        if (!(daysPerPixel > 0) || Double.isInfinite(daysPerPixel)) {
            throw new IllegalArgumentException("daysPerPixel must be positive: " + daysPerPixel);
        }
    }

    public TimeScale(double start, double daysPerPixel) {
        this(start, daysPerPixel, AxisWarp.NONE);
    }

    /** A scale showing real days [from, to) across width pixels, with margin pixels each side. */
    public static TimeScale fit(double from, double to, double width, double margin, AxisWarp warp) {
        return fit(from, to, width, margin, margin, warp);
    }

    /** A scale showing real days [from, to) between leftMargin and width − rightMargin. */
    public static TimeScale fit(double from, double to, double width, double leftMargin, double rightMargin,
                                AxisWarp warp) {
        double vFrom = warp.toVirtual(from);
        double vTo = Math.max(warp.toVirtual(to), vFrom + 1);
        double usable = Math.max(1, width - leftMargin - rightMargin);
        double dpp = (vTo - vFrom) / usable;
        return new TimeScale(vFrom - leftMargin * dpp, dpp, warp);
    }

    public double x(double day) {
        return (warp.toVirtual(day) - start) / daysPerPixel;
    }

    /** x of a day already on the axis (a virtual day: {@code warp().toVirtual(day)}). */
    public double xOfAxisDay(double virtualDay) {
        return (virtualDay - start) / daysPerPixel;
    }

    public double x(LocalDate date) {
        return x(date.toEpochDay());
    }

    public double day(double x) {
        return warp.toReal(start + x * daysPerPixel);
    }

    public double pixelsPerDay() {
        return 1 / daysPerPixel;
    }

    /** Zoom by factor (>1 zooms out) keeping the day under x in place, clamped to [minDpp, maxDpp]. */
    public TimeScale zoomAround(double x, double factor, double minDpp, double maxDpp) {
        double dpp = Math.max(minDpp, Math.min(maxDpp, daysPerPixel * factor));
        double anchor = start + x * daysPerPixel;
        return new TimeScale(anchor - x * dpp, dpp, warp);
    }

    /** Moves the view dx pixels to the right (content moves left). */
    public TimeScale panBy(double dx) {
        return new TimeScale(start + dx * daysPerPixel, daysPerPixel, warp);
    }

    /** The same zoom with x = 0 moved to xOffset: for drawing a tile of a wider picture. */
    public TimeScale shifted(double xOffset) {
        return panBy(xOffset);
    }

    /** The same view (same real day at x = 0 and at x = width) on another warp. */
    public TimeScale withWarp(AxisWarp newWarp, double width) {
        return fit(day(0), day(width), width, 0, newWarp);
    }
}
