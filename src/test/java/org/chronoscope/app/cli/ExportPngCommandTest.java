package org.chronoscope.app.cli;

import org.chronoscope.export.FxRuntime;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExportPngCommandTest {
    private static final String SEEDS = System.getProperty("chronoscope.seeds", "seeds");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        FxRuntime.ensureStarted(true);
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--corpus", SEEDS));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--width | banana | banana",
            "--width | 12 | out of range",
            "--scale | 9 | out of range",
            "--from | 2025-13-45 | not a date",
            "--to | yesterday | not a date",
            "--actor | nobody | unknown actor id \"nobody\"",
            "--category | gossip | unknown category \"gossip\"",
            "--colour | red | unknown option '--colour'"})
    void a_bad_option_exits_2_and_says_what_is_wrong(String option, String value, String expected) {
        int status = run("--export-png", dir.resolve("x.png").toString(), option, value);
        assertEquals(2, status, errors());
        assertTrue(errors().contains(expected), errors());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void a_missing_value_exits_2() {
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--width"));
        assertTrue(errors().contains("--width needs a value"), errors());
    }

    @Test
    void an_export_of_the_seeds_has_the_requested_width() throws Exception {
        Path file = dir.resolve("seeds.png");
        assertEquals(0, run("--export-png", file.toString(), "--width", "1800", "--title", "Peace talks"), errors());
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(1800, png.getWidth());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1800 ×"));
    }

    @Test
    void a_category_filter_leaves_the_other_events_out() {
        assertEquals(0, run("--export-png", dir.resolve("all.png").toString()), errors());
        int all = events(out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("--export-png", dir.resolve("talks.png").toString(), "--category", "talks"), errors());
        int talks = events(out.toString(StandardCharsets.UTF_8));
        assertTrue(talks > 0 && talks < all, talks + " talks of " + all + " events");
    }

    private static int events(String output) {
        var m = java.util.regex.Pattern.compile("(\\d+) events").matcher(output);
        assertTrue(m.find(), output);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void scale_two_doubles_the_default_window_width() throws Exception {
        Path file = dir.resolve("seeds@2x.png");
        assertEquals(0, run("--export-png", file.toString(), "--scale", "2"), errors());
        assertEquals(2400, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void an_unwritable_path_exits_1_naming_it() {
        Path file = dir.resolve("missing-folder").resolve("x.png");
        assertEquals(1, run("--export-png", file.toString()));
        assertTrue(errors().contains("missing-folder"), errors());
    }

    @Test
    void an_image_beyond_the_limit_is_refused_with_the_limit_named() {
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--width", "65000", "--scale", "4"));
        assertTrue(errors().contains("limit is"), errors());
    }

    @Test
    void an_annotations_file_that_cannot_be_read_exits_2() throws Exception {
        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "{ not json");
        assertEquals(2, run("--export-png", dir.resolve("x.png").toString(), "--annotations", notes.toString()));
        assertTrue(errors().contains("notes.json"), errors());
    }

    @Test
    void notes_from_an_annotations_file_are_drawn() throws Exception {
        Path notes = dir.resolve("notes.json");
        AnnotationStore.save(notes, AnnotationDocument.EMPTY.withNote(
                Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 11, 23)), "Geneva weekend", "#e03131")));
        assertEquals(0, run("--export-png", dir.resolve("x.png").toString(), "--annotations", notes.toString(),
                "--from", "2025-11-01", "--to", "2025-12-31"), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 notes"), out.toString(StandardCharsets.UTF_8));
    }
}
