package org.chronoscope.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, as honestly as the sources allow.
 * An unresolved date (relative words in an undated article) has no start.
 *
 * @param start     first day (inclusive), null when unresolved
 * @param end       last day (inclusive), null for a single day or an open end
 * @param precision how finely the date is known
 * @param basis     how the date was worked out
 */
public record EventDate(LocalDate start, LocalDate end, Precision precision, DateBasis basis) {

    public EventDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(basis, "basis");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }

    public boolean isResolved() {
        return start != null;
    }

    /** The last day the event may cover: end if set, else start. */
    public LocalDate last() {
        return end != null ? end : start;
    }

    public boolean isRange() {
        return end != null && !end.equals(start);
    }

    public boolean isApproximate() {
        return precision == Precision.APPROXIMATE || basis.kind() == BasisKind.APPROXIMATE;
    }
}
