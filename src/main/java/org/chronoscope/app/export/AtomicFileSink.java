package org.chronoscope.app.export;

import org.chronoscope.export.FileSink;
import org.chronoscope.load.AtomicWrite;

/** The exports' files, written like every other file of the app: atomically, regular files only ({@link AtomicWrite}). */
public final class AtomicFileSink {
    public static final FileSink INSTANCE = (file, encoder) -> AtomicWrite.write(file, encoder::writeTo);

    private AtomicFileSink() {
    }
}
