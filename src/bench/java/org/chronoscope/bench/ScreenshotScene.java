package org.chronoscope.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.chronoscope.app.MainWindow;
import org.chronoscope.app.WindowPrefs;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.prefs.Preferences;

/**
 * Sets the window up for the README screenshot: the seeds, zoomed on November–December 2025, the Geneva talks
 * selected and their passage open in the reader. Take the picture with {@code import -window root} under Xvfb.
 * Options: {@code -Dshot.dark=true}, {@code -Dshot.lanes=CATEGORY}, {@code -Dshot.picker=true}, {@code -Dshot.event=<title words>}, {@code -Dshot.from/-Dshot.to=<date>},
 * {@code -Dshot.synthetic=100000} (a synthetic corpus of that many events instead of a folder).
 */
public class ScreenshotScene extends Application {
    public static void main(String[] args) {
        Application.launch(ScreenshotScene.class, args);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Preferences node = Preferences.userRoot().node("chronoscope-screenshot");
        node.clear();
        node.putDouble("split.main.0", 0.72);
        node.putDouble("split.left.0", 0.66);
        node.putBoolean("dark", Boolean.getBoolean("shot.dark"));
        MainWindow window = new MainWindow(stage, new WindowPrefs(node));
        Scene scene = new Scene(window.root(), 1600, 1000);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        Corpus corpus = Integer.getInteger("shot.synthetic", 0) > 0
                ? org.chronoscope.testing.SyntheticModel.corpus(Integer.getInteger("shot.synthetic"), 42)
                : CorpusLoader.load(Path.of(System.getProperty("shot.corpus", "seeds")));
        window.show(Path.of("seeds"), corpus);
        stage.show();
        String words = System.getProperty("shot.event", "Geneva");
        LocalDate from = LocalDate.parse(System.getProperty("shot.from", "2025-11-12"));
        LocalDate to = LocalDate.parse(System.getProperty("shot.to", "2025-12-20"));
        Platform.runLater(() -> {
            if (Boolean.getBoolean("shot.fit")) {
                window.timeline().fitAll();
            } else {
                window.timeline().zoomTo(from.toEpochDay(), to.toEpochDay());
            }
            corpus.events().stream().filter(ev -> ev.title().contains(words)).findFirst().ifPresent(e -> {
                window.timeline().setSelectedEvent(e);
                window.openPassage(e.sources().get(0));
            });
            window.timeline().requestFocus();
            if (System.getProperty("shot.lanes") != null) {
                window.timeline().setLaneMode(org.chronoscope.model.layout.LaneMode.valueOf(
                        System.getProperty("shot.lanes")));
            }
            if (Boolean.getBoolean("shot.picker")) {
                ((org.chronoscope.view.DropDownButton) window.root().lookup("#actor-filter")).show();
            }
        });
    }

    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            ScreenshotScene.main(args);
        }
    }
}
