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

    private final AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
    private final ReadOnlyObjectWrapper<AnnotationDocument> document =
            new ReadOnlyObjectWrapper<>(this, "document", AnnotationDocument.EMPTY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<List<Problem>> loadProblems =
            new ReadOnlyObjectWrapper<>(this, "loadProblems", List.of());
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annotations-io");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<AnnotationDocument> pending = new AtomicReference<>();
    private boolean loading;

    /** A session with no file yet: nothing is saved until {@link #open} or {@link #saveAs}. */
    public AnnotationSession() {
        history.addListener(doc -> {
            document.set(doc);
            if (!loading) {
                scheduleSave(doc);
            }
        });
    }

    /** A session that is never saved: for tests and previews. */
    public static AnnotationSession inMemory(AnnotationDocument start) {
        AnnotationSession s = new AnnotationSession();
        s.show(new AnnotationStore.Loaded(start, null, List.of()));
        return s;
    }

    /**
     * Switches to the annotations in {@code annotationsFile} (beside a corpus), read on a background thread; saves
     * still queued for the previous file are written first. {@code then} runs on the FX thread once shown.
     */
    public void open(Path annotationsFile, Runnable then) {
        status.set("loading notes…");
        io.execute(() -> {
            AnnotationStore.Loaded loaded = AnnotationStore.load(annotationsFile);
            Platform.runLater(() -> {
                show(loaded);
                if (then != null) {
                    then.run();
                }
            });
        });
    }

    private void show(AnnotationStore.Loaded loaded) {
        loading = true;
        try {
            file.set(loaded.saveTo());
            history.reset(loaded.document());
        } finally {
            loading = false;
        }
        loadProblems.set(loaded.problems());
        status.set(loaded.problems().isEmpty() ? (loaded.saveTo() == null ? "" : SAVED)
                : loaded.saveTo() == null ? "⚠ notes will not be saved (no notes file can be used)"
                : "⚠ notes continue in " + loaded.saveTo().getFileName());
    }

    /** What was wrong with the annotation files met on opening (a corrupt file kept aside, …). */
    public ReadOnlyObjectProperty<List<Problem>> loadProblemsProperty() {
        return loadProblems.getReadOnlyProperty();
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

    /** Waits (up to 5 s) for the saves queued so far to finish: on closing the window. */
    public void flush() {
        try {
            io.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the save reports its own failure in the status; nothing more to do on the way out
        }
    }

    private void scheduleSave(AnnotationDocument doc) {
        if (file.get() == null) {
            return;
        }
        status.set("saving…");
        // only the newest document is written; saves queued behind it find nothing to do
        if (pending.getAndSet(doc) == null) {
            Path target = file.get();
            io.execute(() -> {
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
