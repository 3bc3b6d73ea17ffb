package org.chronoscope.view.annotation;

import static org.chronoscope.view.MenuItems.item;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
 * panel, the "✓ saved" status label, an Edit menu (Undo/Redo, Annotate, Star), the File menu item Save Notes As…,
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

    public AnnotationWorkspace(TimelineView view, Supplier<Window> owner) {
        this.view = view;
        this.owner = owner;
        overlay = new AnnotationOverlay(view, session);
        status.setId("annotations-status");
        status.getStyleClass().add("annotations-status");
        status.textProperty().bind(session.statusProperty());
        LazyTooltip.install(status, () -> session.fileProperty().get() == null ? null
                : "Notes are saved to " + session.fileProperty().get());
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

    /** Edit menu: Undo, Redo, Annotate Selected Event…, Star Selected Event. */
    public Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", session::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", session::redo);
        session.documentProperty().addListener((o, a, b) -> { // a change listener: hears every change
            String u = session.history().undoName();
            String r = session.history().redoName();
            undo.setText(u == null ? "Undo" : "Undo " + u);
            redo.setText(r == null ? "Redo" : "Redo " + r);
            undo.setDisable(u == null);
            redo.setDisable(r == null);
        });
        undo.setDisable(true);
        redo.setDisable(true);
        MenuItem annotate = item("Annotate Selected Event…", "Shortcut+Shift+N", () -> {
            TimelineEvent e = view.getSelectedEvent();
            if (e != null) {
                overlay.annotate(AnnotationAnchor.event(e.id()));
            }
        });
        MenuItem star = item("Star Selected Event", "Shortcut+Shift+S", () -> {
            TimelineEvent e = view.getSelectedEvent();
            if (e != null) {
                overlay.toggleStar(e);
            }
        });
        annotate.disableProperty().bind(view.selectedEventProperty().isNull());
        star.disableProperty().bind(view.selectedEventProperty().isNull());
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), annotate, star);
    }

    /** Save Notes As…, for the File menu. */
    public MenuItem[] fileMenuItems() {
        MenuItem saveAs = item("Save Notes As…", null, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save notes as");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Chronoscope notes", "*.json"));
            chooser.setInitialFileName(NOTES_FILE_NAME);
            File f = chooser.showSaveDialog(owner.get());
            if (f != null) {
                session.saveAs(f.toPath());
            }
        });
        return new MenuItem[]{saveAs};
    }

    private void warn(String header, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.setHeaderText(header);
        a.show();
    }
}
