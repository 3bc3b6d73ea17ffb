package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
    @TempDir
    Path dir;

    private static String errors(Corpus c) {
        return c.problems().stream().filter(p -> p.severity() == Severity.ERROR).map(Problem::toString)
                .reduce("", (a, b) -> a + b + "\n");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p);
        assertTrue(s.contains(from), "test set-up: " + from);
        Files.writeString(p, s.replace(from, to));
    }

    @Test
    void a_missing_folder_is_named_and_nothing_loads() {
        Corpus c = CorpusLoader.load(dir.resolve("nope"));
        assertTrue(c.articles().isEmpty());
        assertEquals(dir.resolve("nope").toString(), c.problems().get(0).file());
        assertEquals("no such folder", c.problems().get(0).message());
    }

    @Test
    void a_bad_file_is_skipped_and_the_rest_of_the_folder_loads() throws IOException {
        Seeds.copyTo(dir);
        Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Files.writeString(dir.resolve("empty.md"), "");
        Corpus c = CorpusLoader.load(dir);
        assertEquals(5, c.articles().size());
        assertTrue(c.problems().stream().anyMatch(p -> "broken.txt".equals(p.file())));
        assertTrue(c.problems().stream().anyMatch(p -> "empty.md".equals(p.file())));
    }

    @Test
    void an_unknown_actor_id_is_an_error_naming_the_event_and_line() throws IOException {
        Seeds.copyTo(dir);
        edit("events.json", "\"actors\": [\n        \"driscoll\"", "\"actors\": [\n        \"driscol\"");
        Corpus c = CorpusLoader.load(dir);
        String errors = errors(c);
        assertTrue(errors.contains("event 'driscoll-in-kyiv': unknown actor id 'driscol'"), errors);
        assertTrue(errors.startsWith("events.json:"), errors);
        assertTrue(c.event("driscoll-in-kyiv").isEmpty());
        assertTrue(c.event("geneva-talks").isPresent(), "the other events still load");
    }

    @Test
    void a_quote_not_in_the_article_is_an_error_with_the_closest_text() throws IOException {
        Seeds.copyTo(dir);
        edit("events.json", "urgent discussions between Ukrainian and American officials in Geneva",
                "urgent talks between Ukrainian and American officials in Geneva");
        String errors = errors(CorpusLoader.load(dir));
        assertTrue(errors.contains("quote not found in 001_bbcfa24951955cf9.txt"), errors);
        assertTrue(errors.contains("closest text: \"On Friday, the Kremlin confirmed"), errors);
    }

    @Test
    void malformed_json_is_reported_with_line_and_column() throws IOException {
        Seeds.copyTo(dir);
        edit("events.json", "\"version\": 1,", "\"version\": 1,,");
        Corpus c = CorpusLoader.load(dir);
        Problem p = c.problems().get(0);
        assertEquals("events.json", p.file());
        assertEquals(2, p.line());
        assertTrue(p.column() > 0);
        assertEquals(5, c.articles().size(), "the articles still load");
    }

    @Test
    void an_undated_article_keeps_its_absolute_dates_and_leaves_relative_ones_unresolved() throws IOException {
        Seeds.copyTo(dir);
        edit("corpus.json", "\"published\": \"2025-11-28\",", "");
        Corpus c = CorpusLoader.load(dir);
        TimelineEvent geneva = c.event("geneva-talks").orElseThrow(() -> new AssertionError(errors(c)));
        assertNull(geneva.date().start());
        assertEquals(BasisKind.UNRESOLVED, geneva.date().basis().kind());
        TimelineEvent drone = c.event("drone-strike").orElseThrow();
        assertNull(drone.date().start(), "'November 25' needs the article's year");
        TimelineEvent war = c.event("full-scale-war").orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 1), war.date().start());
    }

    @Test
    void an_article_without_metadata_uses_its_own_header() throws IOException {
        Files.writeString(dir.resolve("note.md"), "title: A note\npublished: 2025-11-24\n\n"
                + "Zelensky met Witkoff in Geneva yesterday.\n", StandardCharsets.UTF_8);
        Corpus c = CorpusLoader.load(dir);
        assertEquals(LocalDate.of(2025, 11, 24), c.articles().get(0).published());
        assertEquals("A note", c.articles().get(0).displayTitle());
        assertEquals(3, c.mentions().size());
    }
}
