package org.chronoscope.app;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files dropped on the window (the handler the drag events call; a real OS drag cannot be synthesised). */
class CorpusDropTest extends ApplicationTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    private MainWindow window;
    private Preferences prefs;
    private Path corpus;
    private Path outside;

    @Override
    public void start(Stage stage) throws Exception {
        corpus = Files.createTempDirectory("chronoscope-drop");
        outside = Files.createTempDirectory("chronoscope-drop-src");
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        prefs = Preferences.userRoot().node("chronoscope-drop-test-" + System.nanoTime());
        window = new MainWindow(stage, new WindowPrefs(prefs));
        Scene scene = new Scene(window.root(), 1100, 700);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
        window.open(corpus);
    }

    @AfterEach
    void forget() throws Exception {
        interact(() -> window.saveState());
        prefs.removeNode();
    }

    private void waitForArticles(int n) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.corpus() != null && window.corpus().articles().size() == n);
        WaitForAsyncUtils.waitForFxEvents();
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
        assertEquals(outside, window.folder());
    }

    @Test
    void while_dragging_the_overlay_says_what_the_drop_will_do() throws Exception {
        Path txt = article("note.txt");
        Path pdf = Files.writeString(outside.resolve("scan.pdf"), "%PDF");
        javafx.scene.Node overlay = lookup("#drop-overlay").query();
        Label message = lookup("#drop-message").queryAs(Label.class);
        assertFalse(overlay.isVisible());
        interact(() -> window.drop().hover(List.of(txt)));
        assertTrue(overlay.isVisible());
        assertEquals("Add “note.txt” to the corpus", message.getText());
        assertFalse(overlay.getPseudoClassStates().toString().contains("refused"));
        interact(() -> window.drop().hover(List.of(pdf)));
        assertTrue(message.getText().startsWith("scan.pdf is not a text article"), message.getText());
        assertTrue(overlay.getPseudoClassStates().toString().contains("refused"));
        interact(() -> window.drop().leave());
        assertFalse(overlay.isVisible());
    }

    @Test
    void other_files_are_refused_with_a_message_naming_them() throws Exception {
        waitForArticles(2);
        Path pdf = Files.writeString(outside.resolve("scan.pdf"), "%PDF");
        interact(() -> window.drop().drop(List.of(pdf)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = Window.getWindows().stream().filter(w -> w != window.stage())
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .findFirst().orElseThrow();
        assertTrue(pane.getContentText().contains("scan.pdf is not a text article"), pane.getContentText());
        assertEquals(2, window.corpus().articles().size());
        interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }
}
