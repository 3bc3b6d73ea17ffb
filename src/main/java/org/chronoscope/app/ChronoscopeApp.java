package org.chronoscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public class ChronoscopeApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ChronoscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Chronoscope");
        stage.setScene(new Scene(new Label("Chronoscope"), 1200, 800));
        stage.show();
    }
}
