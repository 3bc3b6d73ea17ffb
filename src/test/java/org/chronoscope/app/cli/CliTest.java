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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.Seeds;
import org.chronoscope.model.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
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
    void dump_events_writes_one_flat_object_per_event_whose_quotes_match_their_offsets() throws IOException {
        Path file = dir.resolve("events.json");
        assertEquals(0, run("--corpus", Seeds.FOLDER.toString(), "--dump-events", file.toString()), err());
        JsonNode events = new ObjectMapper().readTree(file.toFile());
        assertTrue(events.size() >= 35, "events: " + events.size());
        for (JsonNode e : events) {
            for (String field : new String[] {"id", "title", "summary", "category", "start", "end", "precision",
                    "basis", "actors", "places", "sources", "origin"}) {
                assertTrue(e.has(field), e.path("id").asText() + " lacks " + field);
            }
            for (JsonNode s : e.get("sources")) {
                String text = Files.readString(Seeds.FOLDER.resolve(s.get("article").asText()));
                assertEquals(s.get("quote").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
            }
        }
    }

    @Test
    void dump_actors_lists_every_actor_with_its_kind_affiliation_aliases_mentions_and_origin() throws Exception {
        Path corpus = Path.of(CliTest.class.getResource("/actors/two-countries").toURI());
        Path file = dir.resolve("actors.json");
        assertEquals(0, run("--corpus", corpus.toString(), "--dump-actors", file.toString()), err());
        JsonNode actors = new ObjectMapper().readTree(file.toFile());
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode a : actors) {
            for (String field : new String[] {"id", "name", "kind", "affiliation", "aliases", "mentions", "origin"}) {
                assertTrue(a.has(field), a.path("id").asText() + " lacks " + field);
            }
            byId.put(a.get("id").asText(), a);
        }
        JsonNode jaishankar = byId.get("subrahmanyam-jaishankar");
        assertEquals("person", jaishankar.get("kind").asText());
        assertEquals("india", jaishankar.get("affiliation").asText());
        assertEquals("discovered", jaishankar.get("origin").asText());
        assertEquals(3, jaishankar.get("mentions").asInt()); // "S. Jaishankar", "Jaishankar", "Subrahmanyam Jaishankar"
        List<String> aliases = new ArrayList<>();
        jaishankar.get("aliases").forEach(x -> aliases.add(x.asText()));
        assertTrue(aliases.containsAll(List.of("S. Jaishankar", "Jaishankar")), aliases.toString());
        assertEquals("state", byId.get("pakistan").get("kind").asText());
        assertTrue(byId.get("pakistan").get("affiliation").isNull());
        assertEquals("organisation", byId.get("un").get("kind").asText());
        out.reset();
        assertEquals(0, run("--corpus", Seeds.FOLDER.toString(), "--dump-actors", "-"), err());
        JsonNode seeds = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode zelensky = null;
        for (JsonNode a : seeds) {
            zelensky = a.get("id").asText().equals("zelensky") ? a : zelensky;
        }
        assertEquals("catalogue", zelensky.get("origin").asText());
        assertEquals("ukraine", zelensky.get("affiliation").asText());
        assertTrue(zelensky.get("mentions").asInt() > 5, zelensky.toString());
    }

    @Test
    void dump_timex_to_standard_output_lists_expressions_at_their_offsets() throws IOException {
        assertEquals(0, run("--corpus", Seeds.FOLDER.toString(), "--dump-timex", "-"), err());
        JsonNode list = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(list.size() > 20, "expressions: " + list.size());
        for (JsonNode t : list) {
            String text = Files.readString(Seeds.FOLDER.resolve(t.get("article").asText()));
            assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
        }
    }

    @Test
    void dump_events_takes_the_filters_and_a_side_takes_in_the_people_acting_for_it() throws IOException {
        assertEquals(0, run("--corpus", Seeds.FOLDER.toString(), "--dump-events", "-"), err());
        JsonNode all = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("--corpus", Seeds.FOLDER.toString(), "--dump-events", "-", "--actor", "russia",
                "--from", "2025-11", "--to", "2025-11-30", "--category", "talks", "--category", "statement"), err());
        JsonNode some = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        Set<String> russian = new HashSet<>(Set.of("russia"));
        for (Actor a : CorpusLoader.load(Seeds.FOLDER).actors()) {
            if ("russia".equals(a.side()) || "russia".equals(a.affiliation())) {
                russian.add(a.id());
            }
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode e : all) {
            boolean inNovember = !e.get("start").isNull() && e.get("start").asText().compareTo("2025-11-30") <= 0
                    && (e.get("end").isNull() ? e.get("start") : e.get("end")).asText().compareTo("2025-11-01") >= 0;
            boolean category = Set.of("talks", "statement").contains(e.get("category").asText());
            boolean actor = false;
            for (JsonNode id : e.get("actors")) {
                actor |= russian.contains(id.asText());
            }
            if (inNovember && category && actor) {
                expected.add(e.get("id").asText());
            }
        }
        List<String> got = new ArrayList<>();
        some.forEach(e -> got.add(e.get("id").asText()));
        assertTrue(expected.size() >= 3, "expected: " + expected);
        assertTrue(expected.size() < all.size());
        assertEquals(expected, got);
    }

    @Test
    void dump_events_with_an_unknown_actor_exits_2_and_lists_the_known_ids() {
        assertEquals(2, run("--corpus", Seeds.FOLDER.toString(), "--dump-events", "-", "--actor", "nobody"));
        assertTrue(err().contains("--actor: unknown actor id \"nobody\"; known ids: "), err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_unknown_option_exits_2_and_names_it() {
        assertEquals(2, run("--dump-event", "-"));
        assertTrue(err().contains("unknown option '--dump-event'"), err());
    }

    @Test
    void an_option_without_its_value_exits_2() {
        assertEquals(2, run("--dump-events"));
        assertTrue(err().contains("--dump-events needs a value"), err());
    }

    @Test
    void a_missing_corpus_folder_exits_2_and_names_it() {
        assertEquals(2, run("--corpus", dir.resolve("nowhere").toString(), "--dump-events", "-"));
        assertTrue(err().contains("nowhere: error: no such folder"), err());
    }

    @Test
    void an_unwritable_output_exits_1_and_leaves_nothing_half_written() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        assertEquals(1, run("--corpus", Seeds.FOLDER.toString(), "--dump-events", blocker.resolve("out.json")
                .toString()));
        assertTrue(err().contains("cannot write"), err());
    }
}
