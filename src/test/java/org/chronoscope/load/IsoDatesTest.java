package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in files: what the JDK's ISO parser accepts from year 1 on, nothing else. */
class IsoDatesTest {
    /** The JDK's strict ISO parser, as an independent oracle. */
    private static LocalDate jdk(String s) {
        String t = s == null ? "" : s.strip();
        if (!t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            return d.isBefore(LocalDate.of(1, 1, 1)) ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Test
    void agrees_with_the_jdk_parser_on_real_and_impossible_days() {
        List<String> inputs = java.util.Arrays.asList("2025-03-03", " 2024-02-29 ", "2023-02-29", "2025-02-30",
                "2025-13-01", "2025-00-10", "2025-04-31", "0000-01-01", "0001-01-01", "9999-12-31", "2025-3-3",
                "2025/03/03", "20250303", "", null, "2025-03-03T10:00", "١٢٣٤-01-01", "2025-03-00", "0999-06-15");
        for (String s : inputs) {
            assertEquals(jdk(s), IsoDates.parse(s), String.valueOf(s));
        }
        assertEquals(LocalDate.of(2024, 2, 29), IsoDates.parse(" 2024-02-29 "));
    }
}
