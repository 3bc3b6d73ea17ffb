package org.chronoscope.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chronoscope.app.command.CommandTable;
import org.chronoscope.app.command.Menus;
import org.chronoscope.app.command.Toolbars;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.render.TimelinePalette;
import org.chronoscope.render.TimelineStyle;
import org.chronoscope.render.Warmup;
import org.chronoscope.view.StatusBar;
import org.chronoscope.view.annotation.AnnotationWorkspace;
import org.chronoscope.view.detail.DetailPane;
import org.chronoscope.view.filter.FilterModel;
import org.chronoscope.view.filter.MultiSelectButton;
import org.chronoscope.view.reader.ReaderPane;
import org.chronoscope.view.timeline.TimelineView;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The explorer window: wiring only. What it shows is worked out by the {@link ExplorerModel}; its commands are in
 * the {@link WindowCommands} table (menus, toolbar and F1 sheet); the corpus folder's loading and watching is the
 * {@link CorpusSession}'s; background work goes through the one {@link TaskRunner}; the parts are in {@code view}.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/org/chronoscope/view/chronoscope.css";

    private final Stage stage;
    private final WindowPrefs prefs;
    private final BorderPane root = new BorderPane();
    private final TimelineView timeline = new TimelineView();
    private final DetailPane detail = new DetailPane();
    private final ReaderPane reader = new ReaderPane();
    private final StatusBar status = new StatusBar();
    private final ExplorerModel explorer = new ExplorerModel();
    private final AnnotationWorkspace annotations = new AnnotationWorkspace(timeline, this::stage);
    private final TaskRunner tasks = new TaskRunner(t -> status.setBusy(t, this.tasks.cancelAction(t)), this::error);
    private final NotesFile notesFile = new NotesFile(annotations.session(), tasks);
    private final CorpusSession session = new CorpusSession(tasks, this::show, this::showReloaded, this::error,
            until -> Warmup.start(timeline.getTimelineStyle(), until));
    private final CorpusDrop drop = new CorpusDrop(session, this::error);
    private final DataExport exports;
    private final WindowLayout layout;
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final FilterBar filterBar;
    private final CommandTable commands;
    private boolean closed;

    public MainWindow(Stage stage, WindowPrefs prefs) {
        this.stage = stage;
        this.prefs = prefs;
        exports = new DataExport(stage, explorer, timeline, () -> annotations.session().current(), tasks,
                status::setSummary);
        layout = new WindowLayout(prefs, explorer);
        filterBar = new FilterBar(explorer);
        commands = WindowCommands.table(new WindowCommands.Parts(stage, session, exports, annotations,
                timeline, explorer.filters(), filterBar.search(), dark, status.problemsToggle(), this::error));
        status.getChildren().add(annotations.statusLabel());
        session.setOnCancelled(status::setSummary);
        root.getStyleClass().add("main-window");
        root.getStylesheets().add(MainWindow.class.getResource(TimelinePalette.STYLESHEET).toExternalForm());
        root.setTop(new VBox(Menus.bar(commands), Toolbars.bar(commands, Map.of(WindowCommands.FILTERS, filterBar.node())),
                layout.chipsRow()));
        detail.setMinWidth(240);
        root.setCenter(layout.center(new javafx.scene.layout.StackPane(timeline, annotations.overlay()), reader,
                () -> annotations.rightColumn(detail), drop.overlay()));
        root.setBottom(layout.bottom(status));
        wire();
        drop.install(root);
        new EventPromotion(stage, session, tasks, this::error, this::reloadAndSelect)
                .install(detail, annotations.overlay());
        dark.addListener((o, a, b) -> applyTheme(b));
        dark.set(prefs.dark());
        applyTheme(dark.get());
        timeline.setLaneMode(LaneMode.valueOf(prefs.get("lanes", LaneMode.SIDE.name())));
        timeline.setCompressed(Boolean.parseBoolean(prefs.get("compressed", "true")));
    }

    private void wire() {
        timeline.setId("timeline");
        detail.eventProperty().bind(timeline.selectedEventProperty());
        reader.selectedEventProperty().bindBidirectional(timeline.selectedEventProperty());
        detail.onOpenPassageProperty().set(this::openPassage);
        timeline.selectedEventProperty().addListener((o, a, b) -> timeline.reveal(b));
        explorer.shown().addListener((javafx.collections.ListChangeListener<TimelineEvent>) c -> {
            timeline.getEvents().setAll(explorer.shown());
            status.setUndated(timeline.getModel().undated(), timeline::setSelectedEvent);
        });
        explorer.summaryProperty().addListener((o, a, b) -> status.setSummary(b));
        explorer.titleProperty().addListener((o, a, b) -> stage.setTitle(b));
        explorer.corpusProperty().addListener((o, a, c) -> {
            detail.corpusProperty().set(c);
            reader.corpusProperty().set(c);
            timeline.getActors().setAll(c.actors());
            layout.setProblems(c.problems());
            status.setProblemCount(c.problems().size());
        });
    }

    /** Opens a passage in the reader, making sure the reader is visible. */
    public void openPassage(Passage p) {
        layout.showReader();
        reader.show(p);
    }

    /** Starts loading a folder in the background; the window stays usable. */
    public void open(Path dir) {
        session.open(dir);
    }

    /** Shows a corpus still loading in the background (started before the window existed). */
    void open(Path dir, CompletableFuture<Corpus> loading, CorpusTasks.Preloading progress) {
        session.open(dir, loading, progress);
    }

    /** Shows a corpus loaded from dir (FX thread), and watches dir for changes. */
    public void show(Path dir, Corpus c) {
        StartupTrace.mark("show corpus");
        prefs.setLastCorpus(dir.toAbsolutePath().toString());
        setCorpus(c);
        notesFile.open(dir, annotations::corpusChanged);
        session.shown(dir);
    }

    /** Shows a loaded corpus (FX thread): filters cleared, fit all. */
    public void setCorpus(Corpus c) {
        explorer.setCorpus(c);
        timeline.fitAll();
        prepareSearch(c);
    }

    /** Builds the search's texts in the background, so the first keystroke is as quick as the next ones. */
    private static void prepareSearch(Corpus c) {
        TaskRunner.background().execute(() -> EventQuery.prepareSearch(c.events()));
    }

    /** The same corpus loaded again: filters, zoom and the selected event (found again by id) kept. */
    private void showReloaded(Corpus c) {
        TimelineEvent before = timeline.getSelectedEvent();
        explorer.reload(c, before).ifPresent(timeline::setSelectedEvent);
        annotations.corpusChanged();
        prepareSearch(c);
    }

    /** Reloads, then selects the event with this id (a newly promoted event). */
    private void reloadAndSelect(String id) {
        session.reload(c -> c.event(id).ifPresent(timeline::setSelectedEvent));
    }

    private void applyTheme(boolean isDark) {
        root.getStyleClass().remove("dark");
        if (isDark) {
            root.getStyleClass().add("dark");
        }
        timeline.setTimelineStyle(isDark ? TimelineStyle.dark() : TimelineStyle.light());
        prefs.setDark(isDark);
    }

    void setDark(boolean isDark) {
        dark.set(isDark);
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
        layout.saveDividers();
        prefs.put("lanes", timeline.getLaneMode().name());
        prefs.put("compressed", String.valueOf(timeline.isCompressed()));
        prefs.flush();
        notesFile.flush();
    }

    public BorderPane root() {
        return root;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public Corpus corpus() {
        return explorer.corpus();
    }

    // ---- for the tests of this package ----

    Stage stage() {
        return stage;
    }

    ExplorerModel explorer() {
        return explorer;
    }

    FilterModel filters() {
        return explorer.filters();
    }

    ReaderPane reader() {
        return reader;
    }

    StatusBar status() {
        return status;
    }

    AnnotationWorkspace annotations() {
        return annotations;
    }

    MultiSelectButton<String> actorPicker() {
        return filterBar.actors();
    }

    CommandTable commands() {
        return commands;
    }

    CorpusSession session() {
        return session;
    }

    CorpusDrop drop() {
        return drop;
    }

    DataExport exports() {
        return exports;
    }

    List<TimelineEvent> shownEvents() {
        return List.copyOf(explorer.shown());
    }
}
