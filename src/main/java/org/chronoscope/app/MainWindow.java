package org.chronoscope.app;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.view.AfterFirstFrame;
import org.chronoscope.view.ProblemsPanel;
import org.chronoscope.view.StatusBar;
import org.chronoscope.view.annotation.AnnotationWorkspace;
import org.chronoscope.view.detail.DetailPane;
import org.chronoscope.view.filter.FilterChips;
import org.chronoscope.view.filter.FilterModel;
import org.chronoscope.view.filter.MultiSelectButton;
import org.chronoscope.view.reader.ReaderPane;
import org.chronoscope.render.TimelineStyle;
import org.chronoscope.view.timeline.TimelineView;
import org.controlsfx.control.textfield.TextFields;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The explorer window: toolbar with filters, chips, the timeline with its empty state, the reader under it, the
 * detail pane on the right, the problems panel and the status bar. Wiring only; the parts are in {@code view}.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/chronoscope/view/chronoscope.css";

    private final Stage stage;
    private final WindowPrefs prefs;
    private final BorderPane root = new BorderPane();
    private final TimelineView timeline = new TimelineView();
    private final DetailPane detail = new DetailPane();
    private final ReaderPane reader = new ReaderPane();
    private final FilterModel filters = new FilterModel();
    private final StatusBar status = new StatusBar();
    /** Built the first time it is opened; until then the corpus's problems wait in problemList. */
    private ProblemsPanel problems;
    private List<Problem> problemList = List.of();
    private final VBox emptyState = new VBox(8);
    private final Label emptyText = new Label();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane leftSplit = new SplitPane();
    private final MultiSelectButton<String> actorPicker;
    private final MultiSelectButton<Category> categoryPicker;
    private final MultiSelectButton<String> articlePicker;
    private final TextField search = TextFields.createClearableTextField();
    private final MainMenus menus;
    private final AnnotationWorkspace annotations = new AnnotationWorkspace(timeline, this::stage);
    private final CorpusDrop drop = new CorpusDrop(this);
    private final TaskRunner tasks = new TaskRunner(status::setBusy, this::error);
    private final NotesFile notesFile = new NotesFile(annotations.session(), tasks);
    private final CorpusSession session;
    private boolean closed;
    private org.chronoscope.load.LinkFetcher linkFetcher = new org.chronoscope.load.LinkFetcher();
    private Corpus corpus;
    private Map<String, Integer> actorCounts = Map.of();
    private Map<Category, Integer> categoryCounts = Map.of();
    private Map<String, Integer> articleCounts = Map.of();

    public MainWindow(Stage stage, WindowPrefs prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.session = new CorpusSession(this, tasks);
        actorPicker = new MultiSelectButton<>("Actors", filters.actors(),
                id -> actorName(id) + " (" + actorCounts.getOrDefault(id, 0) + ")", this::actorDot);
        categoryPicker = new MultiSelectButton<>("Category", filters.categories(),
                c -> c.label() + " (" + categoryCounts.getOrDefault(c, 0) + ")", null);
        articlePicker = new MultiSelectButton<>("Article", filters.articles(),
                a -> articleName(a) + " (" + articleCounts.getOrDefault(a, 0) + ")", null);
        actorPicker.setId("actor-filter");
        categoryPicker.setId("category-filter");
        articlePicker.setId("article-filter");
        status.getChildren().add(annotations.statusLabel());
        menus = new MainMenus(this);
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menus.menuBar(), MainToolbar.build(this, menus, search), chipsRow()));
        root.setCenter(center());
        root.setBottom(new VBox(problemsHolder(), status));
        wire();
        drop.install(root);
        new EventPromotion(this).install();
        restoreDividers();
        // SplitPane resets dividers on its first layout; set them again once the window is up
        Platform.runLater(this::restoreDividers);
        setDark(prefs.dark());
        timeline.setLaneMode(LaneMode.valueOf(prefs.get("lanes", LaneMode.SIDE.name())));
        timeline.setCompressed(Boolean.parseBoolean(prefs.get("compressed", "true")));
    }

    private Node chipsRow() {
        FilterChips chips = new FilterChips(filters, this::actorChip, this::articleName);
        chips.setPadding(new Insets(0, 10, 6, 10));
        return chips;
    }

    private Node center() {
        emptyState.getStyleClass().add("empty-state");
        emptyState.setAlignment(Pos.CENTER);
        emptyState.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        emptyText.setId("empty-text");
        emptyState.setVisible(false); // its text and button join the first time it is shown
        StackPane timelineHolder = new StackPane(timeline, annotations.overlay(), emptyState);
        timelineHolder.setMinHeight(160);
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.getItems().addAll(timelineHolder, AfterFirstFrame.holder(reader));
        detail.setMinWidth(240);
        // the detail pane starts with only a hint, so it can join a pulse after the timeline's first frame
        Node right = AfterFirstFrame.holder(() -> annotations.rightColumn(detail));
        mainSplit.getItems().addAll(leftSplit, right);
        SplitPane.setResizableWithParent(right, false);
        return new StackPane(mainSplit, drop.overlay());
    }

    /** The problems panel is built and joins the scene the first time it is shown (one list less at start-up). */
    private Node problemsHolder() {
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
        return holder;
    }

    private void wire() {
        timeline.setId("timeline");
        detail.eventProperty().bind(timeline.selectedEventProperty());
        reader.selectedEventProperty().bindBidirectional(timeline.selectedEventProperty());
        detail.onOpenPassageProperty().set(this::openPassage);
        timeline.selectedEventProperty().addListener((o, a, b) -> timeline.reveal(b));
        filters.filterProperty().addListener((o, a, b) -> applyFilter());
    }

    private void restoreDividers() {
        prefs.restoreDividersWithin("split.main", mainSplit, 0.45, 0.9, 0.74);
        prefs.restoreDividersWithin("split.left", leftSplit, 0.3, 0.92, 0.8);
    }

    /** Opens a passage in the reader, making sure the reader is visible. */
    public void openPassage(Passage p) {
        double[] pos = leftSplit.getDividerPositions();
        if (pos.length > 0 && pos[0] > 0.85) {
            leftSplit.setDividerPositions(0.6);
        }
        reader.show(p);
    }

    /** Starts loading a folder in the background; the window stays usable. */
    public void open(Path dir) {
        session.open(dir);
    }

    /** Shows a corpus still loading in the background (started before the window existed). */
    public void open(Path dir, java.util.concurrent.CompletableFuture<Corpus> loading) {
        session.open(dir, loading);
    }

    /** Shows a corpus loaded from dir (FX thread), and watches dir for changes. */
    public void show(Path dir, Corpus c) {
        prefs.setLastCorpus(dir.toAbsolutePath().toString());
        setCorpus(c);
        notesFile.open(dir, annotations::corpusChanged);
        session.shown(dir);
    }

    /** Loads the open corpus again in the background, keeping the filters, the zoom and the selection. */
    public void reload() {
        session.reload(c -> { });
    }

    /** Reloads, then selects the event with this id (a newly promoted event). */
    void reloadAndSelect(String id) {
        session.reload(c -> c.events().stream().filter(e -> e.id().equals(id)).findFirst()
                .ifPresent(timeline::setSelectedEvent));
    }

    /** The same corpus loaded again: filters, zoom and the selected event (found again by id) kept. */
    void showReloaded(Corpus c) {
        String selected = timeline.getSelectedEvent() == null ? null : timeline.getSelectedEvent().id();
        refreshCorpus(c);
        annotations.corpusChanged();
        if (selected != null) {
            c.events().stream().filter(e -> e.id().equals(selected)).findFirst().ifPresent(timeline::setSelectedEvent);
        }
    }

    void addArticle(Path article) {
        session.addArticles(List.of(article));
    }

    /** Copies articles into the open corpus folder and reloads it (File → Add article…, or dropped files). */
    void addArticles(List<Path> articles) {
        session.addArticles(articles);
    }

    /** Fetches a web page or PDF into the open corpus folder and reloads it (File → Open link…, a dropped link). */
    void fetchLink(java.net.URI link) {
        session.fetchLink(link, linkFetcher);
    }

    /** For tests: a fetcher with a short timeout. */
    void setLinkFetcher(org.chronoscope.load.LinkFetcher fetcher) {
        linkFetcher = fetcher;
    }

    /** The events the filters show now, for the exports. */
    List<TimelineEvent> shownEvents() {
        return corpus == null ? List.of() : filters.getFilter().apply(corpus);
    }

    /** Shows a loaded corpus (FX thread): filters cleared, fit all. */
    public void setCorpus(Corpus c) {
        filters.clear();
        refreshCorpus(c);
        timeline.fitAll();
    }

    /** Shows a corpus keeping the filters and the zoom (the view keeps its days when its events change). */
    private void refreshCorpus(Corpus c) {
        this.corpus = c;
        stage.setTitle("Chronoscope — " + c.name());
        Map<String, Integer> actorsInAll = FilterSummary.actorCounts(c.events(), c.actors());
        actorPicker.getChoices().setAll(c.actors().stream().map(Actor::id)
                .filter(actorsInAll::containsKey).sorted((a, b) -> actorsInAll.get(b) - actorsInAll.get(a))
                .toList());
        categoryPicker.getChoices().setAll(FilterSummary.categoryCounts(c.events()).keySet().stream().sorted()
                .toList());
        articlePicker.getChoices().setAll(c.articles().stream().map(Article::fileName).toList());
        detail.corpusProperty().set(c);
        reader.corpusProperty().set(c);
        timeline.getActors().setAll(c.actors());
        problemList = c.problems();
        if (problems != null) {
            problems.setProblems(problemList);
        }
        status.setProblemCount(c.problems().size());
        applyFilter();
    }

    private void applyFilter() {
        if (corpus == null) {
            return;
        }
        EventQuery f = filters.getFilter();
        List<TimelineEvent> shown = f.apply(corpus);
        // each drop-down counts the events the other filters leave
        actorCounts = FilterSummary.actorCounts(FilterSummary.passing(corpus.events(), f.withoutActors(),
                corpus.actors()), corpus.actors());
        categoryCounts = FilterSummary.categoryCounts(FilterSummary.passing(corpus.events(), f.withoutCategories(),
                corpus.actors()));
        articleCounts = FilterSummary.articleCounts(FilterSummary.passing(corpus.events(), f.withoutArticles(),
                corpus.actors()));
        actorPicker.refreshLabels();
        categoryPicker.refreshLabels();
        articlePicker.refreshLabels();
        timeline.getEvents().setAll(shown);
        List<TimelineEvent> undated = timeline.getModel().undated();
        status.setUndated(undated, timeline::setSelectedEvent);
        showEmptyState(shown.isEmpty(), corpus.events().isEmpty() ? "This corpus has no events yet."
                : "No events match the filters.", f.isActive());
        status.setSummary(FilterSummary.of(f, shown.size(), corpus, this::actorName, this::articleName));
    }

    private void showEmptyState(boolean empty, String text, boolean offerClear) {
        if (empty && emptyState.getChildren().isEmpty()) {
            Button clear = new Button("Clear filters");
            clear.setId("clear-filters");
            clear.setOnAction(e -> filters.clear());
            emptyState.getChildren().addAll(emptyText, clear);
        }
        emptyState.setVisible(empty);
        emptyText.setText(text);
        if (!emptyState.getChildren().isEmpty()) {
            emptyState.getChildren().get(1).setVisible(offerClear);
        }
    }

    private Node actorDot(String id) {
        Circle dot = new Circle(5);
        String color = corpus == null ? null : corpus.actor(id).map(Actor::color).orElse(null);
        dot.setStyle("-fx-fill: " + (color != null ? color : "#888") + ";");
        return dot;
    }

    private String actorName(String id) {
        return corpus == null ? id : corpus.actor(id).map(Actor::name).orElse(id);
    }

    /** An actor's chip: a side or state says that it takes in the people acting for it (EventQuery's rule). */
    private String actorChip(String id) {
        boolean hasPeople = corpus != null && !EventQuery.actingFor(id, corpus.actors()).isEmpty();
        return actorName(id) + (hasPeople ? " + those acting for it" : "");
    }

    private String articleName(String file) {
        if (corpus == null) {
            return file;
        }
        return corpus.article(file).map(a -> {
            String t = a.displayTitle();
            return t.length() > 48 ? t.substring(0, 47) + "…" : t;
        }).orElse(file);
    }

    void setDark(boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
        timeline.setTimelineStyle(dark ? TimelineStyle.dark() : TimelineStyle.light());
        prefs.setDark(dark);
    }

    boolean isDark() {
        return root.getStyleClass().contains("dark");
    }

    void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setHeaderText(header);
        a.initOwner(stage);
        a.show();
    }

    /**
     * On quitting (once, from {@code ChronoscopeApp.stop()}): stops watching the folder, remembers window and
     * divider state, and waits for the notes' last save.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        session.stopWatching();
        prefs.save(stage);
        prefs.saveDividers("split.main", mainSplit);
        prefs.saveDividers("split.left", leftSplit);
        prefs.put("lanes", timeline.getLaneMode().name());
        prefs.put("compressed", String.valueOf(timeline.isCompressed()));
        prefs.flush();
        notesFile.flush();
    }

    public BorderPane root() {
        return root;
    }

    public AnnotationWorkspace annotations() {
        return annotations;
    }

    /** The one runner of background work: loads, promotions, exports, saves. */
    TaskRunner tasks() {
        return tasks;
    }

    public Stage stage() {
        return stage;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public DetailPane detail() {
        return detail;
    }

    public ReaderPane reader() {
        return reader;
    }

    public FilterModel filters() {
        return filters;
    }

    public StatusBar status() {
        return status;
    }

    public Corpus corpus() {
        return corpus;
    }

    /** The open corpus folder, or null. */
    public Path folder() {
        return session.folder();
    }

    /** How many corpus loads this window has started (the tests count reloads). */
    int loadsStarted() {
        return session.loadsStarted();
    }

    CorpusDrop drop() {
        return drop;
    }

    public MultiSelectButton<String> actorPicker() {
        return actorPicker;
    }

    MultiSelectButton<Category> categoryPicker() {
        return categoryPicker;
    }

    MultiSelectButton<String> articlePicker() {
        return articlePicker;
    }
}
