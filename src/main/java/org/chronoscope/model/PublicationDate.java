package org.chronoscope.model;

import java.time.LocalDate;

/**
 * An article's publication date and how it was established.
 *
 * @param date      the date, or null when unknown
 * @param source    stamp, header, stated, worked out, or unknown
 * @param reasoning for a worked-out date, the reasoning; else may be null
 */
public record PublicationDate(LocalDate date, DateSource source, String reasoning) {

    public static PublicationDate unknown() {
        return new PublicationDate(null, DateSource.UNKNOWN, null);
    }

    public boolean isKnown() {
        return date != null;
    }
}
