package org.chronoscope.model;

public enum ActorKind {
    PERSON, STATE, ORGANISATION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
