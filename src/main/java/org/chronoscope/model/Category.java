package org.chronoscope.model;

import java.util.Locale;

/** What kind of event it is. */
public enum Category {
    TALKS("talks/meeting"),
    PLAN("plan/proposal"),
    STATEMENT("statement"),
    DEADLINE("deadline"),
    MILITARY("military"),
    SANCTIONS("sanctions"),
    LAW("law/treaty"),
    BACKGROUND("background");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
