package org.chronoscope.app;

import javafx.concurrent.Task;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.LinkFetcher;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Messages;
import org.chronoscope.model.OneLine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Background work of the window: loading a corpus folder, adding an article file. Never on the FX thread. */
public final class CorpusTasks {
    private CorpusTasks() {
    }

    /** Loads a folder; the task fails with a message naming the folder. */
    public static Task<Corpus> load(Path folder) {
        return load(folder, () -> { });
    }

    /**
     * Loads a folder, calling beforeRead on the loader thread just before the files are read. Progress counts the
     * articles read; cancelling the task stops the load (the corpus shown before stays).
     */
    static Task<Corpus> load(Path folder, Runnable beforeRead) {
        return new Task<>() {
            @Override
            protected Corpus call() {
                String name = String.valueOf(folder.getFileName());
                updateMessage(Messages.text("corpus.loading", name));
                updateProgress(-1, 1);
                beforeRead.run();
                Corpus c = loadNow(folder, new CorpusLoader.Progress() {
                    @Override
                    public void articles(int done, int total) {
                        if (total > 0) {
                            updateProgress(done, total);
                            updateMessage(progressText(name, done, total));
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
                updateProgress(1, 1);
                updateMessage(Messages.text("corpus.loaded", c.articles().size()));
                return c;
            }
        };
    }

    /**
     * Copies an article into the corpus folder (a temporary copy, then an atomic move, so a failure never leaves
     * half a file), then loads the folder again.
     */
    public static Task<Corpus> addArticle(Path folder, Path article) {
        return addArticles(folder, java.util.List.of(article));
    }

    /** Copies several articles into the corpus folder (each as {@link #addArticle} does), then loads it once. */
    public static Task<Corpus> addArticles(Path folder, java.util.List<Path> articles) {
        return addArticles(folder, articles, () -> { });
    }

    /** As {@link #addArticles(Path, java.util.List)}, calling beforeRead after the copies, before the load. */
    static Task<Corpus> addArticles(Path folder, java.util.List<Path> articles, Runnable beforeRead) {
        return new Task<>() {
            @Override
            protected Corpus call() throws IOException {
                updateMessage(articles.size() == 1 ? "Adding " + articles.get(0).getFileName() + "…"
                        : "Adding " + articles.size() + " articles…");
                updateProgress(-1, 1);
                for (Path article : articles) {
                    copyInto(folder, article);
                }
                beforeRead.run();
                return loadNow(folder);
            }
        };
    }

    /**
     * Fetches a link into the corpus folder (saved as .html, or .pdf), then loads the folder; progress is the
     * download's. The task fails with the fetcher's reason (not found, timed out, not a web page…).
     */
    static Task<Corpus> fetchLink(Path folder, URI link, LinkFetcher fetcher, Runnable beforeRead) {
        return new Task<>() {
            @Override
            protected Corpus call() throws Exception {
                updateMessage("Fetching " + link.getHost() + "…");
                updateProgress(-1, 1);
                Path saved = fetcher.fetch(link, folder, (done, total) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    }
                    updateMessage("Fetching " + link.getHost() + "… " + done / 1024 + " kB");
                });
                updateMessage("Saved " + saved.getFileName() + "; loading…");
                updateProgress(-1, 1);
                beforeRead.run();
                return loadNow(folder);
            }
        };
    }

    /**
     * Copies an article file into a folder as every file is written ({@link AtomicWrite}: never half a file, the
     * permissions the umask gives); refuses to overwrite an article already there, and to read anything but a
     * regular file (a FIFO would never end).
     */
    static Path copyInto(Path folder, Path article) throws IOException {
        Path target = folder.resolve(article.getFileName());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(OneLine.fileName(target.toString())
                    + " already exists in the corpus; rename the file to add it");
        }
        if (!Files.isRegularFile(article)) {
            throw new IOException(OneLine.fileName(article.toString()) + " is not a regular file; only files can "
                    + "be added as articles");
        }
        AtomicWrite.write(target, out -> Files.copy(article, out));
        return target;
    }

    /** What the status bar says while a load has read done of total articles. */
    static String progressText(String name, int done, int total) {
        return done < total ? Messages.text("corpus.reading", name, done, total)
                : Messages.text("corpus.merging", name, total);
    }

    /**
     * The progress of a load begun before the window existed (at start-up): the window's task follows it and may
     * cancel it.
     */
    static final class Preloading implements CorpusLoader.Progress {
        private volatile BiConsumer<Integer, Integer> follower = (done, total) -> { };
        private volatile int done;
        private volatile int total;
        private volatile boolean cancelled;

        @Override
        public void articles(int articlesDone, int articles) {
            done = articlesDone;
            total = articles;
            follower.accept(articlesDone, articles);
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        /** From now on, tells follower how far the load got (at once, if it has begun). */
        void follow(BiConsumer<Integer, Integer> f) {
            follower = f;
            if (total > 0) {
                f.accept(done, total);
            }
        }

        void cancel() {
            cancelled = true;
        }
    }

    static Corpus loadNow(Path folder) {
        return loadNow(folder, CorpusLoader.Progress.NONE);
    }

    static Corpus loadNow(Path folder, CorpusLoader.Progress progress) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        return CorpusLoader.load(folder, progress);
    }

    /** The seeds that ship with Chronoscope. */
    public static Path bundledSeeds() {
        return CorpusLoader.bundledSeeds();
    }
}
