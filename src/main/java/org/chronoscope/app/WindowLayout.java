package org.chronoscope.app;

import org.chronoscope.model.Messages;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.chronoscope.model.Problem;
import org.chronoscope.view.AfterFirstFrame;
import org.chronoscope.view.ProblemsPanel;
import org.chronoscope.view.StatusBar;
import org.chronoscope.view.filter.FilterChips;

import java.util.List;
import java.util.function.Supplier;

/**
 * How the window's parts sit: the chips row, the timeline over the reader on the left, the detail column on the
 * right, the empty-state message over the timeline, the problems panel above the status bar; and the dividers,
 * remembered between runs. Parts that start with nothing to show join after the first frame.
 */
final class WindowLayout {
    private final WindowPrefs prefs;
    private final ExplorerModel explorer;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane leftSplit = new SplitPane();
    private final VBox emptyState = new VBox(8);
    private final Label emptyText = new Label();
    /** Built the first time it is opened. */
    private ProblemsPanel problems;
    private List<Problem> problemList = List.of();

    WindowLayout(WindowPrefs prefs, ExplorerModel explorer) {
        this.prefs = prefs;
        this.explorer = explorer;
        explorer.emptyMessageProperty().addListener(o -> showEmptyState());
        explorer.offerClearProperty().addListener(o -> showEmptyState());
    }

    Node chipsRow() {
        FilterChips chips = new FilterChips(explorer.filters(), explorer::actorChip, explorer::articleName);
        chips.setPadding(new Insets(0, 10, 6, 10));
        return chips;
    }

    /** The timeline (with what lies over it) above the reader, and the right-hand column; {@code over} on top. */
    Node center(Node timelineStack, Node reader, Supplier<Node> rightColumn, Node over) {
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        emptyText.setId("empty-text");
        emptyState.setVisible(false); // its text and button join the first time it is shown
        StackPane timelineHolder = new StackPane(timelineStack, emptyState);
        timelineHolder.setMinHeight(160);
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.getItems().addAll(timelineHolder, AfterFirstFrame.holder(reader));
        // the detail column starts with only a hint, so it can join a pulse after the timeline's first frame
        Node right = AfterFirstFrame.holder(rightColumn);
        mainSplit.getItems().addAll(leftSplit, right);
        SplitPane.setResizableWithParent(right, false);
        restoreDividers();
        // SplitPane resets dividers on its first layout; set them again once the window is up
        Platform.runLater(this::restoreDividers);
        return new StackPane(mainSplit, over);
    }

    /** The problems panel above the status bar: built and joined the first time it is shown. */
    Node bottom(StatusBar status) {
        Pane holder = new StackPane();
        holder.visibleProperty().bind(status.problemsToggle().selectedProperty());
        holder.managedProperty().bind(holder.visibleProperty());
        holder.visibleProperty().addListener((o, a, b) -> {
            if (b && holder.getChildren().isEmpty()) {
                problems = new ProblemsPanel();
                problems.setProblems(problemList);
                holder.getChildren().add(problems);
            }
        });
        return new VBox(holder, status);
    }

    void setProblems(List<Problem> list) {
        problemList = list;
        if (problems != null) {
            problems.setProblems(list);
        }
    }

    /** Makes sure the reader is visible (its divider not pushed to the bottom). */
    void showReader() {
        double[] pos = leftSplit.getDividerPositions();
        if (pos.length > 0 && pos[0] > 0.85) {
            leftSplit.setDividerPositions(0.6);
        }
    }

    private void showEmptyState() {
        String text = explorer.emptyMessageProperty().get();
        boolean empty = text != null;
        if (empty && emptyState.getChildren().isEmpty()) {
            Button clear = new Button(Messages.text("filter.clear"));
            clear.setId("clear-filters");
            clear.setOnAction(e -> explorer.filters().clear());
            emptyState.getChildren().addAll(emptyText, clear);
        }
        emptyState.setVisible(empty);
        emptyText.setText(text == null ? "" : text);
        if (!emptyState.getChildren().isEmpty()) {
            emptyState.getChildren().get(1).setVisible(explorer.offerClearProperty().get());
        }
    }

    private void restoreDividers() {
        prefs.restoreDividersWithin("split.main", mainSplit, 0.45, 0.9, 0.74);
        prefs.restoreDividersWithin("split.left", leftSplit, 0.3, 0.92, 0.8);
    }

    void saveDividers() {
        prefs.saveDividers("split.main", mainSplit);
        prefs.saveDividers("split.left", leftSplit);
    }
}
