package org.chronoscope.view.filter;

import org.chronoscope.model.Category;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which events to show. Filters combine (and); within one filter any selected value matches (or); an empty
 * selection does not filter. Plain Java: tested without a toolkit.
 *
 * @param actors         actor ids
 * @param categories     categories
 * @param articles       article file names (an event matches when any of its passages comes from one)
 * @param text           words searched in titles, summaries and quotes (case-insensitive, all must occur)
 * @param hideExtracted  hide events found by automatic extraction
 */
public record EventFilter(Set<String> actors, Set<Category> categories, Set<String> articles, String text,
                          boolean hideExtracted) implements Predicate<TimelineEvent> {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of(), "", false);

    public EventFilter {
        actors = Set.copyOf(actors);
        categories = Set.copyOf(categories);
        articles = Set.copyOf(articles);
        text = text == null ? "" : text.strip();
    }

    /** True when a user-visible filter is set (the extracted toggle is a view setting, not a filter). */
    public boolean isActive() {
        return !actors.isEmpty() || !categories.isEmpty() || !articles.isEmpty() || !text.isEmpty();
    }

    /** The same filter on all actors: what the actor drop-down counts. */
    public EventFilter withoutActors() {
        return new EventFilter(Set.of(), categories, articles, text, hideExtracted);
    }

    public EventFilter withoutCategories() {
        return new EventFilter(actors, Set.of(), articles, text, hideExtracted);
    }

    public EventFilter withoutArticles() {
        return new EventFilter(actors, categories, Set.of(), text, hideExtracted);
    }

    @Override
    public boolean test(TimelineEvent e) {
        if (hideExtracted && e.origin() == Origin.EXTRACTED) {
            return false;
        }
        if (!actors.isEmpty() && e.actors().stream().noneMatch(actors::contains)) {
            return false;
        }
        if (!categories.isEmpty() && !categories.contains(e.category())) {
            return false;
        }
        if (!articles.isEmpty() && e.sources().stream().map(Passage::article).noneMatch(articles::contains)) {
            return false;
        }
        return text.isEmpty() || matchesText(e);
    }

    private boolean matchesText(TimelineEvent e) {
        StringBuilder hay = new StringBuilder(e.title()).append('\n').append(e.summary() == null ? "" : e.summary());
        for (Passage p : e.sources()) {
            hay.append('\n').append(p.quote());
        }
        String h = hay.toString().toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!h.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
