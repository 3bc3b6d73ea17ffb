package org.chronoscope.model;

import java.util.List;

/** A place with its variant spellings ("Zaporizhzhia", "Zaporožská", …). */
public record Place(String id, String name, List<String> aliases) {
    public Place {
        aliases = List.copyOf(aliases);
    }
}
