package org.chronoscope.app;

import org.chronoscope.app.cli.CommandLine;
import org.chronoscope.app.cli.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusTasksTest {

    @Test
    void an_added_article_lands_whole_in_the_corpus_folder(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path article = Files.writeString(dir.resolve("new.txt"), "Geneva talks last weekend.\n");
        Path target = CorpusTasks.copyInto(corpus, article);
        assertEquals(corpus.resolve("new.txt"), target);
        assertEquals("Geneva talks last weekend.\n", Files.readString(target));
        try (var files = Files.list(corpus)) {
            assertEquals(List.of("new.txt"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void an_article_already_in_the_corpus_is_not_overwritten(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "original");
        Path article = Files.writeString(dir.resolve("a.txt"), "replacement");
        IOException e = assertThrows(IOException.class, () -> CorpusTasks.copyInto(corpus, article));
        assertTrue(e.getMessage().contains("a.txt already exists"), e.getMessage());
        assertEquals("original", Files.readString(corpus.resolve("a.txt")));
    }

    @Test
    void an_added_article_gets_the_permissions_the_umask_gives(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path reference = Files.createFile(dir.resolve("reference"));
        Path article = Files.writeString(dir.resolve("new.txt"), "Geneva talks last weekend.\n");
        Files.setPosixFilePermissions(article, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path target = CorpusTasks.copyInto(corpus, article);
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(target));
    }

    @Test
    void a_folder_is_not_added_as_an_article(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path folder = Files.createDirectory(dir.resolve("x.txt"));
        IOException e = assertThrows(IOException.class, () -> CorpusTasks.copyInto(corpus, folder));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        try (var files = Files.list(corpus)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void the_corpus_folder_comes_from_the_command_line_first() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("chronoscope-args-test-" + System.nanoTime());
        try {
            WindowPrefs prefs = new WindowPrefs(node);
            assertEquals(Path.of("/data/news"), ChronoscopeApp.corpusFolder(CommandLine.parse("--corpus", "/data/news").value(Options.CORPUS), prefs));
            assertEquals(Path.of("/data/x"), ChronoscopeApp.corpusFolder(CommandLine.parse("--corpus=/data/x").value(Options.CORPUS), prefs));
        } finally {
            node.removeNode();
        }
    }
}
