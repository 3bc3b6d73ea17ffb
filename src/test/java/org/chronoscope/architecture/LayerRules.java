package org.chronoscope.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layers of Chronoscope and what each may use: {@code model} ← {@code load} ← {@code render} ←
 * {@code view} and {@code export} ← {@code app}; arrows point down only. Checked over the source text, so a fully
 * qualified name in code counts as much as an import.
 */
final class LayerRules {
    /** Per layer, the layers of ours it may use (itself included). {@code app} may use every layer. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of("model"),
            "load", Set.of("model", "load"),
            "render", Set.of("model", "render"),
            "view", Set.of("model", "render", "view"),
            "export", Set.of("model", "render", "export"),
            "app", Set.of("model", "load", "render", "view", "export", "app"));
    /** Layers that must run without a JavaFX toolkit. */
    static final Set<String> NO_JAVAFX = Set.of("model", "load");

    private static final Pattern OURS = Pattern.compile("\\borg\\.chronoscope\\.([a-z]+)\\b");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.[a-z]");

    private LayerRules() {
    }

    /** Every use of a layer that its user may not make, as "file:line: model uses javafx (javafx.scene.Node)". */
    static List<String> violations(Path sourceRoot) {
        Path root = sourceRoot.resolve("org/chronoscope");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String layer = root.relativize(f).getName(0).toString();
                Set<String> allowed = ALLOWED.get(layer);
                if (allowed == null) {
                    found.add(root.relativize(f) + ": in no layer (" + ALLOWED.keySet() + ")");
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = code(lines.get(i));
                    Matcher m = OURS.matcher(line);
                    while (m.find()) {
                        if (!allowed.contains(m.group(1))) {
                            found.add(root.relativize(f) + ":" + (i + 1) + ": " + layer + " uses " + m.group(1)
                                    + " (" + line.strip() + ")");
                        }
                    }
                    if (NO_JAVAFX.contains(layer) && JAVAFX.matcher(line).find()) {
                        found.add(root.relativize(f) + ":" + (i + 1) + ": " + layer + " uses javafx ("
                                + line.strip() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The line without a trailing line comment (a comment may name anything). */
    private static String code(String line) {
        String t = line.strip();
        if (t.startsWith("*") || t.startsWith("/*") || t.startsWith("//")) {
            return "";
        }
        int c = line.indexOf("//");
        return c >= 0 ? line.substring(0, c) : line;
    }
}
