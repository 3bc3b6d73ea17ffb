package org.chronoscope.view.annotation;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.chronoscope.model.Problem;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.AnnotationHistory;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The user's annotations for one corpus while the window is open: the undo/redo history, the file they belong in,
 * and {@link #statusProperty()} ("✓ saved", "saving…" or what went wrong). It does no file work itself: whoever
 * reads and writes the file (the app's notes file) shows what it read with {@link #show} and hears every change
 * through {@link #setOnChange}. Use from the FX thread.
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
    private OnChange onChange = (doc, target) -> { };
    private boolean showing;

    /** Hears a changed document and the file it belongs in (null: none yet), to save it. */
    @FunctionalInterface
    public interface OnChange {
        void changed(AnnotationDocument doc, Path file);
    }

    /** A session with no file yet: nothing is saved until {@link #show} gives it one, or {@link #saveAs}. */
    public AnnotationSession() {
        history.addListener(doc -> {
            document.set(doc);
            if (!showing) {
                onChange.changed(doc, file.get());
            }
        });
    }

    /** A session that is never saved: for tests and previews. */
    public static AnnotationSession inMemory(AnnotationDocument start) {
        AnnotationSession s = new AnnotationSession();
        s.show(start, null, List.of());
        return s;
    }

    /** Who saves: called after every change the user makes (not after {@link #show}), and on {@link #saveAs}. */
    public void setOnChange(OnChange onChange) {
        this.onChange = onChange;
    }

    /**
     * Shows annotations read from a file: the history starts again from them, and later changes go to
     * {@code saveTo}. {@code problems} says what was wrong with the files met on the way (a corrupt file kept).
     */
    public void show(AnnotationDocument doc, Path saveTo, List<Problem> problems) {
        showing = true;
        try {
            file.set(saveTo);
            history.reset(doc);
        } finally {
            showing = false;
        }
        status.set(problems.isEmpty() ? (saveTo == null ? "" : SAVED)
                : saveTo == null ? "⚠ notes will not be saved (no notes file can be used)"
                : "⚠ notes continue in " + saveTo.getFileName());
        loadProblems.set(List.copyOf(problems));
    }

    /** What the file work says: "loading notes…", "saving…", {@link #SAVED}, "not saved: …". */
    public void setStatus(String text) {
        status.set(text);
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

    /** Save As…: from now on the annotations go to {@code target}; saved at once. */
    public void saveAs(Path target) {
        file.set(target);
        onChange.changed(history.current(), target);
    }
}
