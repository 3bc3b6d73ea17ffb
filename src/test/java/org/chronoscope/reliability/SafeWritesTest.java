package org.chronoscope.reliability;

import org.chronoscope.app.export.AtomicFileSink;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.chronoscope.export.ExportException;
import org.chronoscope.export.Pixels;
import org.chronoscope.export.PngWriter;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.CatalogWriter;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes go only to regular files, through symbolic links, keeping the file's permissions; a failure names the
 * file the user asked for and says a full disk is full; nothing is ever left half-written or littered.
 */
class SafeWritesTest {
    @TempDir
    Path dir;

    private static AtomicWrite.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_fifo_is_refused_and_stays_a_fifo() throws Exception {
        Path fifo = dir.resolve("out.json");
        Special.fifo(fifo);
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(fifo, text("[]")));
        assertTrue(e.getMessage().startsWith(fifo + ": is not a regular file"), e.getMessage());
        assertTrue(Special.isFifo(fifo));
        assertEquals(List.of("out.json"), names(), "no temporary file left");
    }

    @Test
    void a_link_to_a_fifo_is_refused_too() throws Exception {
        Path fifo = dir.resolve("pipe");
        Special.fifo(fifo);
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), fifo);
        assertThrows(IOException.class, () -> AtomicWrite.write(link, text("[]")));
        assertTrue(Special.isFifo(fifo) && Files.isSymbolicLink(link));
    }

    @Test
    void a_folder_is_refused_naming_it() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.json"));
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(folder, text("[]")));
        assertTrue(e.getMessage().startsWith(folder + ": is a folder"), e.getMessage());
    }

    @Test
    void a_symlink_is_written_through_and_its_target_keeps_its_permissions() throws IOException {
        Path target = Files.createDirectories(dir.resolve("elsewhere")).resolve("events.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("events.json"), target);
        AtomicWrite.write(link, text("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void a_chain_of_relative_links_is_followed_and_a_loop_is_refused() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("a/second"), Path.of("../real.json"));
        Path first = Files.createSymbolicLink(dir.resolve("first"), Path.of("a/second"));
        AtomicWrite.write(first, text("through two links"));
        assertEquals("through two links", Files.readString(dir.resolve("real.json")));
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(loop, text("x")));
        assertTrue(e.getMessage().contains("too many symbolic links"), e.getMessage());
    }

    @Test
    void a_new_file_gets_the_permissions_the_umask_gives_not_a_private_temp_files() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path written = dir.resolve("dump.json");
        AtomicWrite.write(written, text("[]"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(written));
    }

    @Test
    void an_existing_file_keeps_its_permissions() throws IOException {
        Path file = dir.resolve("dump.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicWrite.write(file, text("new"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void a_failing_write_names_the_requested_file_says_the_disk_is_full_and_leaves_the_old_file() throws IOException {
        Path file = dir.resolve("dump.json");
        Files.writeString(file, "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicWrite.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().startsWith(file + ": the disk is full"), e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"), e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of("dump.json"), names());
    }

    @Test
    void a_png_is_written_even_when_the_temp_folder_cannot_be_used() throws Exception {
        Path cache = Files.createDirectory(dir.resolve("cache"));
        ImageIO.setCacheDirectory(cache.toFile());
        Files.delete(cache);
        Path png = dir.resolve("timeline.png");
        try {
            PngWriter.write(new Pixels(2, 2, new int[] {0xff000000, 0xffffffff, 0xffff0000, 0xff0000ff}), png,
                    AtomicFileSink.INSTANCE);
        } finally {
            ImageIO.setCacheDirectory(null);
        }
        assertEquals(2, ImageIO.read(png.toFile()).getWidth());
        assertEquals(List.of("timeline.png"), names());
    }

    @Test
    void a_png_onto_a_fifo_is_refused() throws Exception {
        Path fifo = dir.resolve("timeline.png");
        Special.fifo(fifo);
        ExportException e = assertThrows(ExportException.class,
                () -> PngWriter.write(new Pixels(1, 1, new int[] {0xff000000}), fifo,
                        AtomicFileSink.INSTANCE));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Special.isFifo(fifo));
    }

    @Test
    void promotion_leaves_a_catalogue_with_text_after_its_json_untouched() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "published: 2025-11-28\n\nOn Friday, the Kremlin confirmed it had "
                + "received the amended plan.\n");
        Files.writeString(dir.resolve("events.json"), "{\"version\": 1, \"events\": []}\n// my notes on the catalogue\n");
        byte[] before = Files.readAllBytes(dir.resolve("events.json"));
        Corpus c = CorpusLoader.load(dir);
        assertTrue(c.problems().stream().anyMatch(p -> "events.json".equals(p.file()) && p.line() == 2),
                "the load warns at the line: " + c.problems());
        TimelineEvent extracted = c.events().get(0);
        IOException e = assertThrows(IOException.class,
                () -> CatalogWriter.promote(dir, extracted, "Kremlin confirms", extracted.date()));
        assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("events.json")));
    }
}
