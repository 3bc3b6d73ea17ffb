package org.chronoscope.model;

import java.util.Locale;

/** The issues of the negotiation an event touches. */
public enum Topic {
    TERRITORY("territory"),
    CRIMEA("Crimea"),
    DONBAS("Donbas"),
    NATO("NATO"),
    SECURITY_GUARANTEES("security guarantees"),
    SANCTIONS("sanctions"),
    FROZEN_ASSETS("frozen assets"),
    NUCLEAR_PLANT("nuclear plant"),
    ARMY_SIZE("army size"),
    REFERENDUM("referendum");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Topic fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
