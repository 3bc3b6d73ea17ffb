package org.chronoscope.model;

import java.time.LocalDate;

/**
 * A date expression found in an article and what it resolves to.
 *
 * @param article   file name of the article
 * @param start     offset of the expression in the article's text as read
 * @param end       offset after it ({@code text.substring(start, end).equals(text)})
 * @param text      the expression as written ("last weekend")
 * @param value     TIMEX3-style value: "2025-11-23", "2025-W47-WE", "2025-11", "2025-SU", "2014", "P1M",
 *                  "PAST_REF", "FUTURE_REF", "PRESENT_REF"; "UNRESOLVED" when relative in an undated article
 * @param precision how finely the value is known
 * @param rule      name of the rule that resolved it ("relative-weekend")
 * @param from      first day of the window the expression allows, or null when it cannot be placed
 * @param to        last day of that window, or null
 * @param anchor    the date it was resolved against (article date or a date given in the text), or null
 */
public record TemporalExpression(String article, int start, int end, String text, String value,
                                 Precision precision, String rule, LocalDate from, LocalDate to,
                                 LocalDate anchor) {

    public boolean isResolved() {
        return from != null;
    }

    /** True for a relative expression ("last weekend"), whose value depends on the anchor. */
    public boolean isRelative() {
        return anchor != null || "UNRESOLVED".equals(value);
    }
}
