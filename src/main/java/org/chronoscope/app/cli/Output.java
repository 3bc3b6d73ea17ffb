package org.chronoscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.JsonFiles;

/**
 * Where a command's output goes: {@code -} (or {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1},
 * which name it too) is standard output, anything else a file written atomically.
 */
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
        if (isStandardOutput(target)) {
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
        AtomicWrite.write(AtomicWrite.path(target), content);
    }

    /** True for a name of this process's standard output (a pipe or terminal cannot be replaced by a file). */
    static boolean isStandardOutput(String target) {
        return target.equals("-") || target.equals("/dev/stdout") || target.equals("/dev/fd/1")
                || target.equals("/proc/self/fd/1");
    }
}
