package org.chronoscope.load.timex;

import java.time.LocalDate;
import org.chronoscope.model.Precision;

/** What a hit means: its TIMEX3-style value, precision, rule and the window of days it allows. */
record Resolution(String value, Precision precision, String rule, LocalDate from, LocalDate to, boolean relative) {
    static final String UNRESOLVED = "UNRESOLVED";
}
