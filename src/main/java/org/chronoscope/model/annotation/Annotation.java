package org.chronoscope.model.annotation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A user's note on the timeline.
 *
 * @param id       stable id, unique within a document
 * @param anchor   the event, day or range it is attached to
 * @param text     the note, may span several lines
 * @param color    CSS hex colour "#rrggbb" of the callout
 * @param offset   where the user dragged the callout, or null to let the layout place it
 * @param created  when it was written
 * @param modified when it was last changed
 */
public record Annotation(String id, AnnotationAnchor anchor, String text, String color, CalloutOffset offset,
                         Instant created, Instant modified) {
    public static final String DEFAULT_COLOR = "#d9480f";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(anchor, "anchor");
        text = text == null ? "" : text;
        if (color == null || !HEX.matcher(color).matches()) {
            throw new IllegalArgumentException("colour must be #rrggbb, not " + color);
        }
        color = color.toLowerCase(java.util.Locale.ROOT);
        Objects.requireNonNull(created, "created");
        modified = modified == null ? created : modified;
    }

    /** A new note with a fresh id, created now. */
    public static Annotation create(AnnotationAnchor anchor, String text, String color) {
        Instant now = Instant.now();
        return new Annotation(UUID.randomUUID().toString(), anchor, text, color == null ? DEFAULT_COLOR : color,
                null, now, now);
    }

    public Annotation withText(String newText) {
        return new Annotation(id, anchor, newText, color, offset, created, Instant.now());
    }

    public Annotation withColor(String newColor) {
        return new Annotation(id, anchor, text, newColor, offset, created, Instant.now());
    }

    public Annotation withAnchor(AnnotationAnchor newAnchor) {
        return new Annotation(id, newAnchor, text, color, offset, created, Instant.now());
    }

    /** Moved by hand; null puts it back under automatic placement. */
    public Annotation withOffset(CalloutOffset newOffset) {
        return new Annotation(id, anchor, text, color, newOffset, created, Instant.now());
    }

    /** The event id it is attached to, or null for a date or range note. */
    public String eventId() {
        return anchor instanceof AnnotationAnchor.OnEvent e ? e.eventId() : null;
    }

    /** The first line of the text, for lists. */
    public String headline() {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
