package org.chronoscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoscope.load.ArticleKind;

/**
 * What dropping some files on the window does: a folder opens as the corpus, article files (text, saved web
 * pages, PDFs) are added to it, anything else is refused with a message saying why. Exactly one of the three is set.
 *
 * @param folder   the folder to open, or null
 * @param articles the articles to add (empty unless adding)
 * @param problem  why the drop is refused, or null
 */
public record DropPlan(Path folder, List<Path> articles, String problem) {
    private static final String KINDS = String.join(", ", ArticleKind.allPatterns()).replace("*", "");


    public DropPlan {
        articles = List.copyOf(articles);
    }

    public static DropPlan of(List<Path> dropped) {
        if (dropped.isEmpty()) {
            return refuse("Nothing to open: drop a corpus folder or articles (" + KINDS + ")");
        }
        List<Path> folders = dropped.stream().filter(Files::isDirectory).toList();
        if (!folders.isEmpty()) {
            return dropped.size() == 1 ? new DropPlan(folders.get(0), List.of(), null)
                    : refuse("Drop one folder to open it as the corpus, or only articles (" + KINDS + ") to add them");
        }
        List<String> others = dropped.stream().filter(p -> !isArticle(p)).map(p -> String.valueOf(p.getFileName()))
                .toList();
        if (!others.isEmpty()) {
            String names = others.size() <= 3 ? String.join(", ", others)
                    : String.join(", ", others.subList(0, 3)) + " and " + (others.size() - 3) + " more";
            return refuse(names + (others.size() == 1 ? " is not" : " are not")
                    + " an article: only " + KINDS + " files can be added (or drop a folder to open it)");
        }
        return new DropPlan(null, dropped, null);
    }

    public static boolean isArticle(Path p) {
        return ArticleKind.isArticle(p) && !Files.isDirectory(p);
    }

    private static DropPlan refuse(String why) {
        return new DropPlan(null, List.of(), why);
    }

    public boolean isRefused() {
        return problem != null;
    }

    /** What the drop will do, shown while dragging. */
    public String describe() {
        if (problem != null) {
            return problem;
        }
        if (folder != null) {
            return "Open “" + folder.getFileName() + "” as the corpus";
        }
        return articles.size() == 1 ? "Add “" + articles.get(0).getFileName() + "” to the corpus"
                : "Add " + articles.size() + " articles to the corpus";
    }
}
