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
 * @param paragraphs every paragraph, in order and apart (each starts where the one before ended or later), with
 *                   its kind
 * @param sentences  the sentences of the quotable paragraphs, in order
 * @param pageStarts for an article read from pages (a PDF), the offset where each page's text starts, page 1
 *                   first; empty otherwise
 */
public record Article(String fileName, String text, ArticleMeta meta, List<Paragraph> paragraphs,
                      List<Sentence> sentences, List<Integer> pageStarts) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        pageStarts = List.copyOf(pageStarts);
        for (int k = 1; k < paragraphs.size(); k++) {
            if (paragraphs.get(k).start() < paragraphs.get(k - 1).end()) {
                throw new IllegalArgumentException(fileName + ": paragraph " + k + " starts before the one before it ends");
            }
        }
    }

    /** An article that has no pages (plain text, a web page). */
    public Article(String fileName, String text, ArticleMeta meta, List<Paragraph> paragraphs,
                   List<Sentence> sentences) {
        this(fileName, text, meta, paragraphs, sentences, List.of());
    }

    /** The 1-based page holding offset, or 0 when the article has no pages. */
    public int pageAt(int offset) {
        int lo = 0;
        int hi = pageStarts.size() - 1;
        int page = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                page = mid + 1;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return pageStarts.isEmpty() ? 0 : Math.max(page, 1);
    }

    public Article withMeta(ArticleMeta newMeta) {
        return new Article(fileName, text, newMeta, paragraphs, sentences, pageStarts);
    }

    public LocalDate published() {
        return meta.published().date();
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The paragraph holding offset, or null. */
    public Paragraph paragraphAt(int offset) {
        int k = firstEndingAfter(offset);
        return k < paragraphs.size() && paragraphs.get(k).contains(offset) ? paragraphs.get(k) : null;
    }

    /** True when [start, end) lies inside quotable paragraphs only. */
    public boolean isQuotable(int start, int end) {
        for (int k = firstEndingAfter(start); k < paragraphs.size() && paragraphs.get(k).start() < end; k++) {
            if (!paragraphs.get(k).kind().isQuotable()) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first paragraph that ends after offset (paragraphs are in order and apart, so ends are too). */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A display title: metadata title, else the file name. */
    public String displayTitle() {
        return meta.title() != null && !meta.title().isBlank() ? meta.title() : fileName;
    }
}
