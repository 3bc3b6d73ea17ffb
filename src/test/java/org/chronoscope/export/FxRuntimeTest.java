package org.chronoscope.export;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FxRuntimeTest {
    @Test
    void onlyTheClassPathWarningOfTheToolkitIsDropped() {
        FxRuntime.quietClasspathWarning();
        Logger toolkit = Logger.getLogger("javafx");

        assertFalse(toolkit.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'")));
        assertTrue(toolkit.getFilter().isLoggable(new LogRecord(Level.WARNING, "Toolkit not initialized")));
    }
}
