package org.chronoscope.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layering the README promises: model ← load ← render ← view and export ← app, arrows pointing down only. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void every_layer_uses_only_the_layers_below_it() {
        assertEquals(List.of(), LayerRules.violations(MAIN));
    }

    @Test
    void a_planted_wrong_import_is_caught() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("org/chronoscope"));
        plant(root, "model/Bad.java", "package org.chronoscope.model;\nimport javafx.scene.Node;\n");
        plant(root, "load/Bad.java", "package org.chronoscope.load;\nimport org.chronoscope.render.TimelineStyle;\n");
        plant(root, "render/Bad.java", "package org.chronoscope.render;\nimport org.chronoscope.view.timeline.TimelineView;\n");
        plant(root, "view/Bad.java", "package org.chronoscope.view;\nclass Bad {\n  Object o = org.chronoscope.load.CorpusLoader.class;\n}\n");
        plant(root, "export/Bad.java", "package org.chronoscope.export;\nimport org.chronoscope.view.timeline.TimelineView;\n");
        plant(root, "view/Good.java", "package org.chronoscope.view;\nimport org.chronoscope.render.TimelineStyle;\n"
                + "/** Not {@link org.chronoscope.app.MainWindow}: a comment may name anything. */\nclass Good {\n}\n");
        List<String> found = LayerRules.violations(tmp);
        assertEquals(5, found.size(), String.join("\n", found));
        assertTrue(found.get(0).startsWith("export/Bad.java:2: export uses view"), found.get(0));
        assertTrue(found.stream().anyMatch(v -> v.startsWith("model/Bad.java:2: model uses javafx")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("view/Bad.java:3: view uses load")), found.toString());
        assertTrue(found.stream().noneMatch(v -> v.contains("Good")), found.toString());
    }

    @Test
    void threads_are_started_only_by_the_task_runner_and_the_folder_watcher() throws IOException {
        assertEquals(List.of("org/chronoscope/app/CorpusWatcher.java", "org/chronoscope/app/task/TaskRunner.java"),
                filesSaying("new Thread("));
    }

    @Test
    void dates_are_put_in_words_in_one_place() throws IOException {
        assertEquals(List.of("org/chronoscope/model/DateWords.java"), filesSaying("DateTimeFormatter.ofPattern("));
    }

    @Test
    void json_is_written_with_one_configured_mapper() throws IOException {
        assertEquals(List.of("org/chronoscope/load/JsonFiles.java"), filesSaying("new ObjectMapper("));
    }

    private static List<String> filesSaying(String text) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (Files.readString(f).contains(text)) {
                    found.add(MAIN.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }

    @TempDir
    Path tmp;

    private static void plant(Path root, String file, String text) throws IOException {
        Path f = root.resolve(file);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
