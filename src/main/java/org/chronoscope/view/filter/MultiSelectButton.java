package org.chronoscope.view.filter;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.chronoscope.view.DropDownButton;
import org.controlsfx.control.textfield.TextFields;

import java.util.Locale;
import java.util.function.Function;

/**
 * A searchable multi-select in a drop-down: a clearable search field over a list of check boxes, each with an
 * optional graphic (an actor's colour) and a count. The checked values live in a shared {@link ObservableSet},
 * so checks survive searching and chips can remove them.
 *
 * <p>The drop-down, its search field and list are built the first time it opens ({@link DropDownButton}).</p>
 */
public final class MultiSelectButton<T> extends DropDownButton {
    private final String title;
    private final ObservableSet<T> selected;
    private final Function<T, String> label;
    private final Function<T, Node> graphic;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private ListView<T> list;

    /**
     * @param label   text of an item ("Vladimir Putin (12)")
     * @param graphic small graphic of an item, or null
     */
    public MultiSelectButton(String title, ObservableSet<T> selected, Function<T, String> label,
                             Function<T, Node> graphic) {
        super(title);
        this.title = title;
        this.selected = selected;
        this.label = label;
        this.graphic = graphic;
        getStyleClass().add("multi-select");
        selected.addListener((SetChangeListener<T>) c -> {
            refreshLabels();
            updateText();
        });
    }

    @Override
    protected ContextMenu makeMenu() {
        TextField search = TextFields.createClearableTextField();
        search.setPromptText("Search " + title.toLowerCase(Locale.ROOT) + "…");
        FilteredList<T> shown = new FilteredList<>(items);
        search.textProperty().addListener((o, a, b) -> {
            String q = b == null ? "" : b.toLowerCase(Locale.ROOT).strip();
            shown.setPredicate(t -> q.isEmpty() || label.apply(t).toLowerCase(Locale.ROOT).contains(q));
        });
        list = new ListView<>(shown);
        list.setPrefHeight(260);
        list.setPrefWidth(260);
        list.setCellFactory(v -> new CheckCell());
        VBox box = new VBox(6, search, list);
        box.setPadding(new Insets(6));
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        ContextMenu popup = new ContextMenu(new CustomMenuItem(box, false));
        popup.getStyleClass().add("multi-select-popup");
        popup.setOnShown(e -> search.requestFocus());
        return popup;
    }

    private void updateText() {
        setText(selected.isEmpty() ? title : title + " (" + selected.size() + ")");
    }

    /** Redraws the item labels (their counts changed). */
    public void refreshLabels() {
        if (list != null) {
            list.refresh();
        }
    }

    /** The checked values (shared with the filter they feed). */
    public ObservableSet<T> selection() {
        return selected;
    }

    public ObservableList<T> getChoices() {
        return items;
    }

    /** The list in the drop-down (built now if it has not been opened yet). */
    public ListView<T> listView() {
        menu();
        return list;
    }

    /** A check box per value; checking it adds the value to the selection. */
    private final class CheckCell extends ListCell<T> {
        private final CheckBox box = new CheckBox();

        CheckCell() {
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
    }
}
