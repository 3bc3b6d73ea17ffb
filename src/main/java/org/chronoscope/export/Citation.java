package org.chronoscope.export;

import java.util.HashMap;
import java.util.Map;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;

/** Who a passage comes from, as the formats cite it: "The Example Courier", "report.pdf, p. 3". */
record Citation(String outlet, String url, int page) {

    /** The corpus's articles by file name, made once per export: each passage is cited in constant time. */
    static Map<String, Article> articlesByName(Corpus corpus) {
        Map<String, Article> byName = new HashMap<>(corpus.articles().size() * 2);
        for (Article a : corpus.articles()) {
            byName.putIfAbsent(a.fileName(), a);
        }
        return byName;
    }

    static Citation of(Map<String, Article> articles, Passage p) {
        Article a = articles.get(p.article());
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
