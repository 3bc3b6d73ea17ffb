package org.chronoscope.model;

import java.util.List;

/**
 * A person, state or organisation.
 *
 * @param id          lowercase id ("zelensky")
 * @param name        display name
 * @param kind        person, state or organisation
 * @param role        one line ("President of Ukraine"), may be empty
 * @param side        the side it belongs to: an actor id of a {@link #isSide() side} ("us", "russia", "ukraine",
 *                    "europe") or "other"
 * @param affiliation the state or organisation a person acts for, or null (Witkoff → "us")
 * @param aliases     spellings found in text, including machine-translated ones
 * @param color       CSS hex colour of the side, "#rrggbb"
 */
public record Actor(String id, String name, ActorKind kind, String role, String side, String affiliation,
                    List<String> aliases, String color) {

    public Actor {
        aliases = List.copyOf(aliases);
    }

    /** True for the actors that name a side (lane) of the conflict. */
    public boolean isSide() {
        return id.equals(side);
    }
}
