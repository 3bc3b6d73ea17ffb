package org.chronoscope.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronoscope.model.Messages;
import org.junit.jupiter.api.Test;

/** Every key the code asks the one messages bundle for is in it (a missing one would show as the bare key). */
class MessagesTest {
    private static final Pattern ASKED = Pattern.compile("Messages\\.text\\(\"([a-zA-Z0-9.-]+)\"\\s*[,)]");
    private static final Pattern COMMAND = Pattern.compile("\\b(?:cmd|toggle|radio)\\(\"([a-z-]+)\"");

    @Test
    void every_key_the_code_uses_is_in_the_bundle() throws IOException {
        List<String> missing = new ArrayList<>();
        int asked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher m = ASKED.matcher(text);
                while (m.find()) {
                    asked++;
                    check(m.group(1), f, missing);
                }
                Matcher c = COMMAND.matcher(text);
                while (c.find()) {
                    asked++;
                    check("command." + c.group(1) + ".text", f, missing);
                    check("command." + c.group(1) + ".help", f, missing);
                }
            }
        }
        assertTrue(asked > 60, "keys asked for: " + asked);
        assertEquals(List.of(), missing);
    }

    private static void check(String key, Path file, List<String> missing) {
        if (Messages.optional(key) == null) {
            missing.add(file.getFileName() + ": " + key);
        }
    }

    @Test
    void arguments_fill_the_numbered_places_and_apostrophes_stay() {
        assertEquals("Exported 3 events to a.csv", Messages.text("export.done", 3, "a.csv"));
        assertEquals("Russia + those acting for it", Messages.text("filter.actor.withPeople", "Russia"));
        assertEquals("no.such.key", Messages.text("no.such.key"));
    }
}
