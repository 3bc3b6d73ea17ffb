package org.chronoscope.load;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.chronoscope.model.OneLine;
import org.chronoscope.model.Problem;

/**
 * The article files of a corpus folder. An entry named like an article that cannot be read as one is never
 * skipped in silence: a folder, a FIFO or device, a dangling link, a link loop, a name the system cannot spell,
 * and a link to a file outside the folder (whose text the user may not mean to publish in quotes) are each a
 * warning naming the entry, and are left out.
 */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The regular article files of the folder, sorted by name; a warning for each article-named entry left out. */
    static List<Path> list(Path folder, List<Problem> problems) {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(ArticleKind::isArticle)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(Problem.error(folder.toString(), "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
        Path realFolder;
        try {
            realFolder = folder.toRealPath();
        } catch (IOException e) {
            realFolder = folder.toAbsolutePath().normalize();
        }
        List<Path> out = new ArrayList<>(entries.size());
        for (Path p : entries) {
            String why = whyNot(p, realFolder);
            if (why == null) {
                out.add(p);
            } else {
                problems.add(Problem.warning(p.getFileName().toString(), why + "; skipped"));
            }
        }
        return out;
    }

    /** Why an article-named entry is left out, or null when it is a regular file to read. */
    private static String whyNot(Path p, Path realFolder) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            String encoding = System.getProperty("sun.jnu.encoding", "");
            return encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF") ? "was removed while the folder was read"
                    : "cannot be opened: its name cannot be represented in this system's character set (" + encoding
                    + "); run Chronoscope with a UTF-8 locale";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        if (own.isSymbolicLink()) {
            Path real;
            try {
                real = p.toRealPath();
            } catch (NoSuchFileException e) {
                return "is a symbolic link to " + target(p) + ", which does not exist";
            } catch (FileSystemException e) {
                return "is a symbolic link that cannot be followed (" + (e.getReason() == null ? "a loop?"
                        : e.getReason()) + ")";
            } catch (IOException e) {
                return "is a symbolic link that cannot be followed (" + e.getMessage() + ")";
            }
            if (!real.startsWith(realFolder)) {
                return "is a symbolic link to " + OneLine.fileName(real.toString())
                        + ", outside the corpus folder (copy the file into the folder to load it)";
            }
            return kind(real);
        }
        if (own.isRegularFile()) {
            return null;
        }
        return kind(p);
    }

    /** Null for a regular file (following links), else what it is. */
    private static String kind(Path p) {
        if (Files.isRegularFile(p)) {
            return null;
        }
        return Files.isDirectory(p) ? "is a folder, not an article" : "is not a regular file (a FIFO, device or socket)";
    }

    private static String target(Path link) {
        try {
            return OneLine.fileName(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            return "?";
        }
    }
}
