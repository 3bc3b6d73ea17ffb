package org.chronoscope.model;

import java.util.List;
import java.util.Set;

/**
 * One dated event reported by one or more articles.
 *
 * @param id       stable, lowercase, hyphenated
 * @param title    short headline
 * @param summary  one or two sentences
 * @param date     when it happened and how that was worked out
 * @param category what kind of event
 * @param actors   actor ids, main actor first
 * @param places   place ids
 * @param topics   issues of the negotiation it touches
 * @param sources  the passages that report it, at least one
 * @param origin   curated or extracted
 * @param dispute  where the sources disagree (a claim and its denial, different dates): what they say; else null
 */
public record TimelineEvent(String id, String title, String summary, EventDate date, Category category,
                            List<String> actors, List<String> places, Set<Topic> topics,
                            List<Passage> sources, Origin origin, String dispute) {

    public TimelineEvent {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        topics = Set.copyOf(topics);
        sources = List.copyOf(sources);
    }

    public boolean isDeadline() {
        return category == Category.DEADLINE;
    }

    /** How many articles report it: the corroboration the timeline shows ("×3"). */
    public int articleCount() {
        if (sources.size() <= 1) {
            return sources.size();
        }
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (Passage p : sources) {
            articles.add(p.article());
        }
        return articles.size();
    }

    public TimelineEvent withSources(List<Passage> newSources) {
        return new TimelineEvent(id, title, summary, date, category, actors, places, topics, newSources, origin,
                dispute);
    }
}
