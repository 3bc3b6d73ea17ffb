package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chronoscope.model.Corpus;
import org.chronoscope.testing.MixedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load through the cache gives what a load without it gives, whatever state the cache is in. */
class ArticleCacheTest {
    @TempDir
    Path dir;

    private Path corpus;
    private Path cacheDir;

    private Corpus fresh() {
        return CorpusLoader.load(corpus, ArticleCache.off());
    }

    private Corpus cached() {
        return CorpusLoader.load(corpus, ArticleCache.in(cacheDir));
    }

    private static String eventsJson(Corpus c) throws IOException {
        return JsonFiles.writer().writeValueAsString(EventJson.dump(c.events()));
    }

    private void seeds() throws IOException {
        corpus = dir.resolve("corpus");
        cacheDir = dir.resolve("cache");
        Seeds.copyTo(corpus);
    }

    private Map<String, byte[]> entries() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void a_load_that_fills_the_cache_and_one_that_reads_it_give_what_a_fresh_load_gives() throws IOException {
        seeds();
        Corpus fresh = fresh();
        Corpus filling = cached();
        assertEquals(5, entries().size(), "one entry per article");
        Corpus reading = cached();
        assertFalse(fresh.events().isEmpty());
        assertEquals(eventsJson(fresh), eventsJson(filling));
        assertEquals(eventsJson(fresh), eventsJson(reading));
        assertEquals(fresh, reading);
    }

    @Test
    void web_pages_and_pdfs_come_back_from_the_cache_as_read() throws IOException {
        corpus = MixedCorpus.write(dir.resolve("mixed"));
        cacheDir = dir.resolve("cache");
        Corpus fresh = fresh();
        cached();
        Map<String, byte[]> before = entries();
        Corpus reading = cached();
        assertEquals(3, before.size());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, uncheckedRead(cacheDir.resolve(name)),
                "a matching entry is read, not written again"));
        assertEquals(eventsJson(fresh), eventsJson(reading));
        assertEquals(fresh, reading);
    }

    @Test
    void a_corrupt_or_cut_short_entry_is_ignored_and_written_again() throws IOException {
        seeds();
        Corpus fresh = fresh();
        cached();
        Map<String, byte[]> good = entries();
        String[] names = good.keySet().toArray(String[]::new);
        byte[] flipped = good.get(names[0]).clone();
        flipped[flipped.length / 2] ^= 0x5A;
        Files.write(cacheDir.resolve(names[0]), flipped);
        byte[] cut = good.get(names[1]);
        Files.write(cacheDir.resolve(names[1]), java.util.Arrays.copyOf(cut, cut.length / 3));
        Files.write(cacheDir.resolve(names[2]), new byte[0]);

        Corpus reading = cached();

        assertEquals(eventsJson(fresh), eventsJson(reading));
        assertEquals(fresh, reading);
        Map<String, byte[]> after = entries();
        for (String n : names) {
            assertArrayEquals(good.get(n), after.get(n), n + " is written again as it was");
        }
    }

    @Test
    void an_entry_of_another_file_is_never_used() throws IOException {
        seeds();
        Corpus fresh = fresh();
        cached();
        Map<String, byte[]> good = entries();
        String[] names = good.keySet().toArray(String[]::new);
        Files.write(cacheDir.resolve(names[0]), good.get(names[1]));
        Files.write(cacheDir.resolve(names[1]), good.get(names[0]));

        Corpus reading = cached();

        assertEquals(eventsJson(fresh), eventsJson(reading));
        assertEquals(fresh, reading);
    }

    @Test
    void a_changed_file_is_read_again_and_only_its_entry_is_rewritten() throws IOException {
        seeds();
        cached();
        Map<String, byte[]> before = entries();
        Path article = corpus.resolve("002_1e9a216f9237e569.txt");
        FileTime time = Files.getLastModifiedTime(article);
        // same size and time, other content: only the content hash can tell
        String text = Files.readString(article);
        int at = text.indexOf("Ukraine");
        assertTrue(at > 0);
        Files.writeString(article, text.substring(0, at) + "Ukrayne" + text.substring(at + 7));
        Files.setLastModifiedTime(article, time);

        Corpus reading = cached();

        assertEquals(eventsJson(fresh()), eventsJson(reading));
        assertEquals(fresh(), reading);
        Map<String, byte[]> after = entries();
        int changed = 0;
        for (String n : before.keySet()) {
            changed += java.util.Arrays.equals(before.get(n), after.get(n)) ? 0 : 1;
        }
        assertEquals(1, changed);
        assertTrue(reading.articles().stream().anyMatch(a -> a.text().contains("Ukrayne")));
    }

    @Test
    void changed_corpus_metadata_for_an_article_is_not_served_from_the_cache() throws IOException {
        seeds();
        cached();
        Path meta = corpus.resolve(CorpusMetadata.FILE_NAME);
        String json = Files.readString(meta);
        String changedJson = json.replace("\"title\": \"Trump", "\"title\": \"Renamed: Trump");
        assertNotEquals(json, changedJson);
        Files.writeString(meta, changedJson);

        Corpus reading = cached();

        assertEquals(fresh(), reading);
        assertTrue(reading.articles().stream().anyMatch(a -> a.displayTitle().startsWith("Renamed: ")));
    }

    @Test
    void entries_of_removed_files_are_deleted() throws IOException {
        seeds();
        cached();
        Files.delete(corpus.resolve("002_1e9a216f9237e569.txt"));
        cached();
        assertEquals(4, entries().size());
    }

    @Test
    void a_cache_that_cannot_be_written_changes_nothing() throws IOException {
        seeds();
        Files.writeString(dir.resolve("cache"), "a file where the cache folder would be");
        assertEquals(fresh(), cached());
    }

    private static byte[] uncheckedRead(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
