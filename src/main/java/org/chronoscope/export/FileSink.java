package org.chronoscope.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * How an export's file is written: the app passes its one atomic writer (temporary file, then a move; only a regular
 * file replaced), so the export only encodes. A failure's message names the file.
 */
@FunctionalInterface
public interface FileSink {
    void write(Path file, Encoder encoder) throws IOException;

    /** What writes the bytes. */
    @FunctionalInterface
    interface Encoder {
        void writeTo(OutputStream out) throws IOException;
    }
}
