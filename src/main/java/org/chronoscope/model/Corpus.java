package org.chronoscope.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from one corpus folder.
 *
 * @param name     display name (the folder's name, or the corpus metadata's title)
 * @param folder   the folder as given, as a string (the model holds no file handles)
 * @param articles the articles, sorted by file name
 * @param events   the events, sorted by start date (unresolved last)
 * @param actors   every known actor
 * @param places   every known place
 * @param mentions every actor and place mention in every article
 * @param problems what went wrong while loading, most serious first
 */
public record Corpus(String name, String folder, List<Article> articles, List<TimelineEvent> events,
                     List<Actor> actors, List<Place> places, List<Mention> mentions, List<Problem> problems) {

    public Corpus {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
    }

    public Optional<Article> article(String fileName) {
        return articles.stream().filter(a -> a.fileName().equals(fileName)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<TimelineEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
