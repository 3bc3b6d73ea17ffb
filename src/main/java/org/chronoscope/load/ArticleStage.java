package org.chronoscope.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.ArticleExtractor;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.Problem;

/**
 * What is worked out from one article alone, on any thread: the article as read, its actors and its candidate
 * events, and the problems met doing so (the part of a load that {@link ArticleCache} keeps per file). The
 * article is null when the file could not be read. The actors and candidates of a stage read from the cache are
 * decoded when first asked for: a load whose corpus stage comes from the cache never needs them.
 */
final class ArticleStage {
    /** An article's actors and candidate events. */
    record Found(ArticleActors actors, ArticleEvents events) {
    }

    private final Article article;
    private final List<Problem> problems;
    private Supplier<Found> later;
    private Found found;

    ArticleStage(Article article, ArticleActors actors, ArticleEvents events, List<Problem> problems) {
        this.article = article;
        this.problems = List.copyOf(problems);
        this.found = new Found(actors, events);
    }

    /** A stage whose actors and events are worked out (decoded) by {@code later} when first asked for. */
    ArticleStage(Article article, List<Problem> problems, Supplier<Found> later) {
        this.article = article;
        this.problems = List.copyOf(problems);
        this.later = later;
    }

    static ArticleStage of(Path file, ArticleMeta fromCorpus, ActorRecognizer recognizer, ArticleExtractor extractor) {
        List<Problem> problems = new ArrayList<>(0);
        Article a = ArticleFiles.read(file, fromCorpus, problems).orElse(null);
        if (a == null) {
            return new ArticleStage(null, null, null, problems);
        }
        try {
            ArticleActors actors = recognizer.recognise(a);
            return new ArticleStage(a, actors, extractor.extract(a, actors), problems);
        } catch (OutOfMemoryError e) {
            problems.add(Problem.warning(file.getFileName().toString(), ArticleLimits.outOfMemory()));
            return new ArticleStage(null, null, null, problems);
        }
    }

    Article article() {
        return article;
    }

    List<Problem> problems() {
        return problems;
    }

    ArticleActors actors() {
        return found().actors();
    }

    ArticleEvents events() {
        return found().events();
    }

    private synchronized Found found() {
        if (found == null) {
            found = later.get();
            later = null;
        }
        return found;
    }
}
