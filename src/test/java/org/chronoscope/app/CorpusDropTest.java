package org.chronoscope.app;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files dropped on the window (the handler the drag events call; a real OS drag cannot be synthesised). */
class CorpusDropTest extends WindowOnTempCorpusTest {
    private Path outside;

    @Override
    public void start(Stage stage) throws Exception {
        super.start(stage);
        outside = Files.createTempDirectory("chronoscope-drop-src");
    }

    private Path article(String name) throws IOException {
        return Files.writeString(outside.resolve(name), "Kyiv, 20 November 2025\n\nOfficials met in Geneva on Sunday.\n");
    }

    @Test
    void dropped_articles_are_added_to_the_corpus() throws Exception {
        waitForArticles(2);
        Path a = article("dropped-one.txt");
        Path b = article("dropped-two.md");
        interact(() -> window.drop().drop(List.of(a, b)));
        waitForArticles(4);
        assertTrue(Files.exists(corpus.resolve("dropped-one.txt")));
        assertTrue(window.corpus().article("dropped-two.md").isPresent());
    }

    @Test
    void a_dropped_folder_opens_as_the_corpus() throws Exception {
        waitForArticles(2);
        article("only.txt");
        interact(() -> window.drop().drop(List.of(outside)));
        waitForArticles(1);
        assertEquals(outside, window.session().folder());
    }

    @Test
    void while_dragging_the_overlay_says_what_the_drop_will_do() throws Exception {
        Path txt = article("note.txt");
        Path photo = Files.writeString(outside.resolve("scan.jpg"), "JFIF");
        javafx.scene.Node overlay = lookup("#drop-overlay").query();
        Label message = lookup("#drop-message").queryAs(Label.class);
        assertFalse(overlay.isVisible());
        interact(() -> window.drop().hover(List.of(txt)));
        assertTrue(overlay.isVisible());
        assertEquals("Add “note.txt” to the corpus", message.getText());
        assertFalse(overlay.getPseudoClassStates().toString().contains("refused"));
        interact(() -> window.drop().hover(List.of(photo)));
        assertTrue(message.getText().startsWith("scan.jpg is not an article"), message.getText());
        assertTrue(overlay.getPseudoClassStates().toString().contains("refused"));
        interact(() -> window.drop().leave());
        assertFalse(overlay.isVisible());
    }

    @Test
    void other_files_are_refused_with_a_message_naming_them() throws Exception {
        waitForArticles(2);
        Path photo = Files.writeString(outside.resolve("scan.jpg"), "JFIF");
        interact(() -> window.drop().drop(List.of(photo)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = Window.getWindows().stream().filter(w -> w != window.stage())
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .findFirst().orElseThrow();
        assertTrue(pane.getContentText().contains("scan.jpg is not an article"), pane.getContentText());
        assertEquals(2, window.corpus().articles().size());
        interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
