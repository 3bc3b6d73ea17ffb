package org.chronoscope.render;

import javafx.scene.canvas.GraphicsContext;

/**
 * One-pixel lines along the pixel grid, drawn as rectangles in the current fill: the same pixels as
 * {@code strokeLine} through a pixel's centre with width 1 and square caps, but without the path rasteriser, which
 * on the software pipeline costs far more for a line across the canvas than filling a rectangle does.
 */
final class HairLines {
    private HairLines() {
    }

    /** As {@code strokeLine(x, y0, x, y1)} with y0 ≤ y1 and x at a pixel's centre. */
    static void vertical(GraphicsContext gc, double x, double y0, double y1) {
        gc.fillRect(x - 0.5, y0 - 0.5, 1, y1 - y0 + 1);
    }

    /** As {@code strokeLine(x0, y, x1, y)} with x0 ≤ x1 and y at a pixel's centre. */
    static void horizontal(GraphicsContext gc, double x0, double x1, double y) {
        gc.fillRect(x0 - 0.5, y - 0.5, x1 - x0 + 1, 1);
    }
}
