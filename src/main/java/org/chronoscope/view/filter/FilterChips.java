package org.chronoscope.view.filter;

import javafx.collections.SetChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;
import org.chronoscope.model.EventQuery;

/**
 * The active filters as removable chips ("Putin ✕", "Russia + those acting for it ✕"); hidden when no filter is
 * set. The actor names come from the window, which words the actor rule of {@link EventQuery}.
 */
public final class FilterChips extends FlowPane {
    private final FilterModel filters;
    private final Function<String, String> actorName;
    private final Function<String, String> articleName;

    public FilterChips(FilterModel filters, Function<String, String> actorName,
                       Function<String, String> articleName) {
        super(6, 4);
        this.filters = filters;
        this.actorName = actorName;
        this.articleName = articleName;
        getStyleClass().add("filter-chips");
        filters.filterProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    public void rebuild() {
        getChildren().clear();
        EventQuery f = filters.getFilter();
        f.actors().stream().sorted().forEach(id -> chip(actorName.apply(id), () -> filters.actors().remove(id)));
        f.categories().stream().sorted().forEach(c -> chip(c.label(), () -> filters.categories().remove(c)));
        f.articles().stream().sorted().forEach(a -> chip(articleName.apply(a), () -> filters.articles().remove(a)));
        if (!f.text().isEmpty()) {
            chip("“" + f.text() + "”", () -> filters.textProperty().set(""));
        }
        boolean any = !getChildren().isEmpty();
        if (any) {
            Button clear = new Button("Clear all");
            clear.getStyleClass().add("clear-filters");
            clear.setOnAction(e -> filters.clear());
            getChildren().add(clear);
        }
        setVisible(any);
        setManaged(any);
    }

    private void chip(String text, Runnable remove) {
        Label label = new Label(text);
        Button x = new Button("✕");
        x.getStyleClass().add("chip-remove");
        x.setOnAction(e -> remove.run());
        x.setAccessibleText("Remove filter " + text);
        HBox chip = new HBox(2, label, x);
        chip.getStyleClass().add("chip");
        getChildren().add(chip);
    }

}
