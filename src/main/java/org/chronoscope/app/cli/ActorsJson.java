package org.chronoscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import org.chronoscope.load.JsonFiles;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;

/** The JSON of {@code --dump-actors}: a stable contract, documented in the README. */
final class ActorsJson {
    private ActorsJson() {
    }

    /** Every actor of the corpus, sides first, with how often the articles name it. */
    static ArrayNode actors(Corpus corpus) {
        Map<String, Integer> mentions = new HashMap<>();
        for (Mention m : corpus.mentions()) {
            if (m.kind() == EntityKind.ACTOR) {
                mentions.merge(m.entityId(), 1, Integer::sum);
            }
        }
        ArrayNode out = JsonFiles.mapper().createArrayNode();
        for (Actor a : corpus.actors()) {
            ObjectNode o = out.addObject();
            o.put("id", a.id());
            o.put("name", a.name());
            o.put("kind", a.kind().id());
            o.put("role", a.role());
            o.put("affiliation", a.affiliation());
            o.put("side", a.side());
            ArrayNode aliases = o.putArray("aliases");
            a.aliases().forEach(aliases::add);
            o.put("mentions", mentions.getOrDefault(a.id(), 0));
            o.put("origin", a.origin().id());
        }
        return out;
    }
}
