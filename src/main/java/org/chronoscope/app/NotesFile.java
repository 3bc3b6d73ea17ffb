package org.chronoscope.app;

import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.view.annotation.AnnotationSession;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The file work of the user's notes: reading {@code annotations.json} beside a corpus when it opens, and saving
 * after every change (autosave), always in the background. Saves are written one at a time, newest document
 * only; opening another corpus first writes what is still waiting for the previous file.
 */
final class NotesFile {
    private final AnnotationSession session;
    private final TaskRunner tasks;
    /** The newest document not yet written, with its file; null when everything is written. */
    private final AtomicReference<Save> pending = new AtomicReference<>();
    /** Held while a file is read or written: one at a time, in order. */
    private final Object io = new Object();

    private record Save(AnnotationDocument doc, Path target) {
    }

    NotesFile(AnnotationSession session, TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
        session.setOnChange(this::save);
    }

    /** Reads the notes beside a corpus folder (in the background); {@code then} runs on the FX thread once shown. */
    void open(Path corpusFolder, Runnable then) {
        session.setStatus("loading notes…");
        Path file = AnnotationStore.besideCorpus(corpusFolder);
        tasks.quietly(() -> {
            synchronized (io) {
                writePending(); // what waits for the previous file goes there first
                return AnnotationStore.load(file);
            }
        }, loaded -> {
            session.show(loaded.document(), loaded.saveTo(), loaded.problems());
            then.run();
        }, e -> session.setStatus("notes not read: " + TaskRunner.message(e)));
    }

    private void save(AnnotationDocument doc, Path target) {
        if (target == null) {
            return;
        }
        session.setStatus("saving…");
        if (pending.getAndSet(new Save(doc, target)) != null) {
            return; // a save is already queued: it will write this newer document
        }
        tasks.quietly(() -> {
            synchronized (io) {
                writePending();
            }
            return AnnotationSession.SAVED;
        }, done -> {
            if (pending.get() == null) {
                session.setStatus(done);
            }
        }, e -> session.setStatus("not saved: " + TaskRunner.message(e)));
    }

    /** Writes the newest waiting document, if any (holding {@link #io}). */
    private void writePending() throws IOException {
        Save s = pending.getAndSet(null);
        if (s != null) {
            AnnotationStore.save(s.target(), s.doc());
        }
    }

    /** Waits (up to 5 s) for the waiting save to be written: on closing the window. */
    void flush() {
        try {
            CompletableFuture.runAsync(() -> {
                synchronized (io) {
                    try {
                        writePending();
                    } catch (IOException e) {
                        // on the way out there is nobody left to tell; the file on disk is the last good one
                    }
                }
            }, TaskRunner.background()).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // as above: the save failed or is still running; the atomic write never leaves half a file
        }
    }
}
