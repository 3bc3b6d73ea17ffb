package org.chronoscope.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.view.timeline.EventText;

import java.util.List;
import java.util.function.Consumer;

/**
 * The line at the bottom: what is shown and filtered, the undated events (never placed at a guessed date), the
 * problems toggle, and progress while loading.
 */
public final class StatusBar extends HBox {
    private final Label summary = new Label("No corpus loaded");
    private final MenuButton undated = new MenuButton();
    private final ToggleButton problems = new ToggleButton();
    private final ProgressBar progress = new ProgressBar();
    private final Label task = new Label();

    public StatusBar() {
        super(10);
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        summary.setId("status-summary");
        undated.setId("undated-button");
        undated.getStyleClass().add("undated");
        problems.setId("problems-toggle");
        problems.getStyleClass().add("problems-toggle");
        progress.setPrefWidth(140);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(summary, undated, spacer, task, progress, problems);
        setUndated(List.of(), e -> { });
        setProblemCount(0);
        setBusy(null);
    }

    public void setSummary(String text) {
        summary.setText(text);
    }

    public String getSummary() {
        return summary.getText();
    }

    /** Lists the events with no resolved date; choosing one calls onPick. */
    public void setUndated(List<TimelineEvent> events, Consumer<TimelineEvent> onPick) {
        undated.getItems().clear();
        for (TimelineEvent e : events) {
            MenuItem item = new MenuItem(e.title() + " — " + EventText.asWritten(e.date()));
            item.setOnAction(a -> onPick.accept(e));
            undated.getItems().add(item);
        }
        undated.setText(events.size() + " undated");
        undated.setVisible(!events.isEmpty());
        undated.setManaged(!events.isEmpty());
    }

    public void setProblemCount(int n) {
        problems.setText(n == 0 ? "No problems" : n == 1 ? "1 problem" : n + " problems");
        problems.setDisable(n == 0);
        if (n == 0) {
            problems.setSelected(false);
        }
    }

    public ToggleButton problemsToggle() {
        return problems;
    }

    /** Shows a task's progress and message, or hides them for null. */
    public void setBusy(javafx.concurrent.Task<?> t) {
        progress.progressProperty().unbind();
        task.textProperty().unbind();
        boolean busy = t != null;
        progress.setVisible(busy);
        progress.setManaged(busy);
        task.setVisible(busy);
        task.setManaged(busy);
        if (busy) {
            progress.progressProperty().bind(t.progressProperty());
            task.textProperty().bind(t.messageProperty());
        }
    }
}
