package org.chronoscope.app;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Messages;
import org.chronoscope.app.task.TaskRunner;

import java.net.URI;
import java.nio.file.Path;
import org.chronoscope.load.LinkFetcher;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The window's corpus folder: loading it in the background, adding articles, and watching it so that a new,
 * changed or removed file reloads the corpus. File work never runs on the FX thread; results come back to it.
 */
final class CorpusSession {
    static final long WATCH_DEBOUNCE_MS = 500;
    private final TaskRunner tasks;
    private final BiConsumer<Path, Corpus> shown;
    private final Consumer<Corpus> reloaded;
    private final TaskRunner.ErrorReporter errors;
    private final Consumer<BooleanSupplier> warmUp;
    private LinkFetcher linkFetcher = new LinkFetcher();
    private Consumer<String> cancelled = m -> { };
    private Path folder;
    private CorpusWatcher watcher;
    /** The folder's files as the latest load of ours found them (set on the loader thread). */
    private volatile FolderStamp loadedStamp;
    private int loadsStarted;

    /**
     * @param shown    gets a corpus newly opened in a folder (or with articles added), on the FX thread
     * @param reloaded gets the open folder's corpus loaded again (its view is kept)
     * @param errors   shows what went wrong
     * @param warmUp   warms the drawing code while a load runs, until the condition it is given holds
     */
    CorpusSession(TaskRunner tasks, BiConsumer<Path, Corpus> shown, Consumer<Corpus> reloaded,
                  TaskRunner.ErrorReporter errors, Consumer<BooleanSupplier> warmUp) {
        this.tasks = tasks;
        this.shown = shown;
        this.reloaded = reloaded;
        this.errors = errors;
        this.warmUp = warmUp;
    }

    Path folder() {
        return folder;
    }

    void open(Path dir) {
        runCancellable(CorpusTasks.load(dir, () -> loadedStamp = FolderStamp.of(dir)), dir, c -> shown.accept(dir, c));
    }

    /** Follows a load begun before the window existed; cancelling the task cancels that load. */
    void open(Path dir, CompletableFuture<Corpus> loading, CorpusTasks.Preloading progress) {
        String name = String.valueOf(dir.getFileName());
        Task<Corpus> task = new Task<>() {
            @Override
            protected Corpus call() throws Exception {
                updateMessage(Messages.text("corpus.loading", name));
                updateProgress(-1, 1);
                progress.follow((done, total) -> {
                    updateProgress(done, total);
                    updateMessage(CorpusTasks.progressText(name, done, total));
                });
                try {
                    return loading.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
        };
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> progress.cancel());
        loadsStarted++;
        tasks.runCancellable(task, c -> shown.accept(dir, c), Messages.text("corpus.loadFailed", dir),
                () -> cancelled.accept(Messages.text("corpus.loadCancelled", dir.getFileName())));
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
                e -> errors.failed(Messages.text("corpus.notWatching", dir),
                        Messages.text("corpus.notWatching.text", e.getMessage())));
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
        runCancellable(CorpusTasks.load(dir, () -> loadedStamp = FolderStamp.of(dir)), dir, c -> {
            if (dir.equals(folder)) {
                reloaded.accept(c);
                then.accept(c);
            }
        });
    }

    void addArticles(List<Path> articles) {
        if (folder == null) {
            errors.failed(Messages.text("corpus.noneOpen"), Messages.text("corpus.openBeforeAdding"));
            return;
        }
        Path dir = folder;
        run(CorpusTasks.addArticles(dir, articles, () -> loadedStamp = FolderStamp.of(dir)), dir,
                c -> shown.accept(dir, c));
    }

    /** Fetches a link into the open folder in the background (File → Open link…, a dropped link), then loads it. */
    void fetchLink(URI link) {
        if (folder == null) {
            errors.failed(Messages.text("corpus.noneOpen"), Messages.text("corpus.openBeforeLink"));
            return;
        }
        Path dir = folder;
        run(CorpusTasks.fetchLink(dir, link, linkFetcher, () -> loadedStamp = FolderStamp.of(dir)), dir,
                c -> shown.accept(dir, c), Messages.text("corpus.fetchFailed", link));
    }

    /** Gets the words for the user when a load is cancelled (on the FX thread). */
    void setOnCancelled(Consumer<String> said) {
        cancelled = said;
    }

    /** For tests: a fetcher with a short timeout. */
    void setLinkFetcher(LinkFetcher fetcher) {
        linkFetcher = fetcher;
    }

    /** How many loads this session has started (the tests count reloads). */
    int loadsStarted() {
        return loadsStarted;
    }

    /** A load the user may cancel: the window keeps what it showed, and the status says so. */
    private void runCancellable(Task<Corpus> task, Path dir, Consumer<Corpus> then) {
        loadsStarted++;
        tasks.runCancellable(task, then, Messages.text("corpus.loadFailed", dir), () -> {
            loadedStamp = null; // the folder was not loaded as it is: a change from now on reloads it
            cancelled.accept(Messages.text("corpus.loadCancelled", dir.getFileName()));
        });
        warmUp.accept(task::isDone);
    }

    private void run(Task<Corpus> task, Path dir, Consumer<Corpus> then) {
        run(task, dir, then, Messages.text("corpus.loadFailed", dir));
    }

    /** Runs a load, warming the drawing code meanwhile (not at start-up, where it would delay the first frame). */
    private void run(Task<Corpus> task, Path dir, Consumer<Corpus> then, String failureHeader) {
        loadsStarted++;
        tasks.run(task, then, failureHeader);
        warmUp.accept(task::isDone);
    }
}
