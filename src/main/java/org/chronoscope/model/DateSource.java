package org.chronoscope.model;

/** How an article's publication date was established. */
public enum DateSource {
    STAMP("stamp in the file"),
    HEADER("header of the file"),
    STATED("stated in the text"),
    WORKED_OUT("worked out from the text"),
    /** A web page's own publication metadata (article:published_time, JSON-LD datePublished, a time element). */
    PAGE("the page's publication metadata"),
    /** Only a web page's last-updated time: the article is at least that old, a weaker basis. */
    PAGE_UPDATED("the page's last-updated time (a weaker basis)"),
    /** The dateline or date line at the head of the text ("ANKARA, Turkiye, February 12, 2023 (ENS) –"). */
    DATELINE("dateline of the text"),
    /** A date in the article's address ("/2011/10/24/"). */
    URL("date in the article's address"),
    UNKNOWN("unknown");

    private final String label;

    DateSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A date read off the text's dateline, the address or a page's update time: shown with its source. */
    public boolean isInferred() {
        return this == DATELINE || this == URL || this == PAGE_UPDATED;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static DateSource fromId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
