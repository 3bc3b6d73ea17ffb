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
import java.util.List;
import org.chronoscope.app.command.Command;
import org.chronoscope.app.command.CommandTable;
import org.chronoscope.app.command.ShortcutSheet;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.model.Messages;
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
        t.add(cmd("open-folder", "Shortcut+O", () -> WindowDialogs.chooseFolder(p.stage()).ifPresent(p.corpus()::open)),
                cmd("add-article", "Shortcut+Shift+A", () -> WindowDialogs.chooseArticle(p.stage())
                        .ifPresent(a -> p.corpus().addArticles(List.of(a)))),
                cmd("open-link", "Shortcut+L", () -> WindowDialogs.askForLink(p.stage(), p.errors())
                        .ifPresent(p.corpus()::fetchLink)),
                cmd("reload", "F5", () -> p.corpus().reload(c -> { })),
                cmd("export-png", "Shortcut+E", p.exports()::png),
                cmd("export-timelinejs", "Shortcut+Shift+T", () -> p.exports().export(DataExport.Format.TIMELINEJS)),
                cmd("export-csv", "Shortcut+Shift+C", () -> p.exports().export(DataExport.Format.CSV)),
                cmd("save-notes-as", null, p.notes()::saveNotesAs),
                cmd("quit", "Shortcut+Q", Platform::exit), // ChronoscopeApp.stop() closes the window
                cmd("undo", "Shortcut+Z", p.notes()::undo).textFrom(p.notes().undoTextProperty())
                        .disabledWhen(p.notes().canUndoProperty().not()),
                cmd("redo", "Shortcut+Shift+Z", p.notes()::redo).textFrom(p.notes().redoTextProperty())
                        .disabledWhen(p.notes().canRedoProperty().not()),
                cmd("annotate", "Shortcut+Shift+N", p.notes()::annotateSelected)
                        .disabledWhen(tl.selectedEventProperty().isNull()),
                cmd("star", "Shortcut+Shift+S", p.notes()::starSelected)
                        .disabledWhen(tl.selectedEventProperty().isNull()),
                cmd("zoom-in", "Shortcut+Equals", tl::zoomIn),
                cmd("zoom-out", "Shortcut+Minus", tl::zoomOut),
                cmd("fit-all", "Shortcut+0", tl::fitAll),
                cmd("search", "Shortcut+F", p.searchField()::requestFocus),
                radio("lanes-by-side", "Shortcut+1", lanes(tl, LaneMode.SIDE)),
                radio("lanes-by-category", "Shortcut+2", lanes(tl, LaneMode.CATEGORY)),
                toggle("compress-toggle", "Shortcut+K", tl.compressedProperty()),
                toggle("show-extracted", null, shown(p.filters())),
                toggle("dark-theme", "Shortcut+Shift+D", p.dark()),
                toggle("problems-panel", null, p.problemsToggle().selectedProperty())
                        .disabledWhen(p.problemsToggle().disableProperty()),
                cmd("shortcuts", "F1", () -> WindowDialogs.shortcuts(p.stage(), ShortcutSheet.text(t))),
                cmd("about", null, () -> WindowDialogs.about(p.stage())));
        t.menu(Messages.text("menu.file"), "open-folder", "add-article", "open-link", "reload", "-",
                        submenu(Messages.text("menu.export"), "export-png", "export-timelinejs", "export-csv"),
                        "save-notes-as", "-", "quit")
                .menu(Messages.text("menu.edit"), "undo", "redo", "-", "annotate", "star")
                .menu(Messages.text("menu.view"), "zoom-in", "zoom-out", "fit-all", "-", "search", "-",
                        "lanes-by-side", "lanes-by-category", "compress-toggle", "show-extracted", "-", "dark-theme",
                        "problems-panel")
                .menu(Messages.text("menu.help"), "shortcuts", "about")
                .toolbar("open-folder", SEPARATOR, SLOT + FILTERS, SPACER, "zoom-out", "zoom-in", "fit-all", SEPARATOR,
                        "lanes-by-side", "lanes-by-category", "compress-toggle");
        return t;
    }

    /** A command whose words are the bundle's {@code command.<id>.*}; on the toolbar when it has a button text. */
    private static Command cmd(String id, String accelerator, Runnable action) {
        return words(Command.of(id, Messages.text("command." + id + ".text"), accelerator,
                Messages.text("command." + id + ".help"), action));
    }

    private static Command toggle(String id, String accelerator, BooleanProperty state) {
        return words(Command.toggle(id, Messages.text("command." + id + ".text"), accelerator,
                Messages.text("command." + id + ".help"), state));
    }

    private static Command radio(String id, String accelerator, BooleanProperty state) {
        return words(Command.radio(id, "lanes", Messages.text("command." + id + ".text"), accelerator,
                Messages.text("command." + id + ".help"), state));
    }

    private static Command words(Command c) {
        String button = Messages.optional("command." + c.id() + ".button");
        return button == null ? c : c.onToolbar(button, Messages.optional("command." + c.id() + ".tooltip"));
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
