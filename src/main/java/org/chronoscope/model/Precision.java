package org.chronoscope.model;

/** How finely a date is known. Ordered from finest to coarsest. */
public enum Precision {
    DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, YEAR, APPROXIMATE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Precision fromId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
