package org.chronoscope.model.layout;

/**
 * One horizontal band of the timeline.
 *
 * @param id    side id or category id
 * @param label display name
 * @param color CSS hex colour ("#rrggbb")
 */
public record Lane(String id, String label, String color) {
}
