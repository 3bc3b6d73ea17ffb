package org.chronoscope.view.annotation;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.view.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class NotesPanelTest extends ApplicationTest {
    private TimelineView view;
    private AnnotationWorkspace workspace;

    @Override
    public void start(Stage stage) {
        Corpus corpus = SyntheticModel.corpus(60, 9);
        view = new TimelineView();
        view.getActors().setAll(corpus.actors());
        view.getEvents().setAll(corpus.events());
        workspace = new AnnotationWorkspace(view, () -> stage);
        BorderPane root = new BorderPane(AnnotationOverlay.wrap(view, workspace.session()));
        root.setRight(workspace.notesPanel());
        stage.setScene(new Scene(root, 1200, 560));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
    }

    @Test
    void clicking_a_note_brings_its_event_into_view_and_selects_it() {
        TimelineEvent e = view.getModel().dated().get(view.getModel().dated().size() / 2);
        interact(() -> {
            view.zoomTo(LocalDate.of(2014, 1, 1).toEpochDay(), LocalDate.of(2014, 2, 1).toEpochDay());
            workspace.session().apply("Add note",
                    d -> d.withNote(Annotation.create(AnnotationAnchor.event(e.id()), "Look here", null)));
        });
        clickOn("Look here");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(e, view.getSelectedEvent());
        double x = view.getScale().x(e.date().start());
        assertTrue(x >= 0 && x <= view.contentWidth(), "the event is in view at x = " + x);
    }

    @Test
    void a_note_whose_event_is_gone_is_listed_as_detached() {
        interact(() -> workspace.session().apply("Add note", d -> d.withNote(
                Annotation.create(AnnotationAnchor.event("vanished-event"), "Orphan", null))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".note-detached").queryAs(Label.class).getText().contains("vanished-event"));
        assertTrue(lookup("1 note · 1 detached · 0 starred").tryQuery().isPresent());
    }

    @Test
    void delete_removes_the_selected_note_and_undo_restores_it() {
        interact(() -> workspace.session().apply("Add note", d -> d.withNote(
                Annotation.create(AnnotationAnchor.date(LocalDate.of(2020, 5, 1)), "Remove me", null))));
        clickOn("Remove me");
        clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(workspace.notesPanel().listView().getItems().isEmpty());
        interact(() -> workspace.session().undo());
        assertEquals(1, workspace.notesPanel().listView().getItems().size());
    }
}
