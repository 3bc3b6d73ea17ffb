package org.chronoscope.load.actors;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;

/** A person or organisation found in text, as it is being built: spellings, role and the affiliations stated. */
final class Draft {
    final String id;
    final ActorKind kind;
    final String name;
    String role = "";
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Integer> affiliations = new LinkedHashMap<>();

    Draft(String id, ActorKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        aliases.add(name);
    }

    void vote(String affiliation) {
        if (affiliation != null && !affiliation.equals(id)) {
            affiliations.merge(affiliation, 1, Integer::sum);
        }
    }

    void role(String r) {
        if (role.isEmpty() && r != null) {
            role = r;
        }
    }

    /** The affiliation stated most often (the first stated on a tie), or null. */
    String affiliation() {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : affiliations.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private List<String> words;

    /** Words of the name, for surname matching: "S. Jaishankar" → [s, jaishankar]. */
    List<String> words() {
        if (words == null) {
            words = words(name);
        }
        return words;
    }

    static List<String> words(String name) {
        String folded = ActorIds.fold(name);
        List<String> out = new java.util.ArrayList<>(4);
        int from = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && from < 0) {
                from = i;
            } else if (!word && from >= 0) {
                out.add(folded.substring(from, i));
                from = -1;
            }
        }
        return out;
    }

    Actor toActor() {
        return new Actor(id, name, kind, role, Actor.NO_SIDE, affiliation(), List.copyOf(aliases),
                Sides.NO_SIDE_COLOR, ActorOrigin.DISCOVERED);
    }
}
