package org.chronoscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chronoscope.app.cli.Arguments;
import org.chronoscope.app.cli.Cli;
import org.chronoscope.app.cli.Options;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.model.Corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application, started by {@link Launcher} with the parsed {@code --corpus DIR}: that folder opens;
 * without it the last corpus opened, else the bundled seeds.
 */
public class ChronoscopeApp extends Application {
    /** The corpus, loading since before the toolkit started (the slowest part of a cold start). */
    private static volatile Preload preload;
    private MainWindow window;

    /** Which folder (it may need the preferences, slow to read the first time) and its corpus, loading. */
    record Preload(CompletableFuture<Path> folder, CompletableFuture<Corpus> corpus,
                   CorpusTasks.Preloading progress) {
    }

    /**
     * Opens the window on {@code corpus}, or (null) on the last corpus opened, else the bundled seeds. A given
     * folder starts loading at once, while the preferences are read on another thread; otherwise the preferences
     * say which folder to load.
     */
    public static void launchWith(Path corpus) {
        java.util.concurrent.Executor background = TaskRunner.background();
        CompletableFuture<Path> folder = corpus != null ? CompletableFuture.completedFuture(corpus)
                : CompletableFuture.supplyAsync(() -> corpusFolder(null, readPreferences()), background);
        CorpusTasks.Preloading progress = new CorpusTasks.Preloading();
        preload = new Preload(folder, folder.thenApplyAsync(f -> {
            StartupTrace.mark("preload: load");
            Corpus c = CorpusTasks.loadNow(f, progress);
            StartupTrace.mark("preload: loaded");
            return c;
        }, background), progress);
        if (corpus != null) {
            CompletableFuture.runAsync(ChronoscopeApp::readPreferences, background);
        }
        StartupTrace.mark("launch");
        Application.launch(ChronoscopeApp.class);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        WindowPrefs prefs = WindowPrefs.user();
        window = new MainWindow(stage, prefs);
        StartupTrace.mark("window made");
        Scene scene = new Scene(window.root(), prefs.width(), prefs.height());
        scene.getStylesheets().add(ChronoscopeApp.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setTitle("Chronoscope");
        stage.setScene(scene);
        prefs.restore(stage);
        if (StartupProbe.enabled()) {
            StartupProbe.install(scene, window.timeline());
        }
        Preload p = preload;
        preload = null;
        Path folder = p != null ? p.folder().join() : corpusFolder(given(getParameters().getRaw()), prefs);
        if (p != null && p.corpus().isDone() && !p.corpus().isCompletedExceptionally()) {
            window.show(folder, p.corpus().join());
            StartupTrace.mark("corpus shown");
        }
        stage.show();
        StartupTrace.mark("stage shown");
        window.timeline().requestFocus();
        if (p == null) {
            window.open(folder);
        } else if (window.corpus() == null) {
            window.open(folder, p.corpus(), p.progress());
        }
    }

    /** Reads the preferences file (slow the first time) off the FX thread, which then finds it read. */
    private static WindowPrefs readPreferences() {
        StartupTrace.mark("preferences");
        WindowPrefs prefs = WindowPrefs.user();
        prefs.lastCorpus();
        StartupTrace.mark("preferences read");
        return prefs;
    }

    /** The --corpus of a window started without {@link #launchWith} (its arguments were not parsed yet). */
    private static Path given(List<String> raw) {
        Arguments parsed = Cli.parse(raw.toArray(String[]::new), System.err);
        return parsed == null ? null : parsed.value(Options.CORPUS);
    }

    /** The folder the window opens: the one given, else the last corpus opened, else the bundled seeds. */
    static Path corpusFolder(Path given, WindowPrefs prefs) {
        if (given != null) {
            return given;
        }
        String last = prefs.lastCorpus();
        if (last != null && java.nio.file.Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return CorpusTasks.bundledSeeds();
    }

    @Override
    public void stop() {
        if (window != null && !StartupProbe.enabled()) {
            window.close(); // the one place: closing the last window and Quit both end here
        }
    }
}
