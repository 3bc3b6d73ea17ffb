package org.chronoscope.app;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.chronoscope.model.Corpus;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.render.Warmup;

import java.net.URI;
import java.nio.file.Path;
import org.chronoscope.load.LinkFetcher;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The window's corpus folder: loading it in the background, adding articles, and watching it so that a new,
 * changed or removed file reloads the corpus. File work never runs on the FX thread; results come back to it.
 */
final class CorpusSession {
    static final long WATCH_DEBOUNCE_MS = 500;
    private final MainWindow window;
    private final TaskRunner tasks;
    private Path folder;
    private CorpusWatcher watcher;
    /** The folder's files as the latest load of ours found them (set on the loader thread). */
    private volatile FolderStamp loadedStamp;
    private int loadsStarted;

    CorpusSession(MainWindow window, TaskRunner tasks) {
        this.window = window;
        this.tasks = tasks;
    }

    Path folder() {
        return folder;
    }

    void open(Path dir) {
        run(CorpusTasks.load(dir, () -> loadedStamp = FolderStamp.of(dir)), dir, c -> window.show(dir, c));
    }

    void open(Path dir, CompletableFuture<Corpus> loading) {
        run(new Task<>() {
            @Override
            protected Corpus call() throws Exception {
                updateMessage("Loading " + dir.getFileName() + "…");
                updateProgress(-1, 1);
                try {
                    return loading.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        }, dir, c -> window.show(dir, c), "Could not load " + dir, false);
    }

    /** The window now shows dir: watch it (and stop watching the folder shown before). */
    void shown(Path dir) {
        folder = dir;
        if (watcher != null && watcher.folder().equals(dir)) {
            return;
        }
        stopWatching();
        watcher = CorpusWatcher.start(dir, WATCH_DEBOUNCE_MS, () -> {
                    // a change our own add or promote made is already in the load that followed it
                    if (!FolderStamp.of(dir).equals(loadedStamp)) {
                        Platform.runLater(() -> reload(c -> { }));
                    }
                },
                e -> window.error("Not watching " + dir, "Changes to the folder will not be picked up until it is"
                        + " opened again: " + e.getMessage()));
    }

    void stopWatching() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Loads the open folder again; the window keeps its filters, zoom and selection. */
    void reload(Consumer<Corpus> then) {
        Path dir = folder;
        if (dir == null) {
            return;
        }
        run(CorpusTasks.load(dir, () -> loadedStamp = FolderStamp.of(dir)), dir, c -> {
            if (dir.equals(folder)) {
                window.showReloaded(c);
                then.accept(c);
            }
        });
    }

    void addArticles(List<Path> articles) {
        if (folder == null) {
            window.error("No corpus is open", "Open a corpus folder before adding an article.");
            return;
        }
        Path dir = folder;
        run(CorpusTasks.addArticles(dir, articles, () -> loadedStamp = FolderStamp.of(dir)), dir,
                c -> window.show(dir, c));
    }

    /** Fetches a link into the open folder in the background (File → Open link…, a dropped link), then loads it. */
    void fetchLink(URI link, LinkFetcher fetcher) {
        if (folder == null) {
            window.error("No corpus is open", "Open a corpus folder before adding a link.");
            return;
        }
        Path dir = folder;
        run(CorpusTasks.fetchLink(dir, link, fetcher, () -> loadedStamp = FolderStamp.of(dir)), dir,
                c -> window.show(dir, c), "Could not fetch " + link);
    }

    /** How many loads this session has started (the tests count reloads). */
    int loadsStarted() {
        return loadsStarted;
    }

    private void run(Task<Corpus> task, Path dir, Consumer<Corpus> then) {
        run(task, dir, then, "Could not load " + dir, true);
    }

    private void run(Task<Corpus> task, Path dir, Consumer<Corpus> then, String failureHeader) {
        run(task, dir, then, failureHeader, true);
    }

    /** Runs a load; warm: also warm the drawing code meanwhile (not at start-up, where it would delay the first frame). */
    private void run(Task<Corpus> task, Path dir, Consumer<Corpus> then, String failureHeader, boolean warm) {
        loadsStarted++;
        tasks.run(task, then, failureHeader);
        if (warm) {
            Warmup.start(window.timeline().getTimelineStyle(), task::isDone);
        }
    }
}
