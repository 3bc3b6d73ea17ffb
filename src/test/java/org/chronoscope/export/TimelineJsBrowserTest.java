package org.chronoscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the TimelineJS3 export of the seeds opens in the real TimelineJS3 (npm {@code @knight-lab/timelinejs})
 * in headless Chromium, driven by {@code src/test/timelinejs/check.mjs} (playwright-core), which serves TimelineJS
 * from node_modules on the loopback address and blocks any other request. {@code .ci/browser-test-setup} installs
 * what it needs; where that failed, this test reports itself skipped with the reason.
 */
class TimelineJsBrowserTest {
    private static final Path TEST_FOLDER = Path.of("src", "test", "timelinejs");
    private static final Path CHROMIUM = Path.of(System.getProperty("chronoscope.chromium", "/usr/bin/chromium"));
    private static final Path SETUP_FAILURE = Path.of("target", "browser-test-setup.txt");
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));

    @TempDir
    Path dir;

    @Test
    void the_export_of_the_seeds_opens_in_timelinejs_with_a_slide_for_every_event() throws Exception {
        skipUnlessSetUp();
        Corpus seeds = CorpusLoader.load(SEEDS);
        Path file = dir.resolve("seeds-timeline.json");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            TimelineJsExport.write(out, seeds, seeds.events(), null, null);
        }
        JsonNode exported = new ObjectMapper().readTree(file.toFile());

        JsonNode shown = run(file);

        List<String> ids = new ArrayList<>();
        exported.path("events").forEach(e -> ids.add(e.path("unique_id").asText()));
        List<String> slides = new ArrayList<>();
        shown.path("slideIds").forEach(s -> slides.add(s.asText()));
        assertTrue(shown.path("loaded").asBoolean(), shown.toString());
        assertEquals(List.of(), list(shown.path("errors")), "TimelineJS's own errors");
        assertEquals(List.of(), list(shown.path("pageErrors")), "script errors in the page");
        assertEquals(List.of(), list(shown.path("consoleErrors")), "console errors");
        assertEquals(List.of(), list(shown.path("blocked")), "requests that tried to leave the machine");
        assertEquals(ids.size() + 1, slides.size(), "a title slide and one per event");
        assertTrue(slides.containsAll(ids), "every event has its slide: " + slides);
        assertEquals(ids.size(), shown.path("markers").asInt(), "a marker per event on the time nav");
        assertTrue(shown.path("groups").size() >= 3, "the sides are TimelineJS groups: " + shown.path("groups"));
    }

    /** Skips, saying why on the build's output too (a skip's reason is otherwise only in the report files). */
    private static void skipUnlessSetUp() throws IOException {
        String why = Files.isRegularFile(SETUP_FAILURE)
                ? "browser test set-up failed: " + Files.readString(SETUP_FAILURE).strip()
                : !Files.isExecutable(CHROMIUM) ? CHROMIUM + " is missing: run .ci/browser-test-setup"
                : !Files.isDirectory(TEST_FOLDER.resolve("node_modules/@knight-lab/timelinejs"))
                        || !Files.isDirectory(TEST_FOLDER.resolve("node_modules/playwright-core"))
                ? "TimelineJS3 and playwright-core are not installed: run .ci/browser-test-setup" : null;
        if (why != null) {
            System.err.println("TimelineJsBrowserTest skipped: " + why);
        }
        Assumptions.assumeTrue(why == null, why);
    }

    private static JsonNode run(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "check.mjs", file.toAbsolutePath().toString(), CHROMIUM.toString())
                .directory(TEST_FOLDER.toFile()).redirectErrorStream(false).start();
        p.getOutputStream().close();
        boolean done = p.waitFor(170, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(done, "check.mjs did not finish in time: " + err);
        assertEquals(0, p.exitValue(), "check.mjs failed: " + err);
        return new ObjectMapper().readTree(out.substring(out.lastIndexOf('\n') + 1));
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
