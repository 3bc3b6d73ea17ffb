package org.chronoscope.export;

import org.chronoscope.model.Actor;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which events an export shows: those overlapping [from, to] (either may be open), involving one of the actors
 * (an actor id matches the actor itself, and, for a side or a state, every actor acting for it), and of one of
 * the categories. Empty sets mean no restriction. Undated events are left out of any picture.
 */
public record EventFilter(LocalDate from, LocalDate to, Set<String> actors, Set<Category> categories) {
    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of());

    public EventFilter {
        actors = Set.copyOf(actors);
        categories = Set.copyOf(categories);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
    }

    public List<TimelineEvent> apply(Corpus corpus) {
        Map<String, Actor> byId = corpus.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        return corpus.events().stream().filter(e -> test(e, byId)).toList();
    }

    public boolean test(TimelineEvent e, Map<String, Actor> actorsById) {
        if (!e.date().isResolved()) {
            return false;
        }
        if (from != null && e.date().last().isBefore(from)) {
            return false;
        }
        if (to != null && e.date().start().isAfter(to)) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(e.category())) {
            return false;
        }
        if (actors.isEmpty()) {
            return true;
        }
        for (String id : e.actors()) {
            Actor a = actorsById.get(id);
            if (actors.contains(id) || a != null && (has(a.side()) || has(a.affiliation()))) {
                return true;
            }
        }
        return false;
    }

    private boolean has(String id) {
        return id != null && actors.contains(id);
    }
}
