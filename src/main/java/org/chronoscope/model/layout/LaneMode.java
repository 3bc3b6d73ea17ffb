package org.chronoscope.model.layout;

/** How events are split into lanes. */
public enum LaneMode {
    /** One lane per side (US, Russia, Ukraine, Europe, others), from the event's main actor. */
    SIDE,
    /** One lane per {@link org.chronoscope.model.Category}. */
    CATEGORY
}
