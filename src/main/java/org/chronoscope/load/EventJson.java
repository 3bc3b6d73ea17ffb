package org.chronoscope.load;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

/**
 * An event in JSON, in the two shapes the README documents, written in one place so their common fields cannot
 * drift apart: the flat object of {@code --dump-events} (the worked-out date, the origin, passages with their
 * offsets), and the catalogue entry of {@code events.json} (the date as a spec the loader resolves, passages as
 * quotes). Both are stable contracts.
 */
public final class EventJson {
    private EventJson() {
    }

    /** The {@code --dump-events} list. */
    public static ArrayNode dump(List<TimelineEvent> events) {
        ArrayNode out = JsonFiles.mapper().createArrayNode();
        for (TimelineEvent e : events) {
            ObjectNode o = out.addObject();
            head(o, e.id(), e.title(), e);
            o.put("start", e.date().start() == null ? null : e.date().start().toString());
            o.put("end", e.date().end() == null ? null : e.date().end().toString());
            o.put("precision", e.date().precision().id());
            o.put("basis", e.date().basis().kind().id());
            o.put("basisText", e.date().basis().explanation());
            o.put("expression", e.date().basis().expression());
            o.put("deadline", e.isDeadline());
            o.put("origin", e.origin().id());
            names(o, e);
            o.put("dispute", e.dispute());
            ArrayNode sources = o.putArray("sources");
            for (Passage p : e.sources()) {
                sources.addObject().put("article", p.article()).put("quote", p.quote()).put("start", p.start())
                        .put("end", p.end());
            }
        }
        return out;
    }

    /** A catalogue entry (events.json) for an event under a new id and title, dated by {@code dateSpec}. */
    static void catalogue(ObjectNode o, String id, String title, TimelineEvent e, ObjectNode dateSpec) {
        head(o, id, title, e);
        o.set("date", dateSpec);
        names(o, e);
        ArrayNode sources = o.putArray("sources");
        for (Passage p : e.sources()) {
            sources.addObject().put("article", p.article()).put("quote", p.quote());
        }
    }

    private static void head(ObjectNode o, String id, String title, TimelineEvent e) {
        o.put("id", id);
        o.put("title", title);
        o.put("summary", e.summary());
        o.put("category", e.category().id());
    }

    /** Actors (main first), places, and topics (sorted). */
    private static void names(ObjectNode o, TimelineEvent e) {
        ArrayNode actors = o.putArray("actors");
        e.actors().forEach(actors::add);
        ArrayNode places = o.putArray("places");
        e.places().forEach(places::add);
        ArrayNode topics = o.putArray("topics");
        e.topics().stream().map(Topic::id).sorted().forEach(topics::add);
    }
}
