package org.chronoscope.view.annotation;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.view.timeline.TimelineView;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists every note; clicking one brings its anchor into view (and selects its event). Notes whose event no longer
 * exists are listed as detached: kept, not drawn. Delete removes the selected note (undoable).
 */
public final class NotesPanel extends BorderPane {
    public static final String STYLE_CLASS = "notes-panel";

    private final ListView<Annotation> list = new ListView<>();
    private final TimelineView view;
    private final AnnotationSession session;
    private final AnnotationOverlay overlay;
    private final Label count = new Label();

    public NotesPanel(TimelineView view, AnnotationSession session, AnnotationOverlay overlay) {
        this.view = view;
        this.session = session;
        this.overlay = overlay;
        getStyleClass().add(STYLE_CLASS);
        list.setPlaceholder(new Label("No notes yet. Right-click an event or a date → Annotate…"));
        list.setCellFactory(l -> new NoteCell());
        list.setOnMouseClicked(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                reveal(a);
                if (e.getClickCount() == 2) {
                    overlay.edit(a.id());
                }
            }
        });
        list.setOnKeyPressed(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                session.apply("Delete note", d -> d.withoutNote(a.id()));
            } else if (e.getCode() == KeyCode.ENTER) {
                reveal(a);
            }
        });
        Button delete = new Button("Delete");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            session.apply("Delete note", d -> d.withoutNote(a.id()));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, count, spacer, delete);
        bar.setPadding(new Insets(4, 6, 4, 6));
        Label title = new Label("Notes");
        title.getStyleClass().add("notes-title");
        title.setPadding(new Insets(4, 6, 4, 6));
        setTop(title);
        setCenter(list);
        setBottom(bar);
        session.documentProperty().addListener((o, a, b) -> refresh());
        view.modelProperty().addListener(o -> refresh());
        sceneProperty().addListener(o -> refresh());
        refresh();
    }

    public ListView<Annotation> listView() {
        return list;
    }

    /** Lists the notes again; while the panel is in no scene (a cold start builds it late) that waits. */
    private void refresh() {
        if (getScene() == null) {
            return;
        }
        AnnotationDocument doc = session.documentProperty().get();
        list.getItems().setAll(doc.notes());
        long detached = doc.detached(eventIds()).size();
        count.setText(doc.notes().size() + (doc.notes().size() == 1 ? " note" : " notes")
                + (detached > 0 ? " · " + detached + " detached" : "") + " · " + doc.starred().size() + " starred");
    }

    private Set<String> eventIds() {
        TimelineModel m = view.getModel();
        if (m == null) {
            return Set.of();
        }
        Set<String> ids = m.dated().stream().map(TimelineEvent::id).collect(Collectors.toSet());
        m.undated().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /** Brings the note's anchor into view. */
    public void reveal(Annotation a) {
        if (a.anchor() instanceof AnnotationAnchor.OnEvent e) {
            TimelineModel m = view.getModel();
            if (m == null) {
                return;
            }
            m.dated().stream().filter(x -> x.id().equals(e.eventId())).findFirst().ifPresent(ev -> {
                view.setSelectedEvent(ev);
                view.zoomToEvent(ev);
            });
            return;
        }
        double from = a.anchor().from().toEpochDay();
        double to = a.anchor().to().toEpochDay() + 1;
        double pad = Math.max(3, (to - from) * 0.3);
        view.zoomTo(from - pad, to + pad);
    }

    private final class NoteCell extends ListCell<Annotation> {
        NoteCell() {
            setPrefWidth(0); // follow the list's width: long notes are cut with an ellipsis, no sideways scrolling
        }

        @Override
        protected void updateItem(Annotation a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean detached = a.eventId() != null && !eventIds().contains(a.eventId());
            Label head = new Label(a.headline());
            head.getStyleClass().add("note-headline");
            Label anchor = new Label((detached ? "detached — event " + a.eventId() + " no longer exists"
                    : overlay.describe(a.anchor())));
            anchor.getStyleClass().add(detached ? "note-detached" : "note-anchor");
            anchor.setStyle(detached ? "-fx-text-fill: #c92a2a;" : "-fx-text-fill: derive(-fx-text-base-color, 40%);");
            VBox text = new VBox(1, head, anchor);
            HBox row = new HBox(8, new Circle(5, Color.web(a.color())), text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }
    }
}
