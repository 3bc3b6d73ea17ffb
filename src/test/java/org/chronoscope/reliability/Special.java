package org.chronoscope.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Special files for tests: FIFOs (no devices: a test must never risk a machine's real device nodes). */
final class Special {
    private Special() {
    }

    static void fifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (p.waitFor() != 0 || !isFifo(path)) {
            throw new IOException("test set-up: mkfifo " + path + " failed");
        }
    }

    static boolean isFifo(Path path) throws IOException {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                && Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS).isOther();
    }
}
