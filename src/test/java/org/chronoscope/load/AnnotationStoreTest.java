package org.chronoscope.load;

import org.chronoscope.model.Severity;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.CalloutOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class AnnotationStoreTest {
    @TempDir
    Path dir;

    private AnnotationDocument sample() {
        Annotation onEvent = Annotation.create(AnnotationAnchor.event("geneva-talks"),
                "Geneva: the plan is cut\nfrom 28 to 19 points", "#1c7ed6").withOffset(new CalloutOffset(-40.5, -80));
        Annotation onDate = Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 11, 27)), "Thanksgiving deadline", null);
        Annotation onRange = Annotation.create(AnnotationAnchor.range(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 30)),
                "Week of shuttle diplomacy « ✓ »", "#2b8a3e");
        return AnnotationDocument.EMPTY.withNote(onEvent).withNote(onDate).withNote(onRange)
                .withStar("geneva-talks", true).withStar("berlin-talks", true);
    }

    @Test
    void annotations_round_trip_through_save_and_load() throws IOException {
        Path file = dir.resolve("annotations.json");
        AnnotationDocument doc = sample();
        AnnotationStore.save(file, doc);
        AnnotationStore.Loaded loaded = AnnotationStore.load(file);
        assertEquals(doc, loaded.document());
        assertEquals(file, loaded.saveTo());
        assertTrue(loaded.problems().isEmpty());
        assertTrue(Files.readString(file).contains("\"formatVersion\" : 1"));
    }

    @Test
    void a_missing_file_is_an_empty_document_without_problems() {
        AnnotationStore.Loaded loaded = AnnotationStore.load(dir.resolve("annotations.json"));
        assertTrue(loaded.document().isEmpty());
        assertTrue(loaded.problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 1, \"notes\": [",
            "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 7, \"notes\": []}",
            "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 1, \"notes\": [{\"id\": \"a\", \"anchor\": {}}]}",
            "[1, 2, 3]"})
    void an_unreadable_file_is_kept_untouched_and_work_continues_in_a_new_file(String content) throws IOException {
        Path file = dir.resolve("annotations.json");
        Files.writeString(file, content);
        AnnotationStore.Loaded loaded = AnnotationStore.load(file);

        assertEquals(1, loaded.problems().size());
        assertEquals(Severity.ERROR, loaded.problems().get(0).severity());
        assertTrue(loaded.problems().get(0).toString().contains("annotations.json"));
        assertEquals(dir.resolve("annotations-1.json"), loaded.saveTo());

        AnnotationStore.save(loaded.saveTo(), sample());
        assertEquals(content, Files.readString(file, StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AnnotationStore.save(file, sample()));
        assertEquals(content, Files.readString(file, StandardCharsets.UTF_8));

        AnnotationStore.Loaded again = AnnotationStore.load(file);
        assertEquals(sample().notes().size(), again.document().notes().size());
        assertEquals(dir.resolve("annotations-1.json"), again.saveTo());
    }

    @Test
    void a_newer_format_version_is_named_in_the_problem() throws IOException {
        Path file = dir.resolve("annotations.json");
        Files.writeString(file, "{\"format\": \"chronoscope-annotations\", \"formatVersion\": 3}");
        String message = AnnotationStore.load(file).problems().get(0).message();
        assertTrue(message.contains("newer"), message);
        assertTrue(message.contains("3"), message);
    }

    @Test
    void detached_notes_survive_a_save_and_load() throws IOException {
        Path file = dir.resolve("annotations.json");
        AnnotationStore.save(file, sample());
        AnnotationDocument loaded = AnnotationStore.load(file).document();
        var detached = loaded.detached(Set.of("berlin-talks"));
        assertEquals(1, detached.size());
        assertEquals("geneva-talks", detached.get(0).eventId());
        AnnotationStore.save(file, loaded);
        assertEquals(3, AnnotationStore.load(file).document().notes().size());
    }

    @Test
    void saving_leaves_no_temporary_files_behind() throws IOException {
        Path file = dir.resolve("annotations.json");
        AnnotationStore.save(file, sample());
        AnnotationStore.save(file, sample().withStar("x", true));
        try (var files = Files.list(dir)) {
            assertEquals(Set.of(file), Set.copyOf(files.toList()));
        }
    }
}
