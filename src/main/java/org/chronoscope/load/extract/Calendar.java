package org.chronoscope.load.extract;

import java.util.Set;

/** Month and weekday names as they appear in datelines and bylines (lower case, with the usual short forms). */
final class Calendar {
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.",
            "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct",
            "oct.", "nov", "nov.", "dec", "dec.");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private Calendar() {
    }
}
