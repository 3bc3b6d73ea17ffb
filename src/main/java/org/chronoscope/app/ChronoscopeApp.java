package org.chronoscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application. Arguments: {@code --corpus DIR} opens that folder; without it the last corpus opened,
 * else the bundled seeds.
 */
public class ChronoscopeApp extends Application {
    /** The corpus, loading since before the toolkit started (the slowest part of a cold start). */
    private static volatile Preload preload;
    private MainWindow window;

    /** Which folder (it may need the preferences, slow to read the first time) and its corpus, loading. */
    record Preload(CompletableFuture<Path> folder, CompletableFuture<Corpus> corpus) {
    }

    public static void launchWith(String[] args) {
        java.util.concurrent.Executor background = command -> {
            Thread t = new Thread(command, "corpus-preload");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<Path> folder = CompletableFuture.supplyAsync(() -> {
            WindowPrefs prefs = WindowPrefs.user();
            prefs.lastCorpus(); // reads the preferences file here, not on the FX thread (even with --corpus)
            return corpusFolder(List.of(args), prefs);
        }, background);
        preload = new Preload(folder, folder.thenApply(CorpusTasks::loadNow));
        Application.launch(ChronoscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowPrefs prefs = WindowPrefs.user();
        window = new MainWindow(stage, prefs);
        Scene scene = new Scene(window.root(), prefs.width(), prefs.height());
        scene.getStylesheets().add(ChronoscopeApp.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setTitle("Chronoscope");
        stage.setScene(scene);
        prefs.restore(stage);
        stage.setOnCloseRequest(e -> window.saveState());
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.install(scene, window.timeline());
        }
        Preload p = preload;
        preload = null;
        Path folder = p != null ? p.folder().join() : corpusFolder(getParameters().getRaw(), prefs);
        if (p != null && p.corpus().isDone() && !p.corpus().isCompletedExceptionally()) {
            window.show(folder, p.corpus().join());
        }
        stage.show();
        window.timeline().requestFocus();
        if (p == null) {
            window.open(folder);
        } else if (window.corpus() == null) {
            window.open(folder, p.corpus());
        }
    }

    static Path corpusFolder(List<String> args, WindowPrefs prefs) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--corpus") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--corpus=")) {
                return Path.of(a.substring("--corpus=".length()));
            }
        }
        String last = prefs.lastCorpus();
        if (last != null && java.nio.file.Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        return CorpusTasks.bundledSeeds();
    }

    @Override
    public void stop() {
        if (window != null && !Boolean.getBoolean(StartupProbe.PROPERTY)) {
            window.saveState();
        }
    }
}
