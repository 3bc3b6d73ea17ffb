package org.chronoscope.model;

public enum EntityKind {
    ACTOR, PLACE
}
