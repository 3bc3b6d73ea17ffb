package org.chronoscope.view.annotation;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.view.AfterFirstFrame;
import org.chronoscope.view.LazyTooltip;
import org.chronoscope.view.timeline.TimelineView;

import java.io.File;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Everything annotations add to the main window, behind a few calls: the overlay over the timeline, the notes
 * panel, the "✓ saved" status label, the actions the window's commands run (undo and redo with their texts,
 * annotate, star, Save Notes As…),
 * and {@link #corpusChanged} when the corpus or its notes change. The notes' file work is the app's.
 */
public final class AnnotationWorkspace {
    /** The name Save Notes As… proposes (the name the notes have beside a corpus). */
    private static final String NOTES_FILE_NAME = "annotations.json";
    private final TimelineView view;
    private final Supplier<Window> owner;
    private final AnnotationSession session = new AnnotationSession();
    private final AnnotationOverlay overlay;
    /** Made when the notes list first joins the window (after the first frame), or when asked for. */
    private NotesPanel notes;
    private final Label status = new Label();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public AnnotationWorkspace(TimelineView view, Supplier<Window> owner) {
        this.view = view;
        this.owner = owner;
        overlay = new AnnotationOverlay(view, session);
        status.setId("annotations-status");
        status.getStyleClass().add("annotations-status");
        status.textProperty().bind(session.statusProperty());
        LazyTooltip.install(status, () -> session.fileProperty().get() == null ? null
                : "Notes are saved to " + session.fileProperty().get());
        session.documentProperty().addListener((o, a, b) -> historyChanged()); // a change listener: every change
        session.loadProblemsProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                warn("Your notes are safe: the file that could not be read is kept as it is, and new notes go to "
                        + session.fileProperty().get().getFileName() + ".",
                        b.stream().map(Problem::toString).collect(Collectors.joining("\n\n")));
            }
        });
    }

    public AnnotationSession session() {
        return session;
    }

    public AnnotationOverlay overlay() {
        return overlay;
    }

    public NotesPanel notesPanel() {
        if (notes == null) {
            notes = new NotesPanel(view, session, overlay);
        }
        return notes;
    }

    public Label statusLabel() {
        return status;
    }

    /** The detail pane above the notes panel, as one right-hand column. */
    public Node rightColumn(Node detail) {
        SplitPane split = new SplitPane(detail, AfterFirstFrame.holder(this::notesPanel));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(split, false); // like the detail pane alone: the timeline takes new width
        return split;
    }

    /** The corpus or its notes changed: the notes stay, their events are looked up anew. */
    public void corpusChanged() {
        overlay.requestLayout();
    }

    /** "Undo Add note", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    /** Opens the note editor on the selected event. */
    public void annotateSelected() {
        TimelineEvent e = view.getSelectedEvent();
        if (e != null) {
            overlay.annotate(AnnotationAnchor.event(e.id()));
        }
    }

    public void starSelected() {
        TimelineEvent e = view.getSelectedEvent();
        if (e != null) {
            overlay.toggleStar(e);
        }
    }

    /** Save Notes As…: asks for a file; the notes go there from now on. */
    public void saveNotesAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save notes as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chronoscope notes", "*.json"));
        chooser.setInitialFileName(NOTES_FILE_NAME);
        File f = chooser.showSaveDialog(owner.get());
        if (f != null) {
            session.saveAs(f.toPath());
        }
    }

    private void historyChanged() {
        String u = session.history().undoName();
        String r = session.history().redoName();
        undoText.set(u == null ? "Undo" : "Undo " + u);
        redoText.set(r == null ? "Redo" : "Redo " + r);
        canUndo.set(u != null);
        canRedo.set(r != null);
    }

    private void warn(String header, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.setHeaderText(header);
        a.show();
    }
}
