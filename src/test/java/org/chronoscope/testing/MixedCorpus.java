package org.chronoscope.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A corpus folder of one story in three kinds of file: a saved web page, a PDF report and a text article. */
public final class MixedCorpus {
    public static final String PAGE = "harbour-strike.html";
    public static final String PDF = "commission-report.pdf";
    public static final String TEXT = "union-statement.txt";

    private MixedCorpus() {
    }

    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        copy("/pages/" + PAGE, folder.resolve(PAGE));
        copy("/mixed/" + TEXT, folder.resolve(TEXT));
        Files.write(folder.resolve(PDF), PdfFixture.harbourReport());
        return folder;
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = MixedCorpus.class.getResourceAsStream(resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
