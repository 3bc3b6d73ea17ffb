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
    BACKGROUND("background"),
    ELECTION("election/vote"),
    ECONOMY("economy/trade"),
    PROTEST("protest/unrest"),
    DISASTER("disaster/accident"),
    COURT("court/crime");

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

    /** Every id, for messages: "talks, plan, statement, …". */
    public static String ids() {
        return String.join(", ", java.util.Arrays.stream(values()).map(Category::id).toList());
    }

    public static Category fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
