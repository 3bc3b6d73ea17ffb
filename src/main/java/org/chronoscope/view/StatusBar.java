package org.chronoscope.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.chronoscope.model.Messages;
import javafx.scene.control.ContextMenu;
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
    private final DropDownButton undated = new DropDownButton("", this::undatedMenu);
    private List<TimelineEvent> undatedEvents = List.of();
    private Consumer<TimelineEvent> onPickUndated = e -> { };
    private final ToggleButton problems = new ToggleButton();
    /** Made, with the task label, the first time something loads (most windows start with their corpus loaded). */
    private ProgressBar progress;
    private final Label task = new Label();
    private Button cancelButton;

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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(summary, undated, spacer, problems);
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
        undatedEvents = List.copyOf(events);
        onPickUndated = onPick;
        if (undated.menuIfMade() != null) {
            fillUndated(undated.menuIfMade());
        }
        undated.setText(events.size() + " undated");
        undated.setVisible(!events.isEmpty());
        undated.setManaged(!events.isEmpty());
    }

    /** The undated events' menu, made when first opened. */
    private ContextMenu undatedMenu() {
        ContextMenu menu = new ContextMenu();
        fillUndated(menu);
        return menu;
    }

    private void fillUndated(ContextMenu menu) {
        menu.getItems().setAll(undatedEvents.stream().map(ev -> {
            MenuItem item = new MenuItem(ev.title() + " — " + EventText.asWritten(ev.date()));
            item.setOnAction(a -> onPickUndated.accept(ev));
            return item;
        }).toList());
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
        setBusy(t, null);
    }

    /** Shows a task's progress and message, with a cancel button when cancel is not null; hides them for null. */
    public void setBusy(javafx.concurrent.Task<?> t, Runnable cancel) {
        boolean busy = t != null;
        if (progress == null) {
            if (!busy) {
                return;
            }
            progress = new ProgressBar();
            progress.setPrefWidth(140);
            cancelButton = new Button(Messages.text("task.cancel"));
            cancelButton.setId("task-cancel");
            cancelButton.getStyleClass().add("task-cancel");
            cancelButton.setTooltip(new Tooltip(Messages.text("task.cancel.tooltip")));
            getChildren().addAll(getChildren().indexOf(problems), List.of(task, progress, cancelButton));
        }
        progress.progressProperty().unbind();
        task.textProperty().unbind();
        progress.setVisible(busy);
        progress.setManaged(busy);
        task.setVisible(busy);
        task.setManaged(busy);
        boolean canCancel = busy && cancel != null;
        cancelButton.setVisible(canCancel);
        cancelButton.setManaged(canCancel);
        cancelButton.setDisable(false);
        cancelButton.setOnAction(canCancel ? e -> {
            cancelButton.setDisable(true);
            cancel.run();
        } : null);
        if (busy) {
            progress.progressProperty().bind(t.progressProperty());
            task.textProperty().bind(t.messageProperty());
        }
    }
}
