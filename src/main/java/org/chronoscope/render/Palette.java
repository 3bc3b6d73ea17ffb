package org.chronoscope.render;

import javafx.scene.paint.Color;

import java.util.HashMap;
import java.util.Map;

/** Parsed CSS colours, cached: parsing on every frame would cost more than drawing. */
final class Palette {
    private static final Color FALLBACK = Color.web("#6b7280");
    private final Map<String, Color> colors = new HashMap<>();

    Color of(String css) {
        if (css == null) {
            return FALLBACK;
        }
        return colors.computeIfAbsent(css, c -> {
            try {
                return Color.web(c);
            } catch (IllegalArgumentException e) {
                return FALLBACK;
            }
        });
    }
}
