package org.chronoscope.app;

import static org.chronoscope.view.MenuItems.item;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.chronoscope.app.export.ExportDialog;
import org.chronoscope.load.ArticleKind;
import org.chronoscope.load.LinkFetcher;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.view.timeline.TimelineView;

import java.io.File;
import java.nio.file.Path;

/** File, View and Help menus; every item does something, and the common ones have accelerators. */
final class MainMenus {
    static final String SHORTCUTS = String.join("\n",
            "Timeline",
            "  Mouse wheel / pinch        zoom around the pointer",
            "  Shift+wheel, drag          pan",
            "  Ctrl/Shift+drag on axis    zoom to that range",
            "  + / −                      zoom in / out",
            "  Home                       fit all",
            "  ← / →                      previous / next event (kept in view)",
            "  Shift+← / Shift+→          pan",
            "  Page Up / Page Down        pan by a screen",
            "  Enter, double-click        zoom to the selected event",
            "  Esc                        clear the selection",
            "  Click a cluster or +N      zoom into it",
            "",
            "Window",
            "  Ctrl+O                     open a corpus folder",
            "  Ctrl+Shift+A               add an article",
            "  Ctrl+L                     open a link (fetch a web page into the corpus)",
            "  Ctrl+F                     search",
            "  Ctrl+E                     export PNG",
            "  Ctrl+Shift+T / Ctrl+Shift+C  export TimelineJS / CSV",
            "  Ctrl+Z / Ctrl+Shift+Z      undo / redo a note change",
            "  Ctrl+Shift+N / Ctrl+Shift+S  annotate / star the selected event",
            "  Right-click, Alt+drag axis annotate an event, a date, a date range",
            "  Ctrl+0                     fit all",
            "  Ctrl+1 / Ctrl+2            lanes by side / by category",
            "  Ctrl+K                     compress quiet stretches",
            "  Ctrl+Shift+D               dark theme",
            "  F1                         this list",
            "  Ctrl+Q                     quit");

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();

    MainMenus(MainWindow window) {
        this.window = window;
        bar.getMenus().addAll(fileMenu(), window.annotations().editMenu(), viewMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
    }

    MenuBar menuBar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open corpus folder…", "Shortcut+O", this::chooseFolder);
        MenuItem add = item("Add article…", "Shortcut+Shift+A", this::chooseArticle);
        MenuItem link = item("Open link…", "Shortcut+L", this::askForLink);
        MenuItem reload = item("Reload corpus", "F5", window::reload);
        MenuItem quit = item("Quit", "Shortcut+Q", Platform::exit); // ChronoscopeApp.stop() closes the window
        Menu file = new Menu("_File", null, open, add, link, reload, new SeparatorMenuItem());
        Menu export = new Menu("Export", null,
                item("PNG…", "Shortcut+E", this::showExportDialog),
                item("TimelineJS…", "Shortcut+Shift+T", () -> DataExport.export(window, DataExport.Format.TIMELINEJS)),
                item("CSV…", "Shortcut+Shift+C", () -> DataExport.export(window, DataExport.Format.CSV)));
        file.getItems().add(export);
        file.getItems().addAll(window.annotations().fileMenuItems());
        file.getItems().addAll(new SeparatorMenuItem(), quit);
        return file;
    }

    private Menu viewMenu() {
        TimelineView t = window.timeline();
        MenuItem in = item("Zoom in", "Shortcut+Equals", t::zoomIn);
        MenuItem out = item("Zoom out", "Shortcut+Minus", t::zoomOut);
        MenuItem fit = item("Fit all", "Shortcut+0", t::fitAll);
        MenuItem search = item("Search", "Shortcut+F", () -> window.root().lookup("#search-field").requestFocus());
        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem bySide = new RadioMenuItem("Lanes by side");
        RadioMenuItem byCategory = new RadioMenuItem("Lanes by category");
        bySide.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        byCategory.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        bySide.setToggleGroup(lanes);
        byCategory.setToggleGroup(lanes);
        bySide.setSelected(t.getLaneMode() == LaneMode.SIDE);
        byCategory.setSelected(t.getLaneMode() == LaneMode.CATEGORY);
        bySide.setOnAction(e -> t.setLaneMode(LaneMode.SIDE));
        byCategory.setOnAction(e -> t.setLaneMode(LaneMode.CATEGORY));
        t.laneModeProperty().addListener((o, a, b) -> (b == LaneMode.SIDE ? bySide : byCategory).setSelected(true));
        CheckMenuItem compress = new CheckMenuItem("Compress quiet stretches");
        compress.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
        compress.selectedProperty().bindBidirectional(t.compressedProperty());
        CheckMenuItem extracted = new CheckMenuItem("Show automatically extracted events");
        extracted.setSelected(true);
        extracted.selectedProperty().addListener((o, a, b) -> window.filters().hideExtractedProperty().set(!b));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(window.isDark());
        dark.selectedProperty().addListener((o, a, b) -> window.setDark(b));
        CheckMenuItem problems = new CheckMenuItem("Problems panel");
        problems.selectedProperty().bindBidirectional(window.status().problemsToggle().selectedProperty());
        problems.disableProperty().bind(window.status().problemsToggle().disableProperty());
        return new Menu("_View", null, in, out, fit, new SeparatorMenuItem(), search, new SeparatorMenuItem(),
                bySide, byCategory, compress, extracted, new SeparatorMenuItem(), dark, problems);
    }

    private Menu helpMenu() {
        MenuItem keys = item("Keyboard shortcuts", "F1", () -> {
            TextArea text = new TextArea(SHORTCUTS);
            text.setEditable(false);
            text.setStyle("-fx-font-family: monospace;");
            text.setPrefSize(560, 440);
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle("Keyboard shortcuts");
            a.setHeaderText("Keyboard shortcuts");
            a.getDialogPane().setContent(text);
            a.initOwner(window.stage());
            a.show();
        });
        MenuItem about = item("About Chronoscope", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION,
                    "A timeline explorer for news: every event on the timeline links to the passages that "
                            + "report it.\n\nJava " + System.getProperty("java.version") + " · JavaFX "
                            + System.getProperty("javafx.runtime.version"));
            a.setTitle("About Chronoscope");
            a.setHeaderText("Chronoscope");
            a.initOwner(window.stage());
            a.show();
        });
        return new Menu("_Help", null, keys, about);
    }

    /** File → Export PNG… (Ctrl+E): the dialog on what the timeline shows, with the notes drawn as they are now. */
    private void showExportDialog() {
        if (window.corpus() == null) {
            Alert a = new Alert(Alert.AlertType.WARNING, "Open a corpus before exporting.");
            a.setHeaderText("Nothing to export");
            a.initOwner(window.stage());
            a.show();
            return;
        }
        new ExportDialog(window.stage(), window.timeline(), window.corpus(),
                window.annotations().session().current(), window.tasks()).showAndWait();
    }

    /** File → Open link… (Ctrl+L): a web address, from the clipboard if it holds one. */
    private void askForLink() {
        javafx.scene.input.Clipboard clip = javafx.scene.input.Clipboard.getSystemClipboard();
        String offered = clip.hasUrl() ? clip.getUrl() : clip.hasString() ? clip.getString().strip() : "";
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                offered.matches("(?i)https?://\\S+") ? offered : "");
        ask.initOwner(window.stage());
        ask.setTitle("Open link");
        ask.setHeaderText("Fetch a web page (or a PDF) into the corpus folder");
        ask.setContentText("Address:");
        ask.getEditor().setPrefColumnCount(48);
        ask.showAndWait().ifPresent(text -> {
            try {
                window.fetchLink(LinkFetcher.parse(text));
            } catch (LinkFetcher.FetchException e) {
                window.error("Not a web address", e.getMessage());
            }
        });
    }

    void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open corpus folder");
        File f = chooser.showDialog(window.stage());
        if (f != null) {
            window.open(f.toPath());
        }
    }

    private void chooseArticle() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add article");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Articles", ArticleKind.allPatterns()));
        for (ArticleKind kind : ArticleKind.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        File f = chooser.showOpenDialog(window.stage());
        if (f != null) {
            window.addArticle(Path.of(f.getAbsolutePath()));
        }
    }
}
