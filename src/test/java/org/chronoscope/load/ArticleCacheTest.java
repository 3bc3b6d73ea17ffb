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

    /** The pack's records (length, name, key, payload, checksum) by article file name. */
    private Map<String, byte[]> entries() {
        ArticleCache.Pack pack = ArticleCache.Pack.read(cacheDir.resolve(ArticleCache.PACK));
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : pack.names()) {
            java.nio.ByteBuffer raw = pack.raw(name);
            out.put(name, java.util.Arrays.copyOfRange(raw.array(), raw.position(), raw.limit()));
        }
        return out;
    }

    /** Writes the pack anew with these records, after the header the cache wrote. */
    private void writePack(Iterable<byte[]> records) throws IOException {
        Path pack = cacheDir.resolve(ArticleCache.PACK);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(Files.readAllBytes(pack), 0, 8);
        for (byte[] r : records) {
            out.write(r);
        }
        Files.write(pack, out.toByteArray());
    }

    /** A record for one file holding another record's key and payload. */
    private static byte[] renamed(String name, byte[] record) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(record);
        b.getInt();
        int nameLength = b.getInt();
        b.position(b.position() + nameLength);
        byte[] key = new byte[b.getInt()];
        b.get(key);
        byte[] payload = new byte[b.getInt()];
        b.get(payload);
        return ArticleCache.Pack.record(name, key, payload);
    }

    private byte[] corpusStage() throws IOException {
        return Files.readAllBytes(cacheDir.resolve(ArticleCache.CORPUS));
    }

    @Test
    void a_load_that_fills_the_cache_and_one_that_reads_it_give_what_a_fresh_load_gives() throws IOException {
        seeds();
        Corpus fresh = fresh();
        Corpus filling = cached();
        assertEquals(5, entries().size(), "one entry per article");
        byte[] pack = Files.readAllBytes(cacheDir.resolve(ArticleCache.PACK));
        byte[] stage = corpusStage();
        Corpus reading = cached();
        assertArrayEquals(pack, Files.readAllBytes(cacheDir.resolve(ArticleCache.PACK)), "an unchanged pack is read");
        assertArrayEquals(stage, corpusStage(), "an unchanged corpus stage is read, not worked out and written");
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
        Map<String, byte[]> after = entries();
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name),
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
        byte[] cut = good.get(names[1]);
        // the third record is left out, the second cut short (which loses the records after it), the first wrong
        writePack(java.util.List.of(flipped, good.get(names[3]), java.util.Arrays.copyOf(cut, cut.length / 3),
                good.get(names[4])));
        byte[] stage = corpusStage();
        stage[stage.length / 2] ^= 0x5A;
        Files.write(cacheDir.resolve(ArticleCache.CORPUS), stage);

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
        writePack(java.util.List.of(renamed(names[0], good.get(names[1])), renamed(names[1], good.get(names[0])),
                good.get(names[2]), good.get(names[3]), good.get(names[4])));

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

    @Test
    void a_changed_event_catalogue_is_not_served_from_the_corpus_stage() throws IOException {
        seeds();
        cached();
        byte[] stage = corpusStage();
        Path catalogue = corpus.resolve(EventCatalog.FILE_NAME);
        String json = Files.readString(catalogue);
        int at = json.indexOf("\"title\": \"") + 10;
        assertTrue(at > 10);
        Files.writeString(catalogue, json.substring(0, at) + "Retitled " + json.substring(at));

        Corpus reading = cached();

        assertEquals(eventsJson(fresh()), eventsJson(reading));
        assertEquals(fresh(), reading);
        assertTrue(reading.events().stream().anyMatch(e -> e.title().startsWith("Retitled ")));
        assertFalse(java.util.Arrays.equals(stage, corpusStage()), "the corpus stage is kept anew");
    }

    @Test
    void the_corpus_stage_of_another_set_of_articles_is_never_used() throws IOException {
        seeds();
        cached();
        byte[] allFive = corpusStage();
        Files.delete(corpus.resolve("002_1e9a216f9237e569.txt"));
        Corpus four = cached();
        assertEquals(fresh(), four);
        // the stage of the five articles put back while the folder holds four
        Files.write(cacheDir.resolve(ArticleCache.CORPUS), allFive);

        Corpus reading = cached();

        assertEquals(eventsJson(fresh()), eventsJson(reading));
        assertEquals(fresh(), reading);
        assertEquals(4, reading.articles().size());
    }

    @Test
    void a_corpus_stage_cut_short_or_of_another_corpus_is_ignored() throws IOException {
        seeds();
        cached();
        byte[] stage = corpusStage();
        Files.write(cacheDir.resolve(ArticleCache.CORPUS), java.util.Arrays.copyOf(stage, stage.length / 2));
        assertEquals(fresh(), cached());
        assertArrayEquals(stage, corpusStage(), "written again as it was");

        Path other = MixedCorpus.write(dir.resolve("mixed"));
        Path otherCache = dir.resolve("other-cache");
        CorpusLoader.load(other, ArticleCache.in(otherCache));
        Files.copy(otherCache.resolve(ArticleCache.CORPUS), cacheDir.resolve(ArticleCache.CORPUS),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Corpus reading = cached();
        assertEquals(eventsJson(fresh()), eventsJson(reading));
        assertEquals(fresh(), reading);
    }
}
