package org.chronoscope.model;

/**
 * An exact quote from an article: {@code article.text().substring(start, end).equals(quote)}.
 *
 * @param article file name of the article
 * @param start   offset of the first character in the article file's text as read
 * @param end     offset after the last character
 * @param quote   the verbatim text
 */
public record Passage(String article, int start, int end, String quote) {
    public Passage {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad passage range " + start + ".." + end);
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
