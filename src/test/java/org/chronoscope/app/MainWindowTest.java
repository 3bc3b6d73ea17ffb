package org.chronoscope.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.view.reader.PassageSegments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainWindowTest extends ApplicationTest {
    private MainWindow window;
    private Corpus corpus;
    private Preferences prefs;

    @Override
    public void start(Stage stage) {
        prefs = Preferences.userRoot().node("chronoscope-test-" + System.nanoTime());
        window = new MainWindow(stage, new WindowPrefs(prefs));
        Scene scene = new Scene(window.root(), 1200, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
        corpus = SyntheticModel.corpus(150, 5);
        window.setCorpus(corpus);
    }

    @AfterEach
    void forget() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // the window's deferred jobs (dividers restored after a pulse) read it
        prefs.removeNode();
    }

    private List<TimelineEvent> shown() {
        return List.copyOf(window.timeline().getEvents());
    }

    private TimelineEvent datedWithPassage() {
        return window.timeline().getModel().dated().get(window.timeline().getModel().dated().size() / 2);
    }

    @Test
    void selecting_an_event_fills_the_detail_pane() {
        TimelineEvent e = datedWithPassage();
        interact(() -> window.timeline().setSelectedEvent(e));
        assertEquals(e.title(), lookup("#detail-title").queryAs(Label.class).getText());
        String date = lookup("#detail-date").queryAs(Label.class).getText();
        assertTrue(date.contains(e.date().basis().explanation()), date);
        assertEquals(e.sources().size(), lookup(".passage-card").queryAll().size());
    }

    @Test
    void a_disputed_event_says_the_sources_disagree() {
        TimelineEvent disputed = corpus.events().stream().filter(e -> e.dispute() != null).findFirst().orElseThrow();
        interact(() -> window.timeline().setSelectedEvent(disputed));
        assertTrue(lookup("#detail-dispute").queryAs(Label.class).getText().contains(disputed.dispute()));
    }

    @Test
    void clicking_a_passage_opens_the_reader_scrolled_to_it() {
        TimelineEvent e = window.timeline().getModel().dated().get(3);
        Passage p = e.sources().get(0);
        interact(() -> window.timeline().setSelectedEvent(e));
        clickOn(lookup(".passage-card").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p.article(), window.reader().articleProperty().get().fileName());
        Text run = window.reader().nodeAt(p.start());
        PassageSegments.Segment seg = (PassageSegments.Segment) run.getUserData();
        assertEquals(p.start(), seg.start(), "the highlighted run starts at the passage's offset");
        assertTrue(run.getStyleClass().contains("opened"));
        assertTrue(p.quote().startsWith(run.getText()));
        Bounds viewport = window.reader().scrollPane().localToScene(window.reader().scrollPane().getLayoutBounds());
        Bounds text = run.localToScene(run.getBoundsInLocal());
        assertTrue(viewport.intersects(text), "the passage is scrolled into view: " + text + " in " + viewport);
    }

    @Test
    void clicking_a_highlight_in_the_reader_selects_its_event() {
        TimelineEvent first = window.timeline().getModel().dated().get(2);
        interact(() -> {
            window.timeline().setSelectedEvent(first);
            window.openPassage(first.sources().get(0));
        });
        Bounds viewport = window.reader().scrollPane().localToScene(window.reader().scrollPane().getLayoutBounds());
        Text other = lookup(".passage").queryAllAs(Text.class).stream()
                .filter(t -> !((PassageSegments.Segment) t.getUserData()).events().contains(first))
                .filter(t -> t.getBoundsInLocal().getHeight() < 25)
                .filter(t -> viewport.contains(t.localToScene(t.getBoundsInLocal())))
                .findFirst().orElseThrow();
        TimelineEvent expected = ((PassageSegments.Segment) other.getUserData()).events().get(0);
        clickOn(other);
        assertEquals(expected, window.timeline().getSelectedEvent());
        assertEquals(expected.title(), lookup("#detail-title").queryAs(Label.class).getText());
    }

    @Test
    void the_actor_filter_hides_other_actors_events() {
        clickOn("#actor-filter");
        clickOn(n -> n instanceof javafx.scene.control.CheckBox cb && cb.getText().startsWith("Vladimir Putin"));
        type(javafx.scene.input.KeyCode.ESCAPE);
        long expected = corpus.events().stream().filter(e -> e.actors().contains("putin")).count();
        assertEquals(expected, shown().size());
        assertTrue(shown().stream().allMatch(e -> e.actors().contains("putin")));
        assertTrue(lookup(".chip .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Vladimir Putin")), "the filter shows as a chip");
        assertFalse(window.actorPicker().isShowing(), "Esc closes the drop-down");
        clickOn(".chip-remove");
        assertEquals(corpus.events().size(), shown().size(), "removing the chip removes the filter");
    }

    @Test
    void the_actor_counts_follow_the_other_filters() {
        org.chronoscope.model.Category talks = org.chronoscope.model.Category.TALKS;
        long all = corpus.events().stream().filter(e -> e.actors().contains("putin")).count();
        long inTalks = corpus.events().stream().filter(e -> e.actors().contains("putin"))
                .filter(e -> e.category() == talks).count();
        assertTrue(inTalks < all, "the synthetic corpus has Putin events outside talks");
        clickOn("#actor-filter");
        assertTrue(putinBox().getText().endsWith("(" + all + ")"), putinBox().getText());
        type(javafx.scene.input.KeyCode.ESCAPE);
        interact(() -> window.filters().categories().add(talks));
        clickOn("#actor-filter");
        assertTrue(putinBox().getText().endsWith("(" + inTalks + ")"), putinBox().getText());
        clickOn(putinBox());
        assertTrue(putinBox().getText().endsWith("(" + inTalks + ")"), "its own selection does not change it");
        type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private javafx.scene.control.CheckBox putinBox() {
        return lookup(n -> n instanceof javafx.scene.control.CheckBox cb && cb.getText().startsWith("Vladimir Putin"))
                .queryAs(javafx.scene.control.CheckBox.class);
    }

    @Test
    void search_narrows_to_matching_events() {
        clickOn("#search-field").write("Geneva");
        WaitForAsyncUtils.waitForFxEvents();
        List<TimelineEvent> hits = shown();
        assertFalse(hits.isEmpty());
        assertTrue(hits.size() < corpus.events().size());
        assertTrue(hits.stream().allMatch(e -> (e.title() + e.summary() + e.sources()).contains("Geneva")));
        assertTrue(window.status().getSummary().startsWith(hits.size() + " of " + corpus.events().size()));
    }

    @Test
    void an_empty_result_says_so_and_offers_to_clear_the_filters() {
        clickOn("#search-field").write("no-such-words-anywhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown().isEmpty());
        assertTrue(lookup("#empty-text").queryAs(Label.class).isVisible());
        assertEquals("No events match the filters.", lookup("#empty-text").queryAs(Label.class).getText());
        clickOn("#clear-filters");
        assertEquals(corpus.events().size(), shown().size());
        assertFalse(lookup("#empty-text").queryAs(Label.class).getParent().isVisible());
        assertEquals("", window.filters().textProperty().get());
    }

    @Test
    void undated_events_are_listed_not_placed() {
        List<TimelineEvent> undated = corpus.events().stream().filter(e -> !e.date().isResolved()).toList();
        assertFalse(undated.isEmpty());
        assertTrue(window.timeline().getModel().dated().stream().noneMatch(undated::contains));
        var button = lookup("#undated-button").queryAs(org.chronoscope.view.DropDownButton.class);
        assertEquals(undated.size() + " undated", button.getText());
        clickOn(button);
        assertEquals(undated.size(), button.menu().getItems().size());
        clickOn(button.menu().getItems().get(0).getText());
        assertEquals(undated.get(0), window.timeline().getSelectedEvent());
        assertNotEquals("", lookup("#detail-title").queryAs(Label.class).getText());
    }

    @Test
    void problems_are_listed_in_a_panel_that_does_not_block_work() {
        Corpus withProblems = new Corpus(corpus.name(), corpus.folder(), corpus.articles(), corpus.events(),
                corpus.actors(), corpus.places(), corpus.mentions(), List.of(
                org.chronoscope.model.Problem.error("bad.txt", "not valid UTF-8 at byte 12"),
                org.chronoscope.model.Problem.warning("events.json", "quote not found in 001.txt")));
        interact(() -> window.setCorpus(withProblems));
        var toggle = lookup("#problems-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("2 problems", toggle.getText());
        clickOn(toggle);
        var list = lookup(".problems-panel .list-view").queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.isVisible());
        assertEquals(2, list.getItems().size());
        assertTrue(list.getItems().get(0).toString().startsWith("bad.txt: error: not valid UTF-8"));
        assertEquals(corpus.events().size(), shown().size(), "the rest of the corpus is shown");
    }

    @Test
    void the_dark_theme_darkens_the_timeline() {
        double light = timelineBrightness();
        interact(() -> window.setDark(true));
        double dark = timelineBrightness();
        assertTrue(light > 0.8, "light background " + light);
        assertTrue(dark < 0.3, "dark background " + dark);
        assertTrue(window.root().getStyleClass().contains("dark"));
    }

    private double timelineBrightness() {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.canvas.Canvas canvas = lookup(".timeline-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        interact(() -> img[0] = canvas.snapshot(null, null));
        return img[0].getPixelReader().getColor(8, (int) canvas.getHeight() - 12).getBrightness();
    }

    @Test
    void the_edit_menu_undoes_and_redoes_a_note_from_the_keyboard_and_names_it() {
        TimelineEvent e = datedWithPassage();
        interact(() -> window.annotations().session().apply("Add note", d -> d.withNote(
                org.chronoscope.model.annotation.Annotation.create(
                        org.chronoscope.model.annotation.AnnotationAnchor.event(e.id()), "Key moment", null))));
        javafx.scene.control.MenuItem undo = window.root().lookupAll(".menu-bar").stream()
                .map(n -> (javafx.scene.control.MenuBar) n).flatMap(b -> b.getMenus().stream())
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-undo".equals(i.getId())).findFirst()
                .orElseThrow();
        assertEquals("Undo Add note", undo.getText());
        assertFalse(undo.isDisable());
        clickOn(window.timeline());
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.annotations().session().current().notes().isEmpty(), "Ctrl+Z took the note back");
        assertTrue(undo.isDisable());
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.SHIFT,
                        javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.annotations().session().current().notes().size(), "Ctrl+Shift+Z brought it back");
    }

    @Test
    void the_menus_the_toolbar_and_the_shortcut_sheet_are_drawn_from_one_command_table() {
        List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.root().lookup(".menu-bar");
        bar.getMenus().forEach(m -> collect(m, items));
        String sheet = org.chronoscope.app.command.ShortcutSheet.text(window.commands());
        int withKeys = 0;
        for (javafx.scene.control.MenuItem item : items) {
            if (item.getAccelerator() != null) {
                withKeys++;
                String keys = item.getAccelerator().getDisplayText();
                assertTrue(sheet.contains("\n  " + keys + " "), keys + " (" + item.getText() + ") is on the F1 sheet");
            }
        }
        assertTrue(withKeys >= 20, "menu items with accelerators: " + withKeys);
        assertTrue(sheet.contains("Ctrl+Shift+T"), sheet);
        // a menu item and its toolbar button are one command: either one shows the other's state
        javafx.scene.control.ToggleButton compress = lookup("#compress-toggle")
                .queryAs(javafx.scene.control.ToggleButton.class);
        javafx.scene.control.CheckMenuItem compressItem = (javafx.scene.control.CheckMenuItem) items.stream()
                .filter(i -> "menu-compress-toggle".equals(i.getId())).findFirst().orElseThrow();
        boolean before = compress.isSelected();
        interact(() -> compressItem.setSelected(!before)); // what a click on the check item does
        assertEquals(!before, compress.isSelected());
        assertEquals(!before, window.timeline().isCompressed());
        javafx.scene.control.ToggleButton byCategory = lookup("#lanes-by-category")
                .queryAs(javafx.scene.control.ToggleButton.class);
        clickOn(byCategory);
        assertEquals(org.chronoscope.model.layout.LaneMode.CATEGORY, window.timeline().getLaneMode());
        assertTrue(((javafx.scene.control.RadioMenuItem) items.stream()
                .filter(i -> "menu-lanes-by-category".equals(i.getId())).findFirst().orElseThrow()).isSelected());
        clickOn(byCategory);
        assertTrue(byCategory.isSelected(), "clicking the chosen lanes button keeps it chosen");
    }

    private static void collect(javafx.scene.control.MenuItem item, List<javafx.scene.control.MenuItem> out) {
        if (item instanceof javafx.scene.control.Menu m) {
            m.getItems().forEach(i -> collect(i, out));
        } else {
            out.add(item);
        }
    }
}
