package org.chronoscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, with its own preferences, open on a temporary corpus of the first two seed articles. */
abstract class WindowOnTempCorpusTest extends ApplicationTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    protected MainWindow window;
    protected Preferences prefs;
    protected Path corpus;

    @Override
    public void start(Stage stage) throws Exception {
        corpus = Files.createTempDirectory("chronoscope-window");
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        prefs = Preferences.userRoot().node("chronoscope-window-test-" + System.nanoTime());
        window = new MainWindow(stage, new WindowPrefs(prefs));
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
        window.open(corpus);
    }

    @AfterEach
    void forget() throws Exception {
        interact(() -> window.close());
        prefs.removeNode();
    }

    /** Waits (bounded) until the open corpus has n articles. */
    protected void waitForArticles(int n) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> window.corpus() != null && window.corpus().articles().size() == n);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
