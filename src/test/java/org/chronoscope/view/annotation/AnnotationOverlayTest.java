package org.chronoscope.view.annotation;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.Box;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.view.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class AnnotationOverlayTest extends ApplicationTest {
    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;

    private TimelineView view;
    private AnnotationWorkspace workspace;
    private Corpus corpus;

    @Override
    public void start(Stage stage) {
        corpus = SyntheticModel.corpus(30, 5, FROM, TO);
        view = new TimelineView();
        view.getActors().setAll(corpus.actors());
        view.getEvents().setAll(corpus.events());
        workspace = new AnnotationWorkspace(view, () -> stage);
        BorderPane root = new BorderPane(AnnotationOverlay.wrap(view, workspace.session()));
        root.setBottom(workspace.statusLabel());
        // the window's Edit menu is drawn from its command table (app); here, the same two accelerators
        javafx.scene.control.MenuItem undo = new javafx.scene.control.MenuItem("Undo");
        undo.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> workspace.undo());
        javafx.scene.control.MenuItem redo = new javafx.scene.control.MenuItem("Redo");
        redo.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> workspace.redo());
        root.setTop(new javafx.scene.control.MenuBar(new javafx.scene.control.Menu("Edit", null, undo, redo)));
        stage.setScene(new Scene(root, 1100, 560));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
    }

    private AnnotationOverlay overlay() {
        return lookup(".annotation-overlay").queryAs(AnnotationOverlay.class);
    }

    private TimelineEvent visibleEvent() {
        return view.getModel().dated().stream().filter(e -> !e.date().isRange() && !e.date().isApproximate())
                .filter(e -> overlay().layer() != null).findFirst().orElseThrow();
    }

    private int pixel(Box box) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> overlay().snapshot(null, null)).get(5, TimeUnit.SECONDS);
        return img.getPixelReader().getArgb((int) box.x() + 3, (int) (box.y() + box.h() / 2));
    }

    @Test
    void a_starred_event_is_pinned_so_a_crowded_timeline_keeps_its_label_and_unstarring_unpins_it() {
        TimelineEvent e = view.getModel().dated().get(7);
        interact(() -> workspace.session().apply("Star event", d -> d.withStar(e.id(), true)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(e), view.getPinnedEvents());
        interact(() -> workspace.session().apply("Unstar event", d -> d.withStar(e.id(), false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getPinnedEvents().isEmpty());
    }

    @Test
    void a_note_shows_as_a_callout_in_its_colour_and_undo_removes_it() throws Exception {
        TimelineEvent e = visibleEvent();
        interact(() -> workspace.session().apply("Add note",
                d -> d.withNote(Annotation.create(AnnotationAnchor.event(e.id()), "Key moment", "#e03131"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, overlay().layer().callouts().size());
        Box box = overlay().layer().callouts().get(0).box();
        int argb = pixel(box);
        assertEquals(0xe0, (argb >> 16) & 0xff, 20, String.format("#%08x", argb));
        assertEquals(0x31, (argb >> 8) & 0xff, 20);

        clickOn(view);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay().layer().callouts().isEmpty(), "Ctrl+Z took the note back");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, overlay().layer().callouts().size(), "Ctrl+Shift+Z brought it back");
    }

    @Test
    void dragging_a_callout_moves_it_and_the_move_can_be_undone() {
        TimelineEvent e = visibleEvent();
        interact(() -> workspace.session().apply("Add note",
                d -> d.withNote(Annotation.create(AnnotationAnchor.event(e.id()), "Drag me", "#1c7ed6"))));
        WaitForAsyncUtils.waitForFxEvents();
        Box before = overlay().layer().callouts().get(0).box();
        var start = overlay().localToScreen(before.x() + before.w() / 2, before.y() + before.h() / 2);
        drag(start.getX(), start.getY()).dropBy(60, 40);
        WaitForAsyncUtils.waitForFxEvents();
        Box after = overlay().layer().callouts().get(0).box();
        assertEquals(before.x() + 60, after.x(), 3);
        assertEquals(before.y() + 40, after.y(), 3);
        assertEquals("Move note", workspace.session().history().undoName());
        interact(() -> workspace.session().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, overlay().layer().callouts().get(0).box());
    }

    @Test
    void a_starred_event_is_listed_in_the_layer() {
        TimelineEvent e = visibleEvent();
        interact(() -> overlay().toggleStar(e));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overlay().layer().starred().stream().map(TimelineFrame.Item::event).anyMatch(e::equals));
    }
}
