package org.chronoscope.app;

/**
 * A window rectangle fitted into a screen's visible area, so a size or position saved on a bigger or another
 * screen never leaves the window clipped or off-screen. Toolkit-free.
 *
 * @param x      left (NaN: not known, centre it)
 * @param y      top (NaN: not known, centre it)
 * @param width  width
 * @param height height
 */
public record WindowBounds(double x, double y, double width, double height) {

    /**
     * This rectangle moved and, if need be, shrunk to lie inside the visible area; never smaller than minWidth ×
     * minHeight unless the area itself is smaller. A position not known is centred.
     */
    public WindowBounds within(WindowBounds visible, double minWidth, double minHeight) {
        double w = fit(width, minWidth, visible.width());
        double h = fit(height, minHeight, visible.height());
        double nx = Double.isNaN(x) ? visible.x() + (visible.width() - w) / 2 : clamp(x, visible.x(),
                visible.x() + visible.width() - w);
        double ny = Double.isNaN(y) ? visible.y() + (visible.height() - h) / 2 : clamp(y, visible.y(),
                visible.y() + visible.height() - h);
        return new WindowBounds(nx, ny, w, h);
    }

    private static double fit(double size, double min, double available) {
        double s = Double.isNaN(size) || size <= 0 ? available : size;
        return Math.min(Math.max(s, Math.min(min, available)), available);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
