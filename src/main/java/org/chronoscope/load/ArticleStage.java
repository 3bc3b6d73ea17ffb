package org.chronoscope.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * article is null when the file could not be read.
 */
record ArticleStage(Article article, ArticleActors actors, ArticleEvents events, List<Problem> problems) {
    ArticleStage {
        problems = List.copyOf(problems);
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
}
