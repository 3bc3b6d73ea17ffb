package org.chronoscope.model.layout;

import java.util.Locale;

/** Which events keep their labels in a picture. */
public enum LabelPolicy {
    /** Every label that finds room; where a lane is too crowded, the most corroborated of each stretch. */
    ALL,
    /** Only the most corroborated event of each stretch of the axis, and the starred ones. */
    TOP,
    /** Only the starred events. */
    STARRED;

    /** The word used on the command line: all, top, starred. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
