package org.chronoscope.app;

import org.chronoscope.model.Messages;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.chronoscope.model.Category;
import org.chronoscope.view.filter.FilterModel;
import org.chronoscope.view.filter.MultiSelectButton;
import org.controlsfx.control.textfield.TextFields;

/** The toolbar's filters: the Actors, Category and Article drop-downs and the search field, fed by the explorer. */
final class FilterBar {
    private final ExplorerModel explorer;
    private final MultiSelectButton<String> actors;
    private final TextField search = TextFields.createClearableTextField();
    private final Node node;

    FilterBar(ExplorerModel explorer) {
        this.explorer = explorer;
        FilterModel filters = explorer.filters();
        actors = new MultiSelectButton<>(Messages.text("filter.actors"), filters.actors(), explorer::actorLabel, this::actorDot);
        MultiSelectButton<Category> categories = new MultiSelectButton<>(Messages.text("filter.categories"), filters.categories(),
                explorer::categoryLabel, null);
        MultiSelectButton<String> articles = new MultiSelectButton<>(Messages.text("filter.articles"), filters.articles(),
                explorer::articleLabel, null);
        actors.setId("actor-filter");
        categories.setId("category-filter");
        articles.setId("article-filter");
        feed(actors, explorer.actorChoices());
        feed(categories, explorer.categoryChoices());
        feed(articles, explorer.articleChoices());
        search.setPromptText(Messages.text("filter.search.prompt"));
        search.setId("search-field");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(filters.textProperty());
        node = new HBox(6, actors, categories, articles, search);
    }

    Node node() {
        return node;
    }

    TextField search() {
        return search;
    }

    MultiSelectButton<String> actors() {
        return actors;
    }

    /** A drop-down lists the explorer's choices, and its labels follow the counts. */
    private <T> void feed(MultiSelectButton<T> picker, ObservableList<T> choices) {
        javafx.beans.binding.Bindings.bindContent(picker.getChoices(), choices);
        explorer.countsChangedProperty().addListener((o, a, b) -> picker.refreshLabels());
    }

    private Node actorDot(String id) {
        Circle dot = new Circle(5);
        dot.setStyle("-fx-fill: " + explorer.actorColor(id) + ";");
        return dot;
    }
}
