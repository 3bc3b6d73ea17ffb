package org.chronoscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.JsonFiles;

/** Where a command's output goes: {@code -} is standard output, anything else a file written atomically. */
final class Output {
    private Output() {
    }

    /** JSON, indented, ending with a line break. */
    static void json(String target, PrintStream out, JsonNode json) throws IOException {
        write(target, out, o -> {
            JsonFiles.writer().writeValue(o, json);
            o.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        });
    }

    static void write(String target, PrintStream out, AtomicWrite.Content content) throws IOException {
        if (target.equals("-")) {
            content.writeTo(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for what follows
                }
            });
            out.flush();
            return;
        }
        Path file;
        try {
            file = Path.of(target);
        } catch (InvalidPathException e) {
            throw new IOException(target + ": " + e.getReason(), e);
        }
        AtomicWrite.write(file, content);
    }
}
