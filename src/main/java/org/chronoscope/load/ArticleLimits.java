package org.chronoscope.load;

import java.util.Locale;

/**
 * How large an article this JVM can read: a sixteenth of its heap (an article's text, paragraphs, sentences and
 * what is found in them take several times its size while it loads). A larger file is refused before it is read,
 * and running out of memory while reading one is caught: either way a warning names the file and the limit, and
 * the rest of the corpus loads.
 */
final class ArticleLimits {
    private static final int HEAP_SHARE = 16;

    private ArticleLimits() {
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory() / HEAP_SHARE;
    }

    /** The warning for a file of {@code size} bytes when it is too large for this memory, else null. */
    static String tooLarge(long size) {
        long max = maxBytes();
        if (size <= max) {
            return null;
        }
        return String.format(Locale.ROOT, "is %s; with %s of memory Chronoscope reads articles up to %s (start Java "
                + "with more, e.g. -Xmx%dg); skipped", megabytes(size), megabytes(Runtime.getRuntime().maxMemory()),
                megabytes(max), Math.max(2, (size * HEAP_SHARE >> 30) + 1));
    }

    /** The warning for a file whose reading ran out of memory. */
    static String outOfMemory() {
        return "ran out of memory while being read (" + megabytes(Runtime.getRuntime().maxMemory())
                + " of memory; start Java with more, e.g. -Xmx4g); skipped";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
