package org.chronoscope.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One news article. All offsets point into {@link #text()}, the file's text as read (decoded, BOM removed,
 * line endings untouched), so {@code text.substring(start, end)} is always the original characters.
 *
 * @param fileName   the file's name, its id within the corpus
 * @param text       the whole file text as read
 * @param meta       title, outlet, publication date…
 * @param paragraphs every paragraph, in order, with its kind
 * @param sentences  the sentences of the quotable paragraphs, in order
 */
public record Article(String fileName, String text, ArticleMeta meta, List<Paragraph> paragraphs,
                      List<Sentence> sentences) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
    }

    public LocalDate published() {
        return meta.published().date();
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The paragraph holding offset, or null. */
    public Paragraph paragraphAt(int offset) {
        for (Paragraph p : paragraphs) {
            if (p.contains(offset)) {
                return p;
            }
        }
        return null;
    }

    /** True when [start, end) lies inside quotable paragraphs only. */
    public boolean isQuotable(int start, int end) {
        for (Paragraph p : paragraphs) {
            if (p.end() > start && p.start() < end && !p.kind().isQuotable()) {
                return false;
            }
        }
        return true;
    }

    /** A display title: metadata title, else the file name. */
    public String displayTitle() {
        return meta.title() != null && !meta.title().isBlank() ? meta.title() : fileName;
    }
}
