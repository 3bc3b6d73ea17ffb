package org.chronoscope.model.annotation;

/**
 * Where the user dragged a callout: the offset of the callout's top-left corner from its anchor point, in
 * pixels at 1× scale (an export at 2× doubles it). Zooming keeps the callout at the same distance from its anchor.
 */
public record CalloutOffset(double dx, double dy) {
    public CalloutOffset scaled(double factor) {
        return new CalloutOffset(dx * factor, dy * factor);
    }
}
