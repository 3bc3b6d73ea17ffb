package org.chronoscope.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the cold-start measurement: a bare JavaFX window with one label. */
public class BareWindow extends Application {
    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("bare")), 1400, 900);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("first-paint " + System.currentTimeMillis());
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    /** Entry that is not an Application subclass, as for the real jar (no module-path check). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            BareWindow.main(args);
        }
    }
}
