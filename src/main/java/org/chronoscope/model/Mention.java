package org.chronoscope.model;

/** Where an actor or place is named in an article. */
public record Mention(String entityId, EntityKind kind, String article, int start, int end, String text) {
}
