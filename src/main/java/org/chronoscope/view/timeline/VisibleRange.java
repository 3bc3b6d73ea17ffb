package org.chronoscope.view.timeline;

import java.time.LocalDate;

/**
 * The days the timeline currently shows, inclusive of partly visible days.
 *
 * @param from first (partly) visible day
 * @param to   last (partly) visible day
 */
public record VisibleRange(LocalDate from, LocalDate to) {
    public boolean contains(LocalDate d) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
