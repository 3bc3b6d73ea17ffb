package org.chronoscope.view;

import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Build step (run by Maven before the jar is made): writes the binary form ({@code .bss}) of the text stylesheets
 * the window loads at start-up. JavaFX loads {@code name.bss} in place of {@code name.css} when it sits beside it,
 * so the packaged application never starts the CSS text parser. Only the jar gets them: a development run reads
 * the {@code .css} it is being edited in.
 *
 * <p>Arguments: the output folder, then classpath resources ({@code org/chronoscope/view/chronoscope.css}).</p>
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BinaryStylesheets OUTPUT_DIR RESOURCE.css...");
        }
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String css = args[i];
            URL url = BinaryStylesheets.class.getClassLoader().getResource(css);
            if (url == null || !css.endsWith(".css")) {
                throw new IOException("no stylesheet " + css + " on the class path");
            }
            Path target = out.resolve(css.substring(0, css.length() - ".css".length()) + ".bss");
            Files.createDirectories(target.getParent());
            Path text = Files.createTempFile("stylesheet", ".css");
            try (InputStream in = url.openStream()) {
                Files.copy(in, text, StandardCopyOption.REPLACE_EXISTING);
                Stylesheet.convertToBinary(text.toFile(), target.toFile());
            } finally {
                Files.deleteIfExists(text);
            }
        }
    }
}
