package org.chronoscope.view;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class LazyTooltipTest extends ApplicationTest {
    private Button fit;
    private Button saved;
    private String file;

    @Override
    public void start(Stage stage) {
        fit = new Button("Fit all");
        LazyTooltip.install(fit, "Show every event (Home)");
        saved = new Button("saved");
        LazyTooltip.install(saved, () -> file == null ? null : "Notes are saved to " + file);
        stage.setScene(new Scene(new HBox(40, new Button("elsewhere"), fit, saved), 400, 120));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void the_tooltip_is_made_when_the_pointer_first_reaches_the_control() {
        moveTo("elsewhere");
        assertNull(fit.getTooltip(), "no popup window before it is wanted");
        assertEquals("Show every event (Home)", fit.getAccessibleHelp(), "screen readers have the text at once");
        moveTo(fit);
        assertNotNull(fit.getTooltip());
        assertEquals("Show every event (Home)", fit.getTooltip().getText());
    }

    @Test
    void a_changing_text_is_asked_for_each_time_the_pointer_arrives() {
        moveTo(saved);
        assertNull(saved.getTooltip(), "no text, no tooltip");
        moveTo("elsewhere");
        file = "a.json";
        moveTo(saved);
        assertEquals("Notes are saved to a.json", saved.getTooltip().getText());
        moveTo("elsewhere");
        file = "b.json";
        moveTo(saved);
        assertEquals("Notes are saved to b.json", saved.getTooltip().getText());
    }
}
