package org.chronoscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.chronoscope.testing.MixedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --dump-text, --export-timelinejs and --export-csv on a corpus of a web page, a PDF and a text article. */
class FormatCommandsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void every_quote_is_the_dumped_text_between_its_offsets_for_every_kind_of_file() throws IOException {
        Path corpus = MixedCorpus.write(dir.resolve("corpus"));
        Path text = dir.resolve("text.json");
        Path events = dir.resolve("events.json");
        assertEquals(0, run("--corpus", corpus.toString(), "--dump-text", text.toString(), "--dump-events",
                events.toString()), err());
        Map<String, String> texts = new HashMap<>();
        JsonNode articles = new ObjectMapper().readTree(text.toFile());
        assertEquals(3, articles.size());
        for (JsonNode a : articles) {
            assertTrue(a.has("title") && a.has("published"), a.toString());
            texts.put(a.path("article").asText(), a.path("text").asText());
        }
        int checked = 0;
        for (JsonNode e : new ObjectMapper().readTree(events.toFile())) {
            for (JsonNode s : e.path("sources")) {
                String t = texts.get(s.path("article").asText());
                assertEquals(s.path("quote").asText(), t.substring(s.path("start").asInt(), s.path("end").asInt()));
                checked++;
            }
        }
        assertTrue(checked >= 10, "passages checked: " + checked);
        JsonNode page = articles.findParents("article").stream()
                .filter(a -> a.path("article").asText().equals(MixedCorpus.PAGE)).findFirst().orElseThrow();
        assertEquals("2024-03-14", page.path("published").asText());
        assertEquals("page", page.path("publishedHow").asText());
    }

    @Test
    void dump_text_to_standard_output() throws IOException {
        Path corpus = MixedCorpus.write(dir.resolve("corpus"));
        assertEquals(0, run("--corpus", corpus.toString(), "--dump-text", "-"), err());
        JsonNode articles = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(MixedCorpus.PDF, articles.get(0).path("article").asText());
        assertEquals(3, articles.get(0).path("pageStarts").size());
    }

    @Test
    void the_exports_take_the_filter_options_and_write_their_files() throws IOException {
        Path corpus = MixedCorpus.write(dir.resolve("corpus"));
        Path json = dir.resolve("out/timeline.json");
        Path csv = dir.resolve("out/events.csv");
        assertEquals(0, run("--corpus", corpus.toString(), "--from", "2024-03-10", "--to", "2024-03-31",
                "--export-timelinejs", json.toString(), "--export-csv", csv.toString()), err());
        JsonNode timeline = new ObjectMapper().readTree(json.toFile());
        assertTrue(timeline.path("events").size() >= 3, timeline.toString());
        for (JsonNode e : timeline.path("events")) {
            assertEquals(2024, e.path("start_date").path("year").asInt());
            assertEquals(3, e.path("start_date").path("month").asInt(), e.toString());
        }
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(table.startsWith("\uFEFFid,title,"), table);
        assertEquals(timeline.path("events").size() + 1, table.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length,
                "one row per event, as many as the TimelineJS file holds (all dated)");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + json), out.toString());
    }

    @Test
    void an_export_that_matches_nothing_says_so_and_writes_nothing() {
        assertEquals(2, run("--from", "1900", "--to", "1901", "--export-csv", dir.resolve("x.csv").toString()));
        assertTrue(err().contains("nothing to export"), err());
        assertTrue(Files.notExists(dir.resolve("x.csv")));
    }

    @Test
    void picture_options_do_not_go_with_the_data_exports() {
        assertEquals(2, run("--export-csv", dir.resolve("x.csv").toString(), "--width", "800"));
        assertTrue(err().contains("--width"), err());
    }
}
