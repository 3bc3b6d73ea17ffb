package org.chronoscope.app;

import static org.chronoscope.app.command.CommandTable.SEPARATOR;
import static org.chronoscope.app.command.CommandTable.SLOT;
import static org.chronoscope.app.command.CommandTable.SPACER;
import static org.chronoscope.app.command.CommandTable.submenu;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.chronoscope.app.command.Command;
import org.chronoscope.app.command.CommandTable;
import org.chronoscope.app.command.ShortcutSheet;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.view.annotation.AnnotationWorkspace;
import org.chronoscope.view.filter.FilterModel;
import org.chronoscope.view.timeline.TimelineView;

/** The window's command table: every command with its text, accelerator and action, and the menu and toolbar layout. */
final class WindowCommands {
    /** The toolbar slot where the filter drop-downs and the search field go. */
    static final String FILTERS = "filters";

    /** What the commands act on. */
    record Parts(Stage stage, CorpusSession corpus, DataExport exports, AnnotationWorkspace notes,
                 TimelineView timeline, FilterModel filters, Node searchField, BooleanProperty dark,
                 ToggleButton problemsToggle, TaskRunner.ErrorReporter errors) {
    }

    private WindowCommands() {
    }

    static CommandTable table(Parts p) {
        CommandTable t = new CommandTable();
        TimelineView tl = p.timeline();
        t.add(Command.of("open-folder", "Open corpus folder…", "Shortcut+O", "open a corpus folder",
                        () -> WindowDialogs.chooseFolder(p.stage()).ifPresent(p.corpus()::open))
                        .onToolbar("Open…", "Open a corpus folder"),
                Command.of("add-article", "Add article…", "Shortcut+Shift+A", "add an article",
                        () -> WindowDialogs.chooseArticle(p.stage()).ifPresent(a -> p.corpus().addArticles(
                                java.util.List.of(a)))),
                Command.of("open-link", "Open link…", "Shortcut+L", "open a link (fetch a web page into the corpus)",
                        () -> WindowDialogs.askForLink(p.stage(), p.errors()).ifPresent(p.corpus()::fetchLink)),
                Command.of("reload", "Reload corpus", "F5", "reload the corpus folder", () -> p.corpus().reload(c -> { })),
                Command.of("export-png", "PNG…", "Shortcut+E", "export PNG", p.exports()::png),
                Command.of("export-timelinejs", "TimelineJS…", "Shortcut+Shift+T", "export TimelineJS",
                        () -> p.exports().export(DataExport.Format.TIMELINEJS)),
                Command.of("export-csv", "CSV…", "Shortcut+Shift+C", "export CSV",
                        () -> p.exports().export(DataExport.Format.CSV)),
                Command.of("save-notes-as", "Save Notes As…", null, "save the notes to another file",
                        p.notes()::saveNotesAs),
                Command.of("quit", "Quit", "Shortcut+Q", "quit", Platform::exit), // stop() closes the window
                Command.of("undo", "Undo", "Shortcut+Z", "undo a note change", p.notes()::undo)
                        .textFrom(p.notes().undoTextProperty()).disabledWhen(p.notes().canUndoProperty().not()),
                Command.of("redo", "Redo", "Shortcut+Shift+Z", "redo a note change", p.notes()::redo)
                        .textFrom(p.notes().redoTextProperty()).disabledWhen(p.notes().canRedoProperty().not()),
                Command.of("annotate", "Annotate Selected Event…", "Shortcut+Shift+N", "annotate the selected event",
                        p.notes()::annotateSelected).disabledWhen(tl.selectedEventProperty().isNull()),
                Command.of("star", "Star Selected Event", "Shortcut+Shift+S", "star the selected event",
                        p.notes()::starSelected).disabledWhen(tl.selectedEventProperty().isNull()),
                Command.of("zoom-in", "Zoom in", "Shortcut+Equals", "zoom in", tl::zoomIn).onToolbar("+", "Zoom in"),
                Command.of("zoom-out", "Zoom out", "Shortcut+Minus", "zoom out", tl::zoomOut)
                        .onToolbar("−", "Zoom out"),
                Command.of("fit-all", "Fit all", "Shortcut+0", "fit all", tl::fitAll)
                        .onToolbar("Fit all", "Show every event"),
                Command.of("search", "Search", "Shortcut+F", "search", p.searchField()::requestFocus),
                Command.radio("lanes-by-side", "lanes", "Lanes by side", "Shortcut+1", "lanes by side",
                        lanes(tl, LaneMode.SIDE)).onToolbar("Sides", "One lane per side"),
                Command.radio("lanes-by-category", "lanes", "Lanes by category", "Shortcut+2", "lanes by category",
                        lanes(tl, LaneMode.CATEGORY)).onToolbar("Categories", "One lane per category"),
                Command.toggle("compress-toggle", "Compress quiet stretches", "Shortcut+K", "compress quiet stretches",
                        tl.compressedProperty()).onToolbar("≈ Compress", "Compress quiet stretches of the axis"),
                Command.toggle("show-extracted", "Show automatically extracted events", null,
                        "show or hide the events found automatically", shown(p.filters())),
                Command.toggle("dark-theme", "Dark theme", "Shortcut+Shift+D", "dark theme", p.dark()),
                Command.toggle("problems-panel", "Problems panel", null, "the problems found while loading",
                        p.problemsToggle().selectedProperty()).disabledWhen(p.problemsToggle().disableProperty()),
                Command.of("shortcuts", "Keyboard shortcuts", "F1", "this list",
                        () -> WindowDialogs.shortcuts(p.stage(), ShortcutSheet.text(t))),
                Command.of("about", "About Chronoscope", null, "about Chronoscope",
                        () -> WindowDialogs.about(p.stage())));
        t.menu("_File", "open-folder", "add-article", "open-link", "reload", "-",
                        submenu("Export", "export-png", "export-timelinejs", "export-csv"), "save-notes-as", "-", "quit")
                .menu("_Edit", "undo", "redo", "-", "annotate", "star")
                .menu("_View", "zoom-in", "zoom-out", "fit-all", "-", "search", "-", "lanes-by-side",
                        "lanes-by-category", "compress-toggle", "show-extracted", "-", "dark-theme", "problems-panel")
                .menu("_Help", "shortcuts", "about")
                .toolbar("open-folder", SEPARATOR, SLOT + FILTERS, SPACER, "zoom-out", "zoom-in", "fit-all", SEPARATOR,
                        "lanes-by-side", "lanes-by-category", "compress-toggle");
        return t;
    }

    /** True while the timeline's lanes are {@code mode}; setting it true switches them. */
    private static BooleanProperty lanes(TimelineView timeline, LaneMode mode) {
        BooleanProperty chosen = new SimpleBooleanProperty(timeline.getLaneMode() == mode);
        timeline.laneModeProperty().addListener((o, a, b) -> chosen.set(b == mode));
        chosen.addListener((o, a, b) -> {
            if (b) {
                timeline.setLaneMode(mode);
            } else if (timeline.getLaneMode() == mode) {
                chosen.set(true); // a radio choice is left only by choosing another
            }
        });
        return chosen;
    }

    /** True while extracted events are shown (the filter's hide setting, inverted). */
    private static BooleanProperty shown(FilterModel filters) {
        BooleanProperty shown = new SimpleBooleanProperty(!filters.hideExtractedProperty().get());
        shown.addListener((o, a, b) -> filters.hideExtractedProperty().set(!b));
        filters.hideExtractedProperty().addListener((o, a, b) -> shown.set(!b));
        return shown;
    }
}
