package org.chronoscope.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;
import org.chronoscope.model.Severity;

/** Reads one article file. Problems are added to the given list; a file that cannot be used yields empty. */
public final class ArticleReader {
    private ArticleReader() {
    }

    /**
     * @param file       the article file
     * @param fromCorpus metadata for it from the corpus metadata file, or null; it wins over the file's own
     * @param problems   receives warnings naming the file
     */
    public static Optional<Article> read(Path file, ArticleMeta fromCorpus, List<Problem> problems) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            problems.add(Problem.warning(name, "cannot be read (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        }
        return parse(name, bytes, fromCorpus, problems);
    }

    public static Optional<Article> parse(String name, byte[] bytes, ArticleMeta fromCorpus, List<Problem> problems) {
        if (TextDecoder.looksBinary(bytes)) {
            problems.add(Problem.warning(name, "is not a text file (binary content); skipped"));
            return Optional.empty();
        }
        DecodedText decoded = TextDecoder.decode(bytes);
        if (decoded.warning() != null) {
            problems.add(Problem.warning(name, decoded.warning()));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            problems.add(Problem.warning(name, "is empty; skipped"));
            return Optional.empty();
        }
        ParsedText parsed = ArticleParser.parse(text);
        parsed.warnings().forEach(w -> problems.add(new Problem(Severity.WARNING, name, w.line(), 0, w.message())));
        ArticleMeta meta = merge(name, fileMeta(parsed), fromCorpus);
        return Optional.of(new Article(name, text, meta, parsed.paragraphs(), parsed.sentences()));
    }

    private static ArticleMeta fileMeta(ParsedText parsed) {
        Map<String, String> h = parsed.header();
        PublicationDate published = PublicationDate.unknown();
        LocalDate headerDate = IsoDates.parse(h.getOrDefault("published", h.get("date")));
        if (headerDate != null) {
            published = new PublicationDate(headerDate, DateSource.HEADER, null);
        }
        if (!published.isKnown() && parsed.stampDate() != null) {
            published = new PublicationDate(parsed.stampDate(), DateSource.STAMP, null);
        }
        return new ArticleMeta(h.get("title"), h.getOrDefault("source", h.get("outlet")), h.get("url"),
                h.get("author"), h.get("language"), h.get("translated-from"), published);
    }

    private static ArticleMeta merge(String name, ArticleMeta file, ArticleMeta corpus) {
        return corpus == null ? file : corpus.over(file);
    }
}
