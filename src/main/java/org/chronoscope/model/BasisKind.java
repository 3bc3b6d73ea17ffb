package org.chronoscope.model;

/** How a date was worked out. */
public enum BasisKind {
    /** The text states the date outright ("November 25", "in 2014"). */
    STATED,
    /** A relative expression ("last weekend", "On Friday") resolved against the article's date. */
    RELATIVE,
    /** A vague or bounding expression ("by the end of April", "a few days ago"): a window, not a day. */
    APPROXIMATE,
    /** Reported as news of the day: the article's own date is the event's date. */
    ARTICLE_DATE,
    /** Typed by hand in the catalogue because no article dates the event. */
    HAND_TYPED,
    /** A relative expression in an undated article: left unresolved, never guessed. */
    UNRESOLVED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static BasisKind fromId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
