package org.chronoscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The state of a corpus folder's files (those {@link CorpusWatcher#matters} names): each one's size and
 * modification time. Taken just before a load reads the folder, it tells whether a later change the watcher
 * reports is already in that load (same stamp: nothing new to read).
 */
record FolderStamp(Map<String, String> files) {

    /** The stamp of dir now; a folder that cannot be listed gives a stamp equal to no other. */
    static FolderStamp of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(CorpusWatcher::matters).toList()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    files.put(p.getFileName().toString(), a.size() + "@" + a.lastModifiedTime().toInstant());
                } catch (IOException e) {
                    files.put(p.getFileName().toString(), "unreadable " + System.nanoTime());
                }
            }
        } catch (IOException e) {
            files.put("", "unlistable " + System.nanoTime());
        }
        return new FolderStamp(Map.copyOf(files));
    }
}
