package org.chronoscope.app;

import org.chronoscope.model.Category;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The status-bar summary of what is shown, and the event counts the filter drop-downs show. */
final class FilterSummary {
    private FilterSummary() {
    }

    /** "12 of 43 events · 5 articles · filters: Witkoff, talks/meeting". */
    static String of(EventQuery f, int shown, Corpus corpus, Function<String, String> actorName,
                     Function<String, String> articleName) {
        StringBuilder s = new StringBuilder();
        s.append(shown).append(f.isActive() || f.hideExtracted() ? " of " + corpus.events().size() : "")
                .append(" events · ").append(corpus.articles().size()).append(" articles");
        if (f.isActive()) {
            List<String> names = new ArrayList<>();
            f.actors().stream().sorted().map(actorName).forEach(names::add);
            f.categories().stream().sorted().map(Category::label).forEach(names::add);
            f.articles().stream().sorted().map(articleName).forEach(names::add);
            if (!f.text().isEmpty()) {
                names.add("“" + f.text() + "”");
            }
            s.append(" · filters: ").append(names.size() <= 3 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 3)) + " +" + (names.size() - 3));
        }
        if (f.hideExtracted()) {
            s.append(" · extracted events hidden");
        }
        return s.toString();
    }


    /** Per actor id, the events choosing it would show (a side counts the events of the people acting for it). */
    static Map<String, Integer> actorCounts(Collection<TimelineEvent> events, Collection<Actor> actors) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, Integer> m = new HashMap<>();
        for (TimelineEvent e : events) {
            for (String id : EventQuery.actorChoices(e, byId)) {
                m.merge(id, 1, Integer::sum);
            }
        }
        return m;
    }

    /** How many events each article reports (an event counts once per article, however many of its passages). */
    static Map<String, Integer> articleCounts(Collection<TimelineEvent> events) {
        Map<String, Integer> m = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (TimelineEvent e : events) {
            seen.clear();
            for (Passage p : e.sources()) {
                if (seen.add(p.article())) {
                    m.merge(p.article(), 1, Integer::sum);
                }
            }
        }
        return m;
    }

    static Map<Category, Integer> categoryCounts(Collection<TimelineEvent> events) {
        Map<Category, Integer> m = new HashMap<>();
        events.forEach(e -> m.merge(e.category(), 1, Integer::sum));
        return m;
    }

}
