package org.chronoscope.view.filter;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.Locale;
import java.util.function.Function;

/**
 * A searchable multi-select in a drop-down: a clearable search field over a list of check boxes, each with an
 * optional graphic (an actor's colour) and a count. The checked values live in a shared {@link ObservableSet},
 * so checks survive searching and chips can remove them.
 */
public final class MultiSelectButton<T> extends MenuButton {
    private final String title;
    private final ObservableSet<T> selected;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(items);
    private final ListView<T> list = new ListView<>(shown);
    private final TextField search = TextFields.createClearableTextField();

    /**
     * @param label   text of an item ("Vladimir Putin (12)")
     * @param graphic small graphic of an item, or null
     */
    public MultiSelectButton(String title, ObservableSet<T> selected, Function<T, String> label,
                             Function<T, Node> graphic) {
        this.title = title;
        this.selected = selected;
        getStyleClass().add("multi-select");
        setText(title);
        search.setPromptText("Search " + title.toLowerCase(Locale.ROOT) + "…");
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.toLowerCase(Locale.ROOT).strip();
            shown.setPredicate(t -> q.isEmpty() || label.apply(t).toLowerCase(Locale.ROOT).contains(q));
        });
        list.setPrefHeight(260);
        list.setPrefWidth(260);
        list.setCellFactory(v -> new ListCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setOnAction(e -> {
                    T item = getItem();
                    if (item != null) {
                        if (box.isSelected()) {
                            selected.add(item);
                        } else {
                            selected.remove(item);
                        }
                    }
                });
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                box.setText(label.apply(item));
                box.setGraphic(graphic == null ? null : graphic.apply(item));
                box.setSelected(selected.contains(item));
                setGraphic(box);
            }
        });
        VBox box = new VBox(6, search, list);
        box.setPadding(new Insets(6));
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        CustomMenuItem item = new CustomMenuItem(box, false);
        getItems().add(item);
        selected.addListener((SetChangeListener<T>) c -> {
            list.refresh();
            updateText();
        });
        setOnShown(e -> search.requestFocus());
    }

    private void updateText() {
        setText(selected.isEmpty() ? title : title + " (" + selected.size() + ")");
    }

    /** Redraws the item labels (their counts changed). */
    public void refreshLabels() {
        list.refresh();
    }

    public ObservableList<T> getChoices() {
        return items;
    }

    public ListView<T> listView() {
        return list;
    }
}
