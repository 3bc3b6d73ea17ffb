package org.chronoscope.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which events to show: the one query behind the window's filters, the export dialog, {@code --export-png} and
 * {@code --dump-events}. Criteria combine (and); within one criterion any value matches (or); an empty criterion
 * does not filter.
 * <p>
 * The actor rule (docs/decisions/0006-a-side-includes-its-people.md): an actor id matches events of that actor
 * and, for a side or a state, events of every actor acting for it (its {@code side} or {@code affiliation}):
 * "Russia" takes in Putin and Lavrov, "Germany" takes in Wadephul, "Europe/EU" takes in Germany and Wadephul.
 *
 * @param from          first day, or null; with a date range, undated events do not match
 * @param to            last day (inclusive), or null
 * @param actors        actor ids
 * @param categories    categories
 * @param articles      article file names (an event matches when any of its passages comes from one)
 * @param text          words searched in titles, summaries and quotes (case-insensitive, all must occur)
 * @param hideExtracted leave out events found by automatic extraction
 */
public record EventQuery(LocalDate from, LocalDate to, Set<String> actors, Set<Category> categories,
                         Set<String> articles, String text, boolean hideExtracted) {

    public static final EventQuery ALL = new EventQuery(null, null, Set.of(), Set.of(), Set.of(), "", false);

    public EventQuery {
        actors = Set.copyOf(actors);
        categories = Set.copyOf(categories);
        articles = Set.copyOf(articles);
        text = text == null ? "" : text.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the end " + to + " is before the start " + from);
        }
    }

    /** Events between two days (either may be null), nothing else restricted. */
    public static EventQuery between(LocalDate from, LocalDate to) {
        return ALL.withDates(from, to);
    }

    /** True when something the user chose restricts the events (hiding extracted events is a view setting). */
    public boolean isActive() {
        return from != null || to != null || !actors.isEmpty() || !categories.isEmpty() || !articles.isEmpty()
                || !text.isEmpty();
    }

    public EventQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new EventQuery(newFrom, newTo, actors, categories, articles, text, hideExtracted);
    }

    public EventQuery withActors(Set<String> newActors) {
        return new EventQuery(from, to, newActors, categories, articles, text, hideExtracted);
    }

    public EventQuery withCategories(Set<Category> newCategories) {
        return new EventQuery(from, to, actors, newCategories, articles, text, hideExtracted);
    }

    public EventQuery withArticles(Set<String> newArticles) {
        return new EventQuery(from, to, actors, categories, newArticles, text, hideExtracted);
    }

    public EventQuery withText(String newText) {
        return new EventQuery(from, to, actors, categories, articles, newText, hideExtracted);
    }

    public EventQuery withHideExtracted(boolean hide) {
        return new EventQuery(from, to, actors, categories, articles, text, hide);
    }

    /** The same query on all actors: what the actor drop-down counts. */
    public EventQuery withoutActors() {
        return withActors(Set.of());
    }

    public EventQuery withoutCategories() {
        return withCategories(Set.of());
    }

    public EventQuery withoutArticles() {
        return withArticles(Set.of());
    }

    /**
     * Builds the lower-cased texts that searching these events reads (any thread), so that the first keystroke
     * in a search field over them costs no more than the next ones. Call it with the list later queries get
     * ({@code corpus.events()}); the texts are kept for the list searched last.
     */
    public static void prepareSearch(List<TimelineEvent> events) {
        if (events instanceof RandomAccess) {
            SearchText.of(events);
        }
    }

    /** The corpus's events that match, in the corpus's order. */
    public List<TimelineEvent> apply(Corpus corpus) {
        return apply(corpus.events(), corpus.actors());
    }

    /** The events that match, in their order, with the actor rule over {@code actorTable}. */
    public List<TimelineEvent> apply(Collection<TimelineEvent> events, Collection<Actor> actorTable) {
        if (!text.isEmpty() && events instanceof List<TimelineEvent> list && list instanceof RandomAccess) {
            // the same corpus searched keystroke after keystroke: its texts are built and lower-cased once
            Set<String> actorIds = actors.isEmpty() ? Set.of() : matchingActors(actors, actorTable);
            String[] words = words();
            String[] texts = SearchText.of(list);
            List<TimelineEvent> out = new ArrayList<>();
            for (int i = 0; i < texts.length; i++) {
                TimelineEvent e = list.get(i);
                if (test(e, actorIds, NO_WORDS) && contains(texts[i], words)) {
                    out.add(e);
                }
            }
            return List.copyOf(out);
        }
        Predicate<TimelineEvent> m = matcher(actorTable);
        return events.stream().filter(m).toList();
    }

    /**
     * As {@link #apply(Corpus)}, given what an earlier query gave: when this one can only leave fewer events (the
     * same other criteria, each earlier word inside one of this query's words, as while typing on in the search
     * field), only the earlier result is searched.
     */
    public List<TimelineEvent> narrow(Corpus corpus, EventQuery before, List<TimelineEvent> earlier) {
        List<TimelineEvent> list = corpus.events();
        if (before == null || earlier == null || !(list instanceof RandomAccess) || !narrows(before)) {
            return apply(corpus);
        }
        String[] words = words();
        String[] texts = SearchText.of(list);
        List<TimelineEvent> out = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < texts.length && j < earlier.size(); i++) {
            if (list.get(i) == earlier.get(j)) { // earlier is in the corpus's order
                j++;
                if (contains(texts[i], words)) {
                    out.add(list.get(i));
                }
            }
        }
        return j == earlier.size() ? List.copyOf(out) : apply(corpus);
    }

    /** True when every event this query leaves, before left too, whatever the corpus. */
    private boolean narrows(EventQuery before) {
        if (!equals(before.withText(text))) {
            return false;
        }
        String[] ours = words();
        for (String w : before.words()) {
            boolean inside = false;
            for (String o : ours) {
                inside |= o.contains(w);
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static final String[] NO_WORDS = new String[0];

    private String[] words() {
        return text.isEmpty() ? NO_WORDS : text.toLowerCase(Locale.ROOT).split("\\s+");
    }

    /** The query as a test of one event; the actor rule is worked out once, over {@code actorTable}. */
    public Predicate<TimelineEvent> matcher(Collection<Actor> actorTable) {
        Set<String> actorIds = actors.isEmpty() ? Set.of() : matchingActors(actors, actorTable);
        String[] words = words();
        return e -> test(e, actorIds, words);
    }

    /**
     * The actor ids whose events the chosen ids take in: each chosen id, and every actor whose side or
     * affiliation is a chosen id.
     */
    public static Set<String> matchingActors(Set<String> chosen, Collection<Actor> actorTable) {
        Set<String> ids = new HashSet<>(chosen);
        for (Actor a : actorTable) {
            if (a.side() != null && chosen.contains(a.side())
                    || a.affiliation() != null && chosen.contains(a.affiliation())) {
                ids.add(a.id());
            }
        }
        return ids;
    }

    /**
     * The actor ids whose choice takes this event in: its own actors, and the sides and states they act for (what
     * the Actors drop-down counts).
     */
    public static Set<String> actorChoices(TimelineEvent e, Map<String, Actor> actorsById) {
        Set<String> ids = new HashSet<>(e.actors());
        for (String id : e.actors()) {
            Actor a = actorsById.get(id);
            if (a != null) {
                if (a.side() != null) {
                    ids.add(a.side());
                }
                if (a.affiliation() != null) {
                    ids.add(a.affiliation());
                }
            }
        }
        return ids;
    }

    /** The actors acting for this one (whose side or affiliation it is), itself excluded: empty for a person. */
    public static List<Actor> actingFor(String id, Collection<Actor> actorTable) {
        return actorTable.stream().filter(a -> !a.id().equals(id)
                && (id.equals(a.side()) || id.equals(a.affiliation()))).toList();
    }

    private boolean test(TimelineEvent e, Set<String> actorIds, String[] words) {
        if (hideExtracted && e.origin() == Origin.EXTRACTED) {
            return false;
        }
        if (from != null || to != null) {
            if (!e.date().isResolved()) {
                return false;
            }
            if (from != null && e.date().last().isBefore(from)) {
                return false;
            }
            if (to != null && e.date().start().isAfter(to)) {
                return false;
            }
        }
        if (!categories.isEmpty() && !categories.contains(e.category())) {
            return false;
        }
        if (!actorIds.isEmpty() && !anyActorIn(e.actors(), actorIds)) {
            return false;
        }
        if (!articles.isEmpty() && !anyArticleIn(e.sources(), articles)) {
            return false;
        }
        return words.length == 0 || matchesText(e, words);
    }

    // loops, not streams: a filter tests every event of the corpus each time an entry is checked
    private static boolean anyActorIn(List<String> actors, Set<String> ids) {
        for (int i = 0; i < actors.size(); i++) {
            if (ids.contains(actors.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyArticleIn(List<Passage> sources, Set<String> articles) {
        for (int i = 0; i < sources.size(); i++) {
            if (articles.contains(sources.get(i).article())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesText(TimelineEvent e, String[] words) {
        return contains(SearchText.of(e), words);
    }

    private static boolean contains(String h, String[] words) {
        for (String word : words) {
            if (!h.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
