package org.chronoscope.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;
import org.chronoscope.load.ArticleKind;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a corpus folder: when an article ({@code .txt}/{@code .md}), {@code events.json} or {@code corpus.json}
 * is created, changed or removed, calls back once the folder has been quiet for the debounce delay (a burst of
 * writes gives one call). Runs on its own daemon threads; the callback is called on the watcher's thread, so hand
 * it to the FX thread yourself. {@link #close()} stops it.
 */
final class CorpusWatcher implements AutoCloseable {
    private final Path folder;
    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private final long debounceMillis;
    private final Runnable onChange;
    private ScheduledFuture<?> pending;

    private CorpusWatcher(Path folder, long debounceMillis, Runnable onChange) throws IOException {
        this.folder = folder;
        this.debounceMillis = debounceMillis;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "corpus-watch-debounce"));
        this.thread = daemon(this::loop, "corpus-watch");
    }

    /** Starts watching; a folder that cannot be watched is reported to onError and yields null. */
    static CorpusWatcher start(Path folder, long debounceMillis, Runnable onChange, Consumer<IOException> onError) {
        try {
            CorpusWatcher w = new CorpusWatcher(folder, debounceMillis, onChange);
            w.thread.start();
            return w;
        } catch (IOException e) {
            onError.accept(e);
            return null;
        }
    }

    /** True for the files a corpus is made of (not temporary files, notes or hidden files). */
    static boolean matters(Path name) {
        String n = name.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            return false;
        }
        return n.equals("events.json") || n.equals("corpus.json") || ArticleKind.isArticle(name);
    }

    Path folder() {
        return folder;
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    relevant |= e.kind() == StandardWatchEventKinds.OVERFLOW
                            || e.context() instanceof Path p && matters(p);
                }
                if (relevant) {
                    schedule();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (!timer.isShutdown()) {
            pending = timer.schedule(onChange, debounceMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        thread.interrupt();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
