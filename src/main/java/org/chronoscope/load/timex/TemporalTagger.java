package org.chronoscope.load.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;

/**
 * Finds date expressions in English news text and resolves them against an anchor date: {@link FormFinder}
 * finds the forms, {@link Resolver} reads each against the anchor, the clause's {@link Tense}, the day the
 * text last spoke of and, in quotations, the day they were spoken ({@link QuotedSpeech}).
 * Instances are not thread-safe (they reuse their matchers); use one per thread.
 */
public final class TemporalTagger {
    private final FormFinder finder = new FormFinder();

    /**
     * Tags text[from, to) of one article.
     *
     * @param article file name, copied into each result
     * @param text    the whole article text as read; offsets of the results point into it
     * @param from    first offset to look at
     * @param to      offset after the last to look at
     * @param anchor  the article's publication date, or null for an undated article
     * @return the expressions found, in text order
     */
    public List<TemporalExpression> tag(String article, String text, int from, int to, LocalDate anchor) {
        List<Hit> hits = finder.find(text, Math.max(0, from), Math.min(text.length(), to));
        List<TemporalExpression> out = new ArrayList<>(hits.size());
        LocalDate narrative = null;
        LocalDate topic = null;
        for (Hit h : hits) {
            h.topic = topic;
            Resolution r = Resolver.resolve(h, anchor, () -> Tense.around(text, h.start, h.end, from, to), narrative);
            out.add(express(article, text, h, r, anchor));
            if (r.from() != null && !r.value().endsWith("_REF")) {
                topic = r.from();
                if (r.precision() == Precision.DAY) {
                    narrative = r.from();
                }
            }
        }
        QuotedSpeech.reanchor(article, text, hits, out, from, to);
        return out;
    }

    /** Tags a whole text. */
    public List<TemporalExpression> tag(String article, String text, LocalDate anchor) {
        return tag(article, text, 0, text.length(), anchor);
    }

    /** A sentence for people: "'last weekend' in an article of Fri 28 Nov 2025: Sat 22 – Sun 23 Nov 2025". */
    public static String describe(TemporalExpression e) {
        return TimexDescriber.describe(e);
    }

    /** The expression; a window that leaves the years 1 to 9999 (counted from an anchor at the edge) is not placed. */
    static TemporalExpression express(String article, String text, Hit h, Resolution r, LocalDate anchor) {
        boolean placed = inCalendar(r.from()) && inCalendar(r.to());
        return new TemporalExpression(article, h.start, h.end, text.substring(h.start, h.end), r.value(),
                r.precision(), placed ? r.rule() : r.rule() + "-beyond-calendar", placed ? r.from() : null,
                placed ? r.to() : null, r.relative() ? anchor : null);
    }

    private static boolean inCalendar(LocalDate d) {
        return d == null || d.getYear() >= 1 && d.getYear() <= 9999;
    }
}
