package org.chronoscope.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chronoscope.model.Corpus;

/** The bundled seed corpus, loaded once for the tests that only read it. */
public final class Seeds {
    public static final Path FOLDER = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    private static Corpus corpus;

    private Seeds() {
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = CorpusLoader.load(FOLDER);
        }
        return corpus;
    }

    /** Copies the seed folder to target, so that a test can change the copy. */
    public static void copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
