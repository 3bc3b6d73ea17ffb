package org.chronoscope.model;

/** A paragraph as a character range [start, end) of the article's text. */
public record Paragraph(int start, int end, BlockKind kind) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
