package org.chronoscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * The desktop application. Arguments: {@code --corpus DIR} opens that folder; without it the last corpus opened,
 * else the bundled seeds.
 */
public class ChronoscopeApp extends Application {
    private MainWindow window;

    public static void launchWith(String[] args) {
        Application.launch(ChronoscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WindowPrefs prefs = WindowPrefs.user();
        window = new MainWindow(stage, prefs);
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(ChronoscopeApp.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setTitle("Chronoscope");
        stage.setScene(scene);
        prefs.restore(stage);
        stage.setOnCloseRequest(e -> window.saveState());
        stage.show();
        window.timeline().requestFocus();
        window.open(corpusFolder(getParameters().getRaw(), prefs));
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
        if (window != null) {
            window.saveState();
        }
    }
}
