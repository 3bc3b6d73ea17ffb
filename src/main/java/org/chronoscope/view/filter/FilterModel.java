package org.chronoscope.view.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.chronoscope.model.Category;
import org.chronoscope.model.EventQuery;

/** The filter state the filter bar, the chips and the window share; {@link #filterProperty()} sums it up as the one event query. */
public final class FilterModel {
    private final ObservableSet<String> actors = FXCollections.observableSet();
    private final ObservableSet<Category> categories = FXCollections.observableSet();
    private final ObservableSet<String> articles = FXCollections.observableSet();
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty hideExtracted = new SimpleBooleanProperty(this, "hideExtracted", false);
    private final ReadOnlyObjectWrapper<EventQuery> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            EventQuery.ALL);

    public FilterModel() {
        SetChangeListener<Object> update = c -> update();
        actors.addListener(update);
        categories.addListener(update);
        articles.addListener(update);
        text.addListener((o, a, b) -> update());
        hideExtracted.addListener((o, a, b) -> update());
    }

    private void update() {
        filter.set(new EventQuery(null, null, actors, categories, articles, text.get(), hideExtracted.get()));
    }

    public ObservableSet<String> actors() {
        return actors;
    }

    public ObservableSet<Category> categories() {
        return categories;
    }

    public ObservableSet<String> articles() {
        return articles;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty hideExtractedProperty() {
        return hideExtracted;
    }

    public ReadOnlyObjectProperty<EventQuery> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public EventQuery getFilter() {
        return filter.get();
    }

    /** Clears every user filter (not the extracted toggle, a view setting). */
    public void clear() {
        actors.clear();
        categories.clear();
        articles.clear();
        text.set("");
    }
}
