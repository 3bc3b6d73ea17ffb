package org.chronoscope.app;

import org.chronoscope.model.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.view.filter.FilterModel;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the explorer window shows, worked out from the open corpus and the filters, with no scene: the events the
 * filters leave, each drop-down's choices and counts (each counts the events the other filters leave), the empty
 * state, the status-bar summary, the window title, and which event to select again after a reload. The window
 * binds its controls to it; tests use it without a toolkit.
 */
public final class ExplorerModel {
    static final String NO_EVENTS = Messages.text("explorer.noEvents");
    static final String NO_MATCH = Messages.text("explorer.noMatch");

    private final FilterModel filters = new FilterModel();
    private final ReadOnlyObjectWrapper<Corpus> corpus = new ReadOnlyObjectWrapper<>(this, "corpus");
    private final ObservableList<TimelineEvent> shown = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<String> actorChoices = FXCollections.observableArrayList();
    private final ObservableList<Category> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<String> articleChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage");
    private final ReadOnlyBooleanWrapper offerClear = new ReadOnlyBooleanWrapper(this, "offerClear");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Chronoscope");
    /** Bumped after the counts change, so the drop-downs refresh their labels. */
    private final ReadOnlyObjectWrapper<Object> countsChanged = new ReadOnlyObjectWrapper<>(this, "countsChanged");
    /** The corpus's articles and actors by name and id: the drop-downs look up thousands of labels at a time. */
    private Map<String, Article> articlesByName = Map.of();
    private Map<String, Actor> actorsById = Map.of();
    /** The corpus, query and result of the last filtering. */
    private Corpus queried;
    private EventQuery lastQuery;
    private List<TimelineEvent> lastResult;
    private final CountMemo<String> actorMemo = new CountMemo<>(e -> FilterSummary.actorCounts(e, corpus().actors()));
    private final CountMemo<Category> categoryMemo = new CountMemo<>(FilterSummary::categoryCounts);
    private final CountMemo<String> articleMemo = new CountMemo<>(FilterSummary::articleCounts);

    public ExplorerModel() {
        filters.filterProperty().addListener((o, a, b) -> applyFilter());
    }

    /** A corpus newly opened: filters cleared. */
    public void setCorpus(Corpus c) {
        filters.clear();
        refresh(c);
    }

    /**
     * The same corpus loaded again: the filters stay; the event selected before (by id) is returned, found in
     * the new corpus, to be selected again.
     */
    public Optional<TimelineEvent> reload(Corpus c, TimelineEvent selectedBefore) {
        refresh(c);
        return selectedBefore == null ? Optional.empty() : c.event(selectedBefore.id());
    }

    private void refresh(Corpus c) {
        Map<String, Article> articles = new HashMap<>();
        c.articles().forEach(a -> articles.putIfAbsent(a.fileName(), a));
        Map<String, Actor> actors = new HashMap<>();
        c.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        articlesByName = articles;
        actorsById = actors;
        corpus.set(c);
        title.set(Messages.text("explorer.title", c.name()));
        Map<String, Integer> inAll = FilterSummary.actorCounts(c.events(), c.actors());
        actorChoices.setAll(c.actors().stream().map(Actor::id).filter(inAll::containsKey)
                .sorted((a, b) -> inAll.get(b) - inAll.get(a)).toList());
        categoryChoices.setAll(FilterSummary.categoryCounts(c.events()).keySet().stream().sorted().toList());
        articleChoices.setAll(c.articles().stream().map(Article::fileName).toList());
        applyFilter();
    }

    private void applyFilter() {
        Corpus c = corpus.get();
        if (c == null) {
            return;
        }
        EventQuery f = filters.getFilter();
        // typing on in the search field searches only what the last keystroke left
        List<TimelineEvent> events = c == queried ? f.narrow(c, lastQuery, lastResult) : f.apply(c);
        queried = c;
        lastQuery = f;
        lastResult = events;
        // each drop-down counts what the other filters leave; one with nothing checked counts what is shown
        boolean recount = actorMemo.ask(c, f.withoutActors(), f.actors().isEmpty() ? events : null)
                | categoryMemo.ask(c, f.withoutCategories(), f.categories().isEmpty() ? events : null)
                | articleMemo.ask(c, f.withoutArticles(), f.articles().isEmpty() ? events : null);
        if (recount) {
            countsChanged.set(new Object());
        }
        // the first letters typed in a search leave every event shown: the timeline keeps its model then
        if (!TimelineModel.sameItems(events, shown)) {
            shown.setAll(events);
        }
        emptyMessage.set(!events.isEmpty() ? null : c.events().isEmpty() ? NO_EVENTS : NO_MATCH);
        offerClear.set(f.isActive());
        summary.set(FilterSummary.of(f, events.size(), c, this::actorName, this::articleName));
    }

    public FilterModel filters() {
        return filters;
    }

    public ReadOnlyObjectProperty<Corpus> corpusProperty() {
        return corpus.getReadOnlyProperty();
    }

    public Corpus corpus() {
        return corpus.get();
    }

    /** The events the filters leave, in the corpus's order (undated ones too). */
    public ObservableList<TimelineEvent> shown() {
        return shownReadOnly;
    }

    /** The actors some event involves, most events first. */
    public ObservableList<String> actorChoices() {
        return actorChoices;
    }

    public ObservableList<Category> categoryChoices() {
        return categoryChoices;
    }

    public ObservableList<String> articleChoices() {
        return articleChoices;
    }

    /** Changes whenever the drop-downs' counts do. */
    public ReadOnlyObjectProperty<Object> countsChangedProperty() {
        return countsChanged.getReadOnlyProperty();
    }

    /** What the timeline says when it has nothing to show, or null when it shows events. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** Whether the empty state offers to clear the filters (it is empty because of them). */
    public ReadOnlyBooleanProperty offerClearProperty() {
        return offerClear.getReadOnlyProperty();
    }

    /** "12 of 43 events · 5 articles · filters: Witkoff, talks/meeting". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Vladimir Putin (12)": the actor and the events choosing it would show, with the other filters. */
    public String actorLabel(String id) {
        return actorName(id) + " (" + actorMemo.counts().getOrDefault(id, 0) + ")";
    }

    public String categoryLabel(Category c) {
        return c.label() + " (" + categoryMemo.counts().getOrDefault(c, 0) + ")";
    }

    public String articleLabel(String file) {
        return articleName(file) + " (" + articleMemo.counts().getOrDefault(file, 0) + ")";
    }

    public String actorName(String id) {
        Actor a = actorsById.get(id);
        return a == null ? id : a.name();
    }

    /** An actor's chip: a side or state says that it takes in the people acting for it (EventQuery's rule). */
    public String actorChip(String id) {
        Corpus c = corpus.get();
        boolean hasPeople = c != null && !EventQuery.actingFor(id, c.actors()).isEmpty();
        return hasPeople ? Messages.text("filter.actor.withPeople", actorName(id)) : actorName(id);
    }

    /** The colour of an actor's side, "#888" when unknown. */
    public String actorColor(String id) {
        Actor a = actorsById.get(id);
        String color = a == null ? null : a.color();
        return color != null ? color : "#888";
    }

    public String articleName(String file) {
        Article a = articlesByName.get(file);
        if (a == null) {
            return file;
        }
        String t = a.displayTitle();
        return t.length() > 48 ? t.substring(0, 47) + "…" : t;
    }
}
