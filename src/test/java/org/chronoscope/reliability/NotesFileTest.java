package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user's notes are never lost: a notes file that is not fully understood is kept byte for byte, the user is
 * told, and work continues in a new file; special files are never read or written; a killed save leaves no litter.
 */
class NotesFileTest {
    private static final String GOOD_NOTE = "{\"id\": \"n1\", \"anchor\": {\"date\": \"2025-11-23\"}, \"text\": \"Geneva\","
            + " \"color\": \"#d9480f\", \"created\": \"2025-11-28T10:00:00Z\", \"modified\": \"2025-11-28T10:00:00Z\"}";
    private static final String HEAD = "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 1, ";

    @TempDir
    Path dir;

    private static final AnnotationDocument ONE_NOTE = AnnotationDocument.EMPTY.withNote(Annotation.create(
            AnnotationAnchor.date(LocalDate.of(2025, 11, 28)), "Kremlin confirms receipt", null));

    private static AnnotationDocument oneNote() {
        return ONE_NOTE;
    }

    /** Files the reader would once accept and a save then rewrite without what it did not understand. */
    static Stream<String> not_fully_understood() {
        return Stream.of(
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE + "]}\n\nMy own remarks, typed after the JSON.\n",
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE + "], \"layers\": [\"from a newer version\"]}",
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE.replace("\"text\"", "\"pinned\": true, \"text\"") + "]}",
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE.replace("\"date\": \"2025-11-23\"",
                        "\"date\": \"2025-11-23\", \"time\": \"14:00\"") + "]}",
                HEAD + "\"starred\": \"x\", \"notes\": [" + GOOD_NOTE + "]}",
                "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 1.9, \"starred\": [], \"notes\": []}",
                HEAD + "\"formatVersion\": 1, \"starred\": [], \"notes\": []}",
                HEAD + "\"starred\": [], \"notes\": {\"n1\": " + GOOD_NOTE + "}}",
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE.replace("\"Geneva\"", "42") + "]}",
                HEAD + "\"starred\": [], \"notes\": [" + GOOD_NOTE.replace("2025-11-23", "+999999999-12-31") + "]}");
    }

    @ParameterizedTest
    @MethodSource("not_fully_understood")
    void a_file_not_fully_understood_is_kept_byte_for_byte_and_work_continues_in_a_new_file(String content)
            throws IOException {
        Path file = dir.resolve("annotations.json");
        Files.writeString(file, content);
        byte[] before = Files.readAllBytes(file);
        AnnotationStore.Loaded loaded = AnnotationStore.load(file);
        assertEquals(dir.resolve("annotations-1.json"), loaded.saveTo());
        assertEquals(1, loaded.problems().size());
        assertTrue(loaded.problems().get(0).toString().startsWith(file + ": error: "), loaded.problems().toString());
        AnnotationStore.save(loaded.saveTo(), oneNote());
        assertThrows(IOException.class, () -> AnnotationStore.save(file, oneNote()), "never overwritten");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(oneNote(), AnnotationStore.load(file).document(), "the next start finds the new file");
    }

    @Test
    void a_file_it_wrote_itself_is_understood() throws IOException {
        Path file = dir.resolve("annotations.json");
        Files.writeString(file, HEAD + "\"starred\": [\"geneva-talks\"], \"notes\": [" + GOOD_NOTE + "]}");
        AnnotationStore.Loaded loaded = AnnotationStore.load(file);
        assertEquals(file, loaded.saveTo());
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals("Geneva", loaded.document().notes().get(0).text());
    }

    @Test
    void a_hundred_unreadable_notes_files_leave_nothing_to_save_to_and_nothing_overwritten() throws IOException {
        Files.writeString(dir.resolve("annotations.json"), "not JSON");
        for (int n = 1; n <= 99; n++) {
            Files.writeString(dir.resolve("annotations-" + n + ".json"), "not JSON " + n);
        }
        AnnotationStore.Loaded loaded = AnnotationStore.load(dir.resolve("annotations.json"));
        assertNull(loaded.saveTo());
        assertTrue(loaded.document().isEmpty());
        assertTrue(loaded.problems().get(loaded.problems().size() - 1).message().contains("will not be saved"),
                loaded.problems().toString());
        assertEquals("not JSON 99", Files.readString(dir.resolve("annotations-99.json")));
    }

    @Test
    void a_fifo_named_annotations_json_is_not_read_and_work_continues_in_a_new_file() throws Exception {
        Path fifo = dir.resolve("annotations.json");
        Special.fifo(fifo);
        AnnotationStore.Loaded loaded = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> AnnotationStore.load(fifo));
        assertEquals(dir.resolve("annotations-1.json"), loaded.saveTo());
        assertTrue(loaded.problems().get(0).message().contains("not a regular file"), loaded.problems().toString());
        assertThrows(IOException.class, () -> AnnotationStore.save(fifo, oneNote()));
        assertTrue(Special.isFifo(fifo), "still a FIFO");
    }

    @Test
    void a_symlinked_notes_file_is_saved_through_its_link_keeping_its_permissions() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("shared")).resolve("notes.json");
        AnnotationStore.save(elsewhere, AnnotationDocument.EMPTY);
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-rw----"));
        Path link = Files.createSymbolicLink(dir.resolve("annotations.json"), elsewhere);
        AnnotationStore.save(AnnotationStore.load(link).saveTo(), oneNote());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(oneNote(), AnnotationStore.read(elsewhere));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(elsewhere)));
    }

    @Test
    void temporary_files_left_by_a_killed_save_are_deleted_on_the_next_start_and_nothing_else() throws IOException {
        Path file = dir.resolve("annotations.json");
        AnnotationStore.save(file, oneNote());
        Files.writeString(dir.resolve(".annotations.json.8123412.tmp"), "{\"format\": \"chronos");
        Files.writeString(dir.resolve(".annotations.json4410238872.tmp"), "");
        Files.writeString(dir.resolve(".annotations.json.bak"), "mine");
        Files.writeString(dir.resolve(".events.json.123.tmp"), "not a notes file's");
        AnnotationStore.Loaded loaded = AnnotationStore.load(file);
        assertEquals(oneNote(), loaded.document());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.Set.of("annotations.json", ".annotations.json.bak", ".events.json.123.tmp"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
