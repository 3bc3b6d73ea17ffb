package org.chronoscope.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.Problem;

/**
 * Reads one article file of any kind: the kind's reader makes the text and the file's own metadata, the corpus
 * metadata wins over it, and then the publication-date fallbacks apply ({@link PublishedFallback}).
 */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /**
     * @param fromCorpus metadata for the file from the corpus metadata file, or null
     * @param problems   receives warnings naming the file
     */
    public static Optional<Article> read(Path file, ArticleMeta fromCorpus, List<Problem> problems) {
        Optional<ArticleKind> kind = ArticleKind.of(file);
        String name = file.getFileName().toString();
        if (kind.isEmpty()) {
            problems.add(Problem.warning(name, "is not an article (" + String.join(", ", ArticleKind.allPatterns())
                    + "); skipped"));
            return Optional.empty();
        }
        try {
            String tooLarge = ArticleLimits.tooLarge(Files.size(file));
            if (tooLarge != null) {
                problems.add(Problem.warning(name, tooLarge));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(Problem.warning(name, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        }
        try {
            Optional<Article> read = kind.get() == ArticleKind.TEXT ? ArticleReader.read(file, fromCorpus, problems)
                    : readBytes(file, name, problems).flatMap(bytes -> kind.get().parse(name, bytes, problems))
                    .map(a -> fromCorpus == null ? a : a.withMeta(fromCorpus.over(a.meta())));
            return read.map(a -> PublishedFallback.apply(a, problems));
        } catch (OutOfMemoryError e) {
            problems.add(Problem.warning(name, ArticleLimits.outOfMemory()));
            return Optional.empty();
        }
    }

    private static Optional<byte[]> readBytes(Path file, String name, List<Problem> problems) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException | OutOfMemoryError e) {
            problems.add(Problem.warning(name, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        }
    }
}
