package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chronoscope.app.Launcher;
import org.chronoscope.app.cli.Cli;
import org.chronoscope.export.FxRuntime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command line ends the process with status 0, 1 or 2 and a one-line message, never a stack trace; hostile
 * options, notes files and locales are told apart from a failure to write. The cases that depend on the process
 * itself (that it ends, its locale, its heap) run the jar's entry point in a child JVM.
 */
class HostileCommandLineTest {
    private static final String ARTICLE = "published: 2025-11-28\n\n"
            + "On Friday, the Kremlin confirmed it had received the amended plan in Genève.\n";

    @TempDir
    Path dir;
    private Path corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), ARTICLE);
    }

    private int run(String... args) {
        List<String> line = new ArrayList<>(List.of("--corpus", corpus.toString()));
        line.addAll(List.of(args));
        return Cli.run(line.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--from=+999999999-01-01", "--from=0000-01-01", "--to=0000", "--to=-0001-01",
            "--from=10000-01-01"})
    void a_date_beyond_the_years_1_to_9999_is_a_usage_error(String option) {
        assertEquals(2, run("--dump-events", "-", option));
        String first = errors().lines().findFirst().orElse("");
        assertTrue(first.startsWith("chronoscope: --"), first);
        assertTrue(first.contains("outside the years 1 to 9999") || first.contains("is not a date"), first);
        assertFalse(errors().contains("Exception"), errors());
    }

    @Test
    void a_page_under_its_minimum_width_is_a_usage_error_naming_a_width_that_would_do() {
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--width", "400", "--scale", "3"));
        assertTrue(errors().startsWith("chronoscope: --width 400 with --scale 3 leaves a page 133 px wide"), errors());
        assertTrue(errors().contains("--width 600 or more"), errors());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void dev_stdout_is_standard_output_and_is_never_replaced_by_a_file() {
        assertEquals(0, run("--dump-events", "/dev/stdout"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"id\""), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_hundred_unreadable_notes_files_or_a_fifo_named_annotations_json_do_not_stop_the_export() throws Exception {
        FxRuntime.ensureStarted(true);
        Files.writeString(corpus.resolve("annotations.json"), "not JSON");
        for (int n = 1; n <= 99; n++) {
            Files.writeString(corpus.resolve("annotations-" + n + ".json"), "{\"format\": \"chronoscope-annot");
        }
        Path png = dir.resolve("notes.png");
        assertEquals(0, run("--export-png", png.toString(), "--width", "800"));
        assertTrue(errors().contains("will not be saved"), errors());
        assertEquals(800, ImageIO.read(png.toFile()).getWidth());

        Path fifoCorpus = Files.createDirectory(dir.resolve("fifo"));
        Files.writeString(fifoCorpus.resolve("a.txt"), ARTICLE);
        Special.fifo(fifoCorpus.resolve("annotations.json"));
        corpus = fifoCorpus;
        Path fifoPng = dir.resolve("fifo.png");
        assertEquals(0, run("--export-png", fifoPng.toString(), "--width", "800"));
        assertTrue(errors().contains("annotations.json: error: is not a regular file"), errors());
        assertTrue(Files.isRegularFile(fifoPng) && Special.isFifo(fifoCorpus.resolve("annotations.json")));
    }

    /** The jar's entry point in a child JVM; stdout and stderr as UTF-8 bytes decoded, and the exit status. */
    private record Child(int status, String out, String err) {
    }

    private Child launch(Map<String, String> env, List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvm);
        String cache = System.getProperty("chronoscope.cache");
        if (cache != null) {
            command.add("-Dchronoscope.cache=" + cache); // the build's cache, not the user's ~/.cache
        }
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the process ends: " + String.join(" ", args));
        Child c = new Child(p.exitValue(), Files.readString(dir.resolve("child.out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
        assertFalse(c.err().contains("\tat ") || c.err().contains("Exception in thread"), "no stack trace: " + c.err());
        assertTrue(c.status() >= 0 && c.status() <= 2, "status " + c.status());
        return c;
    }

    @Test
    void the_process_ends_after_a_bad_picture_option() throws Exception {
        Child c = launch(Map.of(), List.of(), "--corpus", corpus.toString(), "--export-png", "x.png",
                "--width", "400", "--scale", "3");
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().contains("--width 400 with --scale 3"), c.err());
    }

    @Test
    void under_the_c_locale_standard_output_is_utf_8_and_a_path_it_cannot_spell_is_a_clear_error() throws Exception {
        Map<String, String> c = Map.of("LANG", "C", "LC_ALL", "C");
        Child dump = launch(c, List.of(), "--corpus", corpus.toString(), "--dump-events", "-");
        assertEquals(0, dump.status(), dump.err());
        assertTrue(dump.out().contains("Genève"), dump.out());
        Assumptions.assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
                "this JVM cannot name a non-ASCII folder itself");
        Path accented = Files.createDirectory(dir.resolve("événements"));
        Files.writeString(accented.resolve("a.txt"), ARTICLE);
        Child path = launch(c, List.of(), "--corpus", accented.toString(), "--dump-events", "-");
        assertEquals(2, path.status(), path.err());
        assertTrue(path.err().contains("not a path this system can use") && path.err().contains("UTF-8 locale"),
                path.err());
    }

    @Test
    void an_article_too_large_for_the_memory_is_refused_naming_the_file_and_the_limit_and_the_rest_loads()
            throws Exception {
        StringBuilder big = new StringBuilder("published: 2025-11-28\n\n");
        while (big.length() < 6_000_000) {
            big.append("On Friday, the Kremlin confirmed it had received the amended plan.\n");
        }
        Files.writeString(corpus.resolve("huge.txt"), big);
        Files.writeString(corpus.resolve("huge.html"), "<html><body><p>" + big + "</p></body></html>");
        Child c = launch(Map.of(), List.of("-Xmx64m"), "--corpus", corpus.toString(), "--dump-text", "-");
        assertEquals(0, c.status(), c.err());
        for (String name : List.of("huge.txt", "huge.html")) {
            assertTrue(c.err().lines().anyMatch(l -> l.startsWith("chronoscope: " + name + ": warning: is ")
                    && l.matches(".*Chronoscope reads articles up to [0-9.]+ MB.*") && l.endsWith("skipped")), c.err());
        }
        assertTrue(c.out().contains("\"article\" : \"a.txt\"") && !c.out().contains("huge"), c.out());
        try (Stream<Path> files = Files.list(corpus)) {
            assertEquals(3, files.count(), "nothing written into the corpus");
        }
    }
}
