package org.chronoscope.model.annotation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The current {@link AnnotationDocument} with undo and redo. Each edit keeps the document it replaced, under a
 * name for the menu ("Undo Move note"). Not thread-safe: use it from one thread (the FX thread in the window).
 */
public final class AnnotationHistory {
    /** How many edits can be undone. */
    public static final int LIMIT = 500;

    private record Step(String name, AnnotationDocument document) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<AnnotationDocument>> listeners = new CopyOnWriteArrayList<>();
    private AnnotationDocument current;

    public AnnotationHistory(AnnotationDocument start) {
        current = Objects.requireNonNull(start, "start");
    }

    public AnnotationDocument current() {
        return current;
    }

    /** Applies an edit; does nothing (and records nothing) when it changes nothing. */
    public void apply(String name, UnaryOperator<AnnotationDocument> edit) {
        AnnotationDocument next = edit.apply(current);
        if (next.equals(current)) {
            return;
        }
        undo.push(new Step(name, current));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        set(next);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Name of the edit Undo would take back, or null. */
    public String undoName() {
        return undo.isEmpty() ? null : undo.peek().name();
    }

    public String redoName() {
        return redo.isEmpty() ? null : redo.peek().name();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Step step = undo.pop();
        redo.push(new Step(step.name(), current));
        set(step.document());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Step step = redo.pop();
        undo.push(new Step(step.name(), current));
        set(step.document());
        return true;
    }

    /** Replaces the document without history (a file was loaded): undo cannot go back past it. */
    public void reset(AnnotationDocument document) {
        undo.clear();
        redo.clear();
        set(document);
    }

    /** Called with the new document after every change, undo and redo included. */
    public void addListener(Consumer<AnnotationDocument> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AnnotationDocument> listener) {
        listeners.remove(listener);
    }

    private void set(AnnotationDocument next) {
        current = next;
        for (Consumer<AnnotationDocument> l : listeners) {
            l.accept(next);
        }
    }
}
