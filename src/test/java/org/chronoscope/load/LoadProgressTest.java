package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load says how many articles it has read, and stops when told to. */
class LoadProgressTest {
    @TempDir
    Path dir;

    @Test
    void progress_counts_every_article_up_to_the_total() throws IOException {
        Seeds.copyTo(dir);
        List<int[]> told = new CopyOnWriteArrayList<>();
        CorpusLoader.load(dir, ArticleCache.off(), (done, total) -> told.add(new int[] {done, total}));
        assertEquals(6, told.size(), "once before the first article, once after each of the five");
        assertTrue(told.stream().allMatch(t -> t[1] == 5));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), told.stream().map(t -> t[0]).sorted().toList());
    }

    @Test
    void a_cancelled_load_stops_with_a_cancellation_and_reads_no_more_articles() throws IOException {
        Seeds.copyTo(dir);
        AtomicInteger read = new AtomicInteger();
        CorpusLoader.Progress stopAfterTwo = new CorpusLoader.Progress() {
            @Override
            public void articles(int done, int total) {
                read.set(done);
            }

            @Override
            public boolean cancelled() {
                return read.get() >= 2;
            }
        };
        assertThrows(CancellationException.class, () -> CorpusLoader.load(dir, ArticleCache.off(), stopAfterTwo));
        assertTrue(read.get() < 5, "stopped before the last article: " + read.get());
    }
}
