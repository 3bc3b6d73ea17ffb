package org.chronoscope.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.view.timeline.TimelineSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window on the real seeds, loaded in the background as the app does. */
class SeedsWindowTest extends ApplicationTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    private MainWindow window;
    private Preferences prefs;

    @Override
    public void start(Stage stage) {
        prefs = Preferences.userRoot().node("chronoscope-seeds-test-" + System.nanoTime());
        window = new MainWindow(stage, new WindowPrefs(prefs));
        stage.setScene(new Scene(window.root(), 1200, 760));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
        window.open(SEEDS);
    }

    @AfterEach
    void forget() throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // the window's deferred jobs (dividers restored after a pulse) read it
        prefs.removeNode();
    }

    @Test
    void the_seeds_load_in_the_background_and_fit_all_shows_every_dated_event() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.corpus() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Corpus corpus = window.corpus();
        assertEquals(CorpusLoader.load(SEEDS).events().size(), corpus.events().size());
        assertFalse(corpus.events().isEmpty());
        for (boolean compressed : new boolean[]{false, true}) {
            interact(() -> {
                window.timeline().setCompressed(compressed);
                window.timeline().fitAll();
            });
            WaitForAsyncUtils.waitForFxEvents();
            TimelineModel m = window.timeline().getModel();
            double w = window.timeline().contentWidth();
            for (TimelineEvent e : m.dated()) {
                double x = window.timeline().getScale().x(TimelineModel.startDay(e));
                assertTrue(x >= 0 && x <= w, e.title() + " at x=" + x + " (compressed " + compressed + ")");
            }
            TimelineFrame frame = ((TimelineSkin) window.timeline().getSkin()).frame();
            int drawn = frame.items().stream().mapToInt(TimelineFrame.Item::count).sum()
                    + frame.overflows().stream().mapToInt(TimelineFrame.Overflow::count).sum();
            assertEquals(m.dated().size(), drawn);
            for (TimelineFrame.Item item : frame.items()) {
                assertTrue(item.right() <= w + 0.5, (item.event() != null ? item.event().title() : item.label())
                        + " ends at " + item.right() + " past the edge " + w + " (compressed " + compressed + ")");
            }
            if (compressed) {
                double lastWeeks = w - window.timeline().getScale().x(LocalDate.of(2025, 11, 1).toEpochDay());
                assertTrue(lastWeeks > w / 3, "November 2025 on gets " + lastWeeks + " of " + w + " px");
            }
        }
        assertTrue(lookup("#status-summary").queryAs(Label.class).getText()
                .startsWith(corpus.events().size() + " events · " + corpus.articles().size() + " articles"));
    }

    @Test
    void russia_in_the_window_shows_the_events_of_actor_russia_on_the_command_line() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.corpus() != null);
        interact(() -> window.filters().actors().add("russia"));
        java.util.List<String> inWindow = window.timeline().getEvents().stream().map(TimelineEvent::id).toList();
        assertTrue(lookup(".chip .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Russia + those acting for it")), "the chip states the rule");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        assertEquals(0, org.chronoscope.app.cli.Cli.run(new String[] {"--corpus", SEEDS.toString(), "--dump-events",
                "-", "--actor", "russia"}, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)), err.toString());
        java.util.List<String> onCommandLine = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray())
                .forEach(e -> onCommandLine.add(e.get("id").asText()));
        assertTrue(inWindow.size() > 3, "Russia's events: " + inWindow);
        assertTrue(inWindow.stream().anyMatch(id -> window.corpus().event(id).orElseThrow().actors().stream()
                .noneMatch("russia"::equals)), "a Russian person's event without the id russia is in: " + inWindow);
        assertEquals(onCommandLine, inWindow);
    }
}
