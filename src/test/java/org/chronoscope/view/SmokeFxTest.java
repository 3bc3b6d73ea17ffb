package org.chronoscope.view;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;
import static org.junit.jupiter.api.Assertions.*;

class SmokeFxTest extends ApplicationTest {
    Button b;
    int clicks;
    @Override public void start(Stage stage) {
        b = new Button("hi"); b.setOnAction(e -> clicks++);
        stage.setScene(new Scene(b, 200, 100)); stage.show();
    }
    @Test void click() { clickOn(b); assertEquals(1, clicks); }
}
