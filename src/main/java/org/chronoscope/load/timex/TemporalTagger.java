package org.chronoscope.load.timex;

import java.time.LocalDate;
import java.util.List;
import org.chronoscope.model.TemporalExpression;

/** Finds date expressions in English news text and resolves them against an anchor date. */
public final class TemporalTagger {

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
        return List.of();
    }
}
