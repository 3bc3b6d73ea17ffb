package org.chronoscope.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the UI and explanations write them: "Fri 28 Nov 2025". */
public final class DateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    public static String day(LocalDate d) {
        return d == null ? "unknown date" : DAY.format(d);
    }
}
