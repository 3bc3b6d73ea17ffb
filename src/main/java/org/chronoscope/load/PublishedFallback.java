package org.chronoscope.load;

import java.util.List;
import java.util.function.BiFunction;
import org.chronoscope.model.Article;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;

/**
 * The one place where, after any reader has made an article's text and metadata (and the corpus metadata has
 * had its say), further evidence may date an article that is still undated. Each step sees the article and
 * returns a date or {@link PublicationDate#unknown()}; the first known date wins. A step never overrides a date
 * the file or the corpus metadata gave.
 */
final class PublishedFallback {
    /** The steps, strongest evidence first. */
    private static final List<BiFunction<Article, List<Problem>, PublicationDate>> STEPS =
            List.of(PublicationEvidence::evidence);

    private PublishedFallback() {
    }

    static Article apply(Article article, List<Problem> problems) {
        if (article.meta().published().isKnown()) {
            return article;
        }
        for (BiFunction<Article, List<Problem>, PublicationDate> step : STEPS) {
            PublicationDate d = step.apply(article, problems);
            if (d != null && d.isKnown()) {
                return article.withMeta(article.meta().withPublished(d));
            }
        }
        return article;
    }
}
