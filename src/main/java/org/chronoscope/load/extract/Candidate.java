package org.chronoscope.load.extract;

import java.util.List;
import java.util.Set;
import org.chronoscope.model.Category;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Topic;

/**
 * One dated sentence of one article that may report an event: what the per-article stage finds, before merging.
 *
 * @param passage  the sentence, verbatim, with its offsets
 * @param title    its headline
 * @param date     the date of its finest usable date expression
 * @param category what kind of event it reads as
 * @param actors     actor ids named in it (or resolved from a leading pronoun), in text order: the article's own
 *                   ids from the per-article stage, the corpus's ids after {@link #withActors}
 * @param places     place ids named in it
 * @param topics     the issues it touches
 * @param speaker    the actor it quotes when it is reported speech, or null
 * @param speakerAt  where the mention of that speaker starts in the article, or -1
 * @param resolvedAt where the mention of the actor a leading pronoun stands for starts, or -1
 * @param terms      its content words as sorted distinct hashes ({@link String#hashCode()} of each stem): what
 *                   merging compares
 * @param part       0 for the sentence's main clause, 1 for an event its subordinate clause dates apart ("… since
 *                   Xi and Trump agreed a truce on December 1")
 */
public record Candidate(Passage passage, String title, EventDate date, Category category, List<String> actors,
                        List<String> places, Set<Topic> topics, String speaker, int speakerAt, int resolvedAt,
                        int[] terms, int part) {

    public Candidate {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        topics = Set.copyOf(topics);
        terms = terms.clone();
    }

    /** The same candidate with the corpus's actor and place ids. */
    public Candidate withActors(List<String> actorIds, List<String> placeIds, String speakerId) {
        return new Candidate(passage, title, date, category, actorIds, placeIds, topics, speakerId, speakerAt,
                resolvedAt, terms, part);
    }

    public String article() {
        return passage.article();
    }

    /** The event's id if this candidate gives it: "x-" + the article's name + "-" + the sentence's offset. */
    public String eventId() {
        String name = passage.article().replaceAll("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9]+", "-");
        return "x-" + name.toLowerCase(java.util.Locale.ROOT) + "-" + passage.start() + (part > 0 ? "-" + part : "");
    }
}
