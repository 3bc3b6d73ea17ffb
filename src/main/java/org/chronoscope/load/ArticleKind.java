package org.chronoscope.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronoscope.model.Article;
import org.chronoscope.model.Problem;

/**
 * The kinds of file that are articles, each with its reader. Every reader keeps one contract: a file that
 * cannot be used is a warning naming it and yields empty; the text it makes is the article's text, into which
 * every offset points.
 */
public enum ArticleKind {
    TEXT("Text articles", List.of("txt", "md")) {
        @Override
        Optional<Article> parse(String name, byte[] bytes, List<Problem> problems) {
            return ArticleReader.parse(name, bytes, null, problems);
        }
    },
    WEB_PAGE("Saved web pages", List.of("html", "htm")) {
        @Override
        Optional<Article> parse(String name, byte[] bytes, List<Problem> problems) {
            return HtmlArticleReader.read(name, bytes, problems);
        }
    },
    PDF("PDF documents", List.of("pdf")) {
        @Override
        Optional<Article> parse(String name, byte[] bytes, List<Problem> problems) {
            return PdfArticleReader.read(name, bytes, problems);
        }
    };

    private final String description;
    private final List<String> extensions;

    ArticleKind(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    /** The file's text, structure and own metadata; problems name the file. */
    abstract Optional<Article> parse(String name, byte[] bytes, List<Problem> problems);

    /** "Saved web pages", for file choosers. */
    public String description() {
        return description;
    }

    /** The file-name patterns of this kind: {@code *.html}, {@code *.htm}. */
    public List<String> patterns() {
        return extensions.stream().map(e -> "*." + e).toList();
    }

    /** The file-name patterns of every kind. */
    public static List<String> allPatterns() {
        return java.util.Arrays.stream(values()).flatMap(k -> k.patterns().stream()).toList();
    }

    /** The kind of an article file by its name, or empty (hidden files and a README are not articles). */
    public static Optional<ArticleKind> of(Path file) {
        Path fileName = file.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String n = fileName.toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.equals("readme.md") || n.equals("readme.txt")) {
            return Optional.empty();
        }
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        for (ArticleKind k : values()) {
            if (k.extensions.contains(ext)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static boolean isArticle(Path file) {
        return of(file).isPresent();
    }
}
