package org.chronoscope.view.annotation;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.Problem;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.AnnotationHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The user's annotations for one corpus while the window is open: the undo/redo history, and autosave after every
 * change to {@code annotations.json} beside the corpus (or the file chosen with Save As…), written on a background
 * thread, never on the FX thread. {@link #statusProperty()} says "✓ saved", "saving…" or what went wrong.
 * Use from the FX thread.
 */
public final class AnnotationSession {
    public static final String SAVED = "✓ saved";

    private final AnnotationHistory history;
    private final ReadOnlyObjectWrapper<AnnotationDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", SAVED);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final List<Problem> loadProblems;
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annotations-autosave");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<AnnotationDocument> pending = new AtomicReference<>();
    private final boolean autosave;

    private AnnotationSession(AnnotationStore.Loaded loaded, boolean autosave) {
        this.history = new AnnotationHistory(loaded.document());
        this.loadProblems = loaded.problems();
        this.autosave = autosave;
        file.set(loaded.saveTo());
        document.set(loaded.document());
        if (!loaded.problems().isEmpty()) {
            status.set("annotations continue in " + loaded.saveTo().getFileName());
        }
        history.addListener(doc -> {
            document.set(doc);
            scheduleSave(doc);
        });
    }

    /** Opens the annotations beside a corpus folder; reading is quick (one small file), saving is in background. */
    public static AnnotationSession open(Path annotationsFile) {
        return new AnnotationSession(AnnotationStore.load(annotationsFile), true);
    }

    /** A session that is never saved: for tests and for corpora in read-only folders. */
    public static AnnotationSession inMemory(AnnotationDocument start) {
        return new AnnotationSession(new AnnotationStore.Loaded(start, Path.of(AnnotationStore.DEFAULT_NAME),
                List.of()), false);
    }

    /** What was wrong with the annotation files met on opening (a corrupt file kept aside, …). */
    public List<Problem> loadProblems() {
        return loadProblems;
    }

    public AnnotationHistory history() {
        return history;
    }

    public AnnotationDocument current() {
        return history.current();
    }

    public void apply(String name, UnaryOperator<AnnotationDocument> edit) {
        history.apply(name, edit);
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    public ReadOnlyObjectProperty<AnnotationDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Save As…: from now on the annotations go to {@code target}; written at once. */
    public void saveAs(Path target) {
        file.set(target);
        scheduleSave(history.current());
    }

    /** Waits (briefly) for the last save to finish: on closing the window. */
    public void flush() {
        saver.shutdown();
        try {
            saver.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scheduleSave(AnnotationDocument doc) {
        if (!autosave) {
            return;
        }
        status.set("saving…");
        // only the newest document is written; saves queued behind it find nothing to do
        if (pending.getAndSet(doc) == null) {
            Path target = file.get();
            saver.execute(() -> {
                AnnotationDocument latest = pending.getAndSet(null);
                String result;
                try {
                    AnnotationStore.save(target, latest);
                    result = SAVED;
                } catch (IOException e) {
                    result = "not saved: " + e.getMessage();
                }
                String shown = result;
                Platform.runLater(() -> {
                    if (pending.get() == null) {
                        status.set(shown);
                    }
                });
            });
        }
    }
}
