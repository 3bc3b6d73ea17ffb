package org.chronoscope.app.cli;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;

/** The filter options (--from, --to, --actor, --category) as the one event query, checked against the corpus. */
final class Filters {
    private Filters() {
    }

    static EventQuery query(Arguments args, Corpus corpus) throws UsageException {
        Set<String> actors = new LinkedHashSet<>(args.values(Options.ACTOR));
        for (String id : actors) {
            if (corpus.actor(id).isEmpty()) {
                throw new UsageException(Options.ACTOR.name() + ": unknown actor id \"" + id + "\"; known ids: "
                        + corpus.actors().stream().map(Actor::id).sorted().collect(Collectors.joining(", ")));
            }
        }
        return EventQuery.ALL.withDates(args.value(Options.FROM), args.value(Options.TO)).withActors(actors)
                .withCategories(new LinkedHashSet<>(args.values(Options.CATEGORY)));
    }

    /** The date range reads forwards: checked before anything is loaded. */
    static void checkRange(Arguments args) throws UsageException {
        if (args.has(Options.FROM) && args.has(Options.TO) && args.value(Options.TO).isBefore(args.value(Options.FROM))) {
            throw new UsageException(Options.TO.name() + " " + args.value(Options.TO) + " is before "
                    + Options.FROM.name() + " " + args.value(Options.FROM));
        }
    }
}
