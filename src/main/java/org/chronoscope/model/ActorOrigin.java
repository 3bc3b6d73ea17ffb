package org.chronoscope.model;

/** Where an actor comes from: the curated {@code assets/actors.json}, or found in the articles' text. */
public enum ActorOrigin {
    CATALOGUE, DISCOVERED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
