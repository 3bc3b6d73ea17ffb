package org.chronoscope.export;

import javafx.application.Platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Starts the JavaFX toolkit for work without a window (the command-line export). Headless, it uses Monocle's
 * headless platform and the software pipeline, which need no X server and draw the same pixels everywhere.
 */
public final class FxRuntime {
    private static volatile boolean started;
    /** Held so that the filter set on it is not lost when the logger is collected. */
    private static final Logger TOOLKIT_LOG = Logger.getLogger("javafx");

    private FxRuntime() {
    }

    /** Starts the toolkit once (headless when {@code headless}); does nothing when it already runs. */
    public static synchronized void ensureStarted(boolean headless) {
        if (started) {
            return;
        }
        if (headless) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("prism.text", "t2k");
            setIfAbsent("java.awt.headless", "true");
        }
        quietClasspathWarning();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            ready.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        started = true;
    }

    /**
     * Drops the toolkit's "Unsupported JavaFX configuration" line, which it logs whenever JavaFX is loaded from the
     * class path as in our single jar and the app image (decision 0013): scripts read stderr for real problems. Other records pass.
     */
    public static void quietClasspathWarning() {
        TOOLKIT_LOG.setFilter(rec -> rec.getMessage() == null
                || !rec.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
