package org.chronoscope.model;

/** Where an event comes from: the curated catalogue or automatic extraction. */
public enum Origin {
    CURATED, EXTRACTED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
