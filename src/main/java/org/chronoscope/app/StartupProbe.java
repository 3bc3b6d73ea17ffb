package org.chronoscope.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import org.chronoscope.view.timeline.TimelineSkin;
import org.chronoscope.view.timeline.TimelineView;

/**
 * For the cold-start measurement only ({@code -Dchronoscope.startupProbe=true}, or {@code
 * CHRONOSCOPE_STARTUP_PROBE=1}): prints
 * {@code first-paint <epoch ms>} once the timeline has drawn the loaded corpus, then quits.
 */
final class StartupProbe {
    static final String PROPERTY = "chronoscope.startupProbe";
    /** The same, for a launcher that takes no JVM options (the app image's): {@code CHRONOSCOPE_STARTUP_PROBE=1}. */
    static final String VARIABLE = "CHRONOSCOPE_STARTUP_PROBE";

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY) || "1".equals(System.getenv(VARIABLE));
    }

    private static int nodes(javafx.scene.Node n) {
        int count = 1;
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                count += nodes(c);
            }
        }
        return count;
    }

    static void install(Scene scene, TimelineView timeline) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (timeline.getSkin() instanceof TimelineSkin skin && skin.frame() != null
                    && !skin.frame().items().isEmpty()) {
                scene.removePostLayoutPulseListener(listener[0]);
                if (StartupTrace.ON) {
                    StartupTrace.mark("first paint, " + nodes(scene.getRoot()) + " nodes");
                }
                System.out.println("first-paint " + System.currentTimeMillis());
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
