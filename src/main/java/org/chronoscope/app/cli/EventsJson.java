package org.chronoscope.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

/** The JSON of {@code --dump-events}: a stable contract, documented in the README. */
final class EventsJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private EventsJson() {
    }

    static ArrayNode events(List<TimelineEvent> events) {
        ArrayNode out = MAPPER.createArrayNode();
        for (TimelineEvent e : events) {
            ObjectNode o = out.addObject();
            o.put("id", e.id());
            o.put("title", e.title());
            o.put("summary", e.summary());
            o.put("category", e.category().id());
            o.put("start", e.date().start() == null ? null : e.date().start().toString());
            o.put("end", e.date().end() == null ? null : e.date().end().toString());
            o.put("precision", e.date().precision().id());
            o.put("basis", e.date().basis().kind().id());
            o.put("basisText", e.date().basis().explanation());
            o.put("expression", e.date().basis().expression());
            o.put("deadline", e.isDeadline());
            o.put("origin", e.origin().id());
            ArrayNode actors = o.putArray("actors");
            e.actors().forEach(actors::add);
            ArrayNode places = o.putArray("places");
            e.places().forEach(places::add);
            ArrayNode topics = o.putArray("topics");
            e.topics().stream().map(Topic::id).sorted().forEach(topics::add);
            o.put("dispute", e.dispute());
            ArrayNode sources = o.putArray("sources");
            for (Passage p : e.sources()) {
                ObjectNode s = sources.addObject();
                s.put("article", p.article());
                s.put("quote", p.quote());
                s.put("start", p.start());
                s.put("end", p.end());
            }
        }
        return out;
    }
}
