package org.chronoscope.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.view.timeline.TimelineSkin;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Promote to curated…: an extracted event saved into events.json, then reloaded and selected. */
class PromoteEventTest extends WindowOnTempCorpusTest {

    private TimelineEvent extracted() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.corpus() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.timeline().getModel().dated().stream().filter(e -> e.origin() == Origin.EXTRACTED)
                .filter(e -> !e.sources().isEmpty()).findFirst().orElseThrow();
    }

    private Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(w -> w != window.stage() && w.getScene() != null)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .findFirst();
    }

    private void clickPromoteInDialog() {
        DialogPane pane = dialog().orElseThrow();
        ButtonType ok = pane.getButtonTypes().stream().filter(b -> b.getText().equals("Promote")).findFirst()
                .orElseThrow();
        clickOn((Button) pane.lookupButton(ok));
    }

    @Test
    void the_detail_pane_promotes_an_extracted_event_under_a_new_title_keeping_its_date() throws Exception {
        TimelineEvent e = extracted();
        interact(() -> window.timeline().setSelectedEvent(e));
        clickOn("#detail-promote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        interact(() -> ((javafx.scene.control.TextField) pane.lookup("#promote-title")).setText("Talks in Geneva"));
        clickPromoteInDialog();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.timeline().getSelectedEvent() != null
                && window.timeline().getSelectedEvent().origin() == Origin.CURATED);
        TimelineEvent curated = window.timeline().getSelectedEvent();
        assertEquals("Talks in Geneva", curated.title());
        assertEquals(e.date().start(), curated.date().start());
        assertTrue(curated.date().basis().kind() != BasisKind.HAND_TYPED, "the article's words stay the basis");
        assertTrue(Files.readString(corpus.resolve("events.json")).contains("Talks in Geneva"));
        WaitForAsyncUtils.waitForFxEvents(); // the detail pane is rebuilt on the FX thread, after the selection
        assertEquals("Talks in Geneva", lookup("#detail-title").queryLabeled().getText());
    }

    @Test
    void an_edited_date_is_saved_as_typed_by_hand_from_the_context_menu() throws Exception {
        extracted();
        TimelineFrame frame = ((TimelineSkin) window.timeline().getSkin()).frame();
        TimelineFrame.Item item = frame.items().stream().filter(i -> i.event() != null
                && i.event().origin() == Origin.EXTRACTED && i.x0() > 0).findFirst().orElseThrow();
        Canvas canvas = lookup(".timeline-canvas").queryAs(Canvas.class);
        javafx.geometry.Point2D local = new javafx.geometry.Point2D(Math.max(item.x0(), 0) + 12, item.y() + 8);
        javafx.geometry.Point2D scene = canvas.localToScene(local);
        javafx.geometry.Point2D screen = canvas.localToScreen(local);
        // a right click as the platform reports it (the headless robot sends no context-menu request)
        interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu).map(w -> (ContextMenu) w)
                .findFirst().orElseThrow();
        MenuItem promote = menu.getItems().stream().filter(i -> "Promote to Curated…".equals(i.getText()))
                .findFirst().orElseThrow();
        interact(() -> {
            menu.hide();
            javafx.application.Platform.runLater(promote::fire);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        LocalDate day = item.event().date().start().minusDays(1);
        interact(() -> ((javafx.scene.control.DatePicker) pane.lookup("#promote-start")).setValue(day));
        clickPromoteInDialog();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.timeline().getSelectedEvent() != null
                && window.timeline().getSelectedEvent().origin() == Origin.CURATED);
        TimelineEvent curated = window.timeline().getSelectedEvent();
        assertEquals(day, curated.date().start());
        assertEquals(BasisKind.HAND_TYPED, curated.date().basis().kind());
    }

    @Test
    void a_catalogue_that_cannot_be_read_is_left_alone_and_the_error_names_it() throws Exception {
        TimelineEvent e = extracted();
        interact(() -> window.close()); // stops the folder watch, so the broken file is not reloaded
        Files.writeString(corpus.resolve("events.json"), "{ not json");
        interact(() -> window.timeline().setSelectedEvent(e));
        clickOn("#detail-promote");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog().isPresent());
        clickPromoteInDialog();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog().map(d -> d.getContentText() != null
                && d.getContentText().contains("events.json")).orElse(false));
        DialogPane error = dialog().orElseThrow();
        assertNotNull(error.getHeaderText());
        assertTrue(error.getHeaderText().startsWith("Could not promote"), error.getHeaderText());
        assertEquals("{ not json", Files.readString(corpus.resolve("events.json")));
        interact(() -> ((Stage) error.getScene().getWindow()).close());
    }
}
