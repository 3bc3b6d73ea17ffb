package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.AnnotationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of saving notes leaves a whole notes file, and its litter goes. */
class KilledSaveTest {
    @TempDir
    Path dir;

    @Test
    void a_save_killed_at_any_moment_leaves_the_last_whole_file_and_the_next_start_tidies_up() throws Exception {
        Path file = dir.resolve("annotations.json");
        Random random = new Random(9);
        int notes = 0;
        for (int round = 0; round < 3; round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), NotesSaver.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("saving", r.readLine(), "the saver started");
                Thread.sleep(50 + random.nextInt(250));
                p.destroyForcibly().waitFor(); // SIGKILL on Linux
            }
            AnnotationStore.Loaded loaded = AnnotationStore.load(file);
            assertTrue(loaded.problems().isEmpty(), "round " + round + ": " + loaded.problems());
            assertEquals(file, loaded.saveTo());
            assertTrue(loaded.document().notes().size() > notes, "round " + round + ": the saves kept coming");
            notes = loaded.document().notes().size();
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(1, files.count(), "only annotations.json is left after the next start");
            }
        }
    }
}
