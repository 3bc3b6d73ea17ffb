package org.chronoscope.model;

/** What a paragraph of an article is. Only body, heading and caption text may be quoted. */
public enum BlockKind {
    /** The first-line date stamp or the key: value header block. */
    HEADER,
    /** A short line without final punctuation: a headline or cross-heading. */
    HEADING,
    BODY,
    /** A photo caption (its repeated copy is boilerplate). */
    CAPTION,
    /** Web furniture ("Leave a Reply", "Subscribe now…", a repeated caption): never quoted. */
    BOILERPLATE;

    public boolean isQuotable() {
        return this == HEADING || this == BODY || this == CAPTION;
    }
}
