package org.chronoscope.app;

import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimeScale;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The open corpus folder is watched: a file written into it reloads the corpus, keeping the view. */
class CorpusReloadTest extends WindowOnTempCorpusTest {

    @Test
    void a_new_article_in_the_folder_reloads_keeping_selection_and_zoom() throws Exception {
        waitForArticles(2);
        TimelineEvent picked = window.timeline().getModel().dated().get(0);
        interact(() -> {
            window.timeline().setSelectedEvent(picked);
            window.timeline().zoomIn();
            window.timeline().zoomIn();
        });
        TimeScale before = window.timeline().getScale();
        double w = window.timeline().contentWidth();
        Files.writeString(corpus.resolve("new-article.txt"),
                "Kyiv, 20 November 2025\n\nOfficials met in Geneva on Sunday to discuss the plan.\n");
        waitForArticles(3);
        TimelineEvent selected = window.timeline().getSelectedEvent();
        assertNotNull(selected, "the selection survived the reload");
        assertEquals(picked.id(), selected.id());
        TimeScale after = window.timeline().getScale();
        assertEquals(before.day(0), after.day(0), 1, "same first day shown");
        assertEquals(before.day(w), after.day(w), 1, "same last day shown");
        assertFalse(window.timeline().isFitted());
    }

    @Test
    void an_article_added_from_the_menu_loads_once_not_again_for_the_watcher() throws Exception {
        waitForArticles(2);
        assertEquals(1, window.session().loadsStarted());
        Path outside = Files.createTempDirectory("chronoscope-add").resolve("added.txt");
        Files.writeString(outside, "Kyiv, 20 November 2025\n\nOfficials met in Geneva on Sunday.\n");
        interact(() -> window.session().addArticles(List.of(outside)));
        waitForArticles(3);
        Thread.sleep(CorpusSession.WATCH_DEBOUNCE_MS * 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.session().loadsStarted(), "the watcher saw the new file but its load already had it");
        Files.writeString(corpus.resolve("later.txt"), "Kyiv, 21 November 2025\n\nTalks went on in Geneva.\n");
        waitForArticles(4);
        assertEquals(3, window.session().loadsStarted(), "a change made afterwards still reloads");
    }

    @Test
    void f5_reloads_the_folder_now() throws Exception {
        waitForArticles(2);
        interact(() -> window.close()); // no watch: only F5 can pick the new file up
        Files.writeString(corpus.resolve("typed-in.txt"), "Kyiv, 20 November 2025\n\nTalks went on in Geneva.\n");
        clickOn(window.timeline());
        type(javafx.scene.input.KeyCode.F5);
        waitForArticles(3);
    }

    @Test
    void a_removed_article_reloads_and_closing_stops_the_watch() throws Exception {
        waitForArticles(2);
        try (Stream<Path> s = Files.list(corpus)) {
            Files.delete(s.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow());
        }
        waitForArticles(1);
        interact(() -> window.close());
        Files.writeString(corpus.resolve("after-close.txt"), "Kyiv, 20 November 2025\n\nTalks went on.\n");
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.corpus().articles().size(), "no reload after the window closed");
    }
}
