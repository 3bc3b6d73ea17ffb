package org.chronoscope.model;

import java.util.List;

/**
 * A person, state or organisation.
 *
 * @param id          lowercase id ("zelensky", "keir-starmer", "india")
 * @param name        display name
 * @param kind        person, state or organisation
 * @param role        one line ("President of Ukraine"), may be empty
 * @param side        the side (lane) it belongs to: the id of a {@link #isSide() side actor} or {@link #NO_SIDE}.
 *                    Sides are worked out per corpus from the states and blocs its events involve.
 * @param affiliation the state or organisation it acts for, or null (Witkoff → "us")
 * @param aliases     spellings found in text, including machine-translated ones
 * @param color       CSS hex colour of its side, "#rrggbb"
 * @param origin      curated in the catalogue, or discovered in the text
 */
public record Actor(String id, String name, ActorKind kind, String role, String side, String affiliation,
                    List<String> aliases, String color, ActorOrigin origin) {
    /** The side of actors outside every side of the corpus; also the id of the "Others" lane. */
    public static final String NO_SIDE = "other";

    public Actor {
        aliases = List.copyOf(aliases);
    }

    /** True for the actors that name a side (lane). */
    public boolean isSide() {
        return id.equals(side);
    }

    public Actor withSide(String newSide, String newColor) {
        return new Actor(id, name, kind, role, newSide, affiliation, aliases, newColor, origin);
    }
}
