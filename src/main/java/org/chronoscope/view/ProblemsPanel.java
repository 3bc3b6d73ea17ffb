package org.chronoscope.view;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;

import java.util.List;

/** What went wrong while loading, one line each ("file:line: warning: …"); it never blocks work. */
public final class ProblemsPanel extends BorderPane {
    private final ListView<Problem> list = new ListView<>();

    public ProblemsPanel() {
        getStyleClass().add("problems-panel");
        Label title = new Label("Problems found while loading — the rest of the corpus loaded normally");
        title.getStyleClass().add("panel-title");
        title.setPadding(new Insets(4, 8, 4, 8));
        setTop(title);
        setCenter(list);
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("No problems"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("error", "warning");
                if (empty || p == null) {
                    setText(null);
                } else {
                    setText((p.severity() == Severity.ERROR ? "✖ " : "⚠ ") + p);
                    getStyleClass().add(p.severity() == Severity.ERROR ? "error" : "warning");
                }
            }
        });
    }

    public void setProblems(List<Problem> problems) {
        list.getItems().setAll(problems);
    }

    public ListView<Problem> listView() {
        return list;
    }
}
