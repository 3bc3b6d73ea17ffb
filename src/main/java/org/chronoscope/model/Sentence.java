package org.chronoscope.model;

/** A sentence as a character range [start, end) of the article's text, inside paragraph {@code paragraph}. */
public record Sentence(int start, int end, int paragraph) {
}
