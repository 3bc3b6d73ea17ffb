package org.chronoscope.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusWatcherTest {
    @TempDir
    Path dir;

    private final Semaphore calls = new Semaphore(0);

    private CorpusWatcher watch() {
        return CorpusWatcher.start(dir, 200, calls::release, e -> {
            throw new AssertionError(e);
        });
    }

    @Test
    void a_new_article_is_reported_once_after_a_burst_of_writes() throws Exception {
        try (CorpusWatcher w = watch()) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(dir.resolve("a" + i + ".txt"), "text " + i);
            }
            assertTrue(calls.tryAcquire(10, TimeUnit.SECONDS), "the change was reported");
            assertFalse(calls.tryAcquire(800, TimeUnit.MILLISECONDS), "one call for the burst");
        }
    }

    @Test
    void a_removed_catalogue_is_reported() throws Exception {
        Path events = Files.writeString(dir.resolve("events.json"), "[]");
        try (CorpusWatcher w = watch()) {
            Files.delete(events);
            assertTrue(calls.tryAcquire(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void notes_and_temporary_files_are_not_changes_to_the_corpus() throws Exception {
        try (CorpusWatcher w = watch()) {
            Files.writeString(dir.resolve("annotations.json"), "{}");
            Files.writeString(dir.resolve(".adding-1.tmp"), "x");
            assertFalse(calls.tryAcquire(1200, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void a_closed_watcher_stays_quiet() throws Exception {
        CorpusWatcher w = watch();
        w.close();
        Files.writeString(dir.resolve("late.txt"), "text");
        assertFalse(calls.tryAcquire(1200, TimeUnit.MILLISECONDS));
        assertEquals(0, calls.availablePermits());
    }

    @ParameterizedTest
    @CsvSource({"article.txt, true", "Notes.MD, true", "events.json, true", "corpus.json, true",
        "annotations.json, false", "README.md, false", ".hidden.txt, false", "scan.pdf, true", "page.HTM, true", "photo.jpg, false",
        ".adding-123.tmp, false"})
    void the_files_that_make_a_corpus(String name, boolean matters) {
        assertEquals(matters, CorpusWatcher.matters(Path.of(name)));
    }
}
