package org.chronoscope.model.annotation;

/** An axis-aligned rectangle in pixels: x, y of the top-left corner, width, height. */
public record Box(double x, double y, double w, double h) {
    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public boolean intersects(Box o) {
        return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
    }

    /** Area shared with o, 0 when apart. */
    public double overlap(Box o) {
        double ow = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
        double oh = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
        return ow > 0 && oh > 0 ? ow * oh : 0;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** True when o lies wholly inside this box. */
    public boolean encloses(Box o) {
        return o.x >= x && o.y >= y && o.maxX() <= maxX() && o.maxY() <= maxY();
    }

    public Box moved(double dx, double dy) {
        return new Box(x + dx, y + dy, w, h);
    }

    public Box inflated(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** The point of this box's border nearest to (px, py), or the point itself when inside. */
    public double[] nearestPoint(double px, double py) {
        return new double[]{Math.max(x, Math.min(px, maxX())), Math.max(y, Math.min(py, maxY()))};
    }
}
