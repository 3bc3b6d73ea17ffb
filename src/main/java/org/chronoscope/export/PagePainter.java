package org.chronoscope.export;

import javafx.scene.canvas.GraphicsContext;
import org.chronoscope.model.annotation.Box;

/**
 * Draws a whole page in page coordinates (logical pixels, origin top-left). The renderer may call it several
 * times, once per tile, with the transform already set; {@code visible} is the part of the page the tile shows,
 * so a painter may skip what lies outside it.
 */
@FunctionalInterface
public interface PagePainter {
    void paint(GraphicsContext gc, Box visible);
}
