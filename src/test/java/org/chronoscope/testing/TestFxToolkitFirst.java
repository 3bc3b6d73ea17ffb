package org.chronoscope.testing;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit through TestFX before any test class runs, so that code which starts it itself
 * ({@code FxRuntime} in the export) finds it running. Otherwise the toolkit's first starter decides the headless
 * screen and stage set-up, and the UI tests would depend on the order the classes run in.
 * Registered for every test class by JUnit's extension auto-detection (see junit-platform.properties).
 */
public final class TestFxToolkitFirst implements BeforeAllCallback {
    private static volatile boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws TimeoutException {
        if (!started) {
            synchronized (TestFxToolkitFirst.class) {
                if (!started) {
                    FxToolkit.registerPrimaryStage();
                    started = true;
                }
            }
        }
    }
}
