package org.chronoscope.load.devset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

/** For looking at merging by eye: each dev-split gold event reported by several system events, with them. */
public final class DevSetSplits {
    private DevSetSplits() {
    }

    public static void main(String[] args) {
        Corpus c = DevSet.corpus();
        Set<String> test = new HashSet<>();
        DevSet.goldArticles("test").forEach(a -> test.add(a.get("file").asText()));
        for (JsonNode g : DevSet.eventsGold().get("events")) {
            Set<TimelineEvent> found = new java.util.LinkedHashSet<>();
            for (JsonNode s : g.get("sources")) {
                String article = s.get("article").asText();
                if (test.contains(article)) {
                    continue;
                }
                for (TimelineEvent e : c.events()) {
                    for (Passage p : e.sources()) {
                        if (p.article().equals(article) && p.start() < s.get("end").asInt() && p.end() > s.get("start").asInt()) {
                            found.add(e);
                        }
                    }
                }
            }
            if (found.size() > 1) {
                System.out.println("== " + g.get("id").asText() + " " + g.get("start").asText());
                for (TimelineEvent e : found) {
                    System.out.println("   " + e.date().start() + ".." + e.date().last() + " " + e.category().id() + " "
                            + e.actors() + " " + e.places() + " '" + e.title() + "' ×" + e.sources().size());
                    e.sources().forEach(p -> System.out.println("        " + p.article() + ": " + p.quote().replace('\n', ' ')));
                }
            }
        }
    }
}
