package org.chronoscope.model;

import java.util.Locale;

/**
 * An issue an event touches ("territory", "ceasefire", "tariffs"). Open-ended: the bundled topic list
 * ({@code assets/topics.json}) names the common ones, a catalogue may use others.
 *
 * @param id    lowercase, hyphenated ("security-guarantees")
 * @param label how people write it ("security guarantees")
 */
public record Topic(String id, String label) implements Comparable<Topic> {

    public Topic {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a topic needs an id");
        }
        if (label == null || label.isBlank()) {
            label = labelOf(id);
        }
    }

    /** A topic known only by its id: its label is the id in words ("frozen-assets" → "frozen assets"). */
    public static Topic of(String id) {
        String clean = normalise(id);
        return new Topic(clean, labelOf(clean));
    }

    /** An id as the catalogue and the dumps write it: lowercase, words joined by hyphens. */
    public static String normalise(String id) {
        return id.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    private static String labelOf(String id) {
        return id.replace('-', ' ');
    }

    @Override
    public int compareTo(Topic o) {
        return id.compareTo(o.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topic t && t.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
