package org.chronoscope.export;

import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;

/** Who a passage comes from, as the formats cite it: "The Example Courier", "report.pdf, p. 3". */
record Citation(String outlet, String url, int page) {

    static Citation of(Corpus corpus, Passage p) {
        Article a = corpus.article(p.article()).orElse(null);
        if (a == null) {
            return new Citation(p.article(), null, 0);
        }
        String outlet = a.meta().outlet() != null && !a.meta().outlet().isBlank() ? a.meta().outlet()
                : a.displayTitle();
        return new Citation(outlet, a.meta().url(), a.pageAt(p.start()));
    }

    /** "The Example Courier" or "Report of the Harbour Commission, p. 3". */
    String text() {
        return page > 0 ? outlet + ", p. " + page : outlet;
    }
}
