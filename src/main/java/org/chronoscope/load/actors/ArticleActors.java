package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;

/**
 * The actors and places one article names: every mention in text order (an actor's mention has the actor's id,
 * and its span is the name as written), and the actors they refer to. What {@link ActorRecognizer} gives is a
 * pure function of the article and the bundled tables; {@link CorpusActors} gives the same with corpus-wide ids
 * (one person across articles is one actor).
 *
 * @param article    the article's file name
 * @param mentions   actor and place mentions, sorted by start
 * @param actors     every actor a mention refers to, by id, and the actors they are affiliated to
 * @param unresolved single capitalised words the article does not explain ("Macron's plan"), which the corpus
 *                   may know as a surname
 */
public record ArticleActors(String article, List<Mention> mentions, Map<String, Actor> actors,
                            List<Name> unresolved) {

    /** A word at text[start, end) that may be a surname. */
    public record Name(int start, int end, String text) {
    }

    public ArticleActors {
        mentions = List.copyOf(mentions);
        actors = Map.copyOf(actors);
        unresolved = List.copyOf(unresolved);
    }

    /** The mentions inside text[start, end), in text order. */
    public List<Mention> in(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = firstAtOrAfter(start); i < mentions.size() && mentions.get(i).start() < end; i++) {
            if (mentions.get(i).end() <= end) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    /** The actor mentions inside text[start, end), in text order. */
    public List<Mention> actorsIn(int start, int end) {
        return in(start, end).stream().filter(m -> m.kind() == EntityKind.ACTOR).toList();
    }

    /** The last actor mention of that kind ending at or before offset, or null ("He" → the last person named). */
    public Mention lastBefore(int offset, ActorKind kind) {
        for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.kind() == EntityKind.ACTOR && m.end() <= offset && kindOf(m) == kind) {
                return m;
            }
        }
        return null;
    }

    /** The actor of that id, or null. */
    public Actor actor(String id) {
        return actors.get(id);
    }

    /** Person, state or organisation for an actor mention; null for a place. */
    public ActorKind kindOf(Mention m) {
        Actor a = m.kind() == EntityKind.ACTOR ? actors.get(m.entityId()) : null;
        return a == null ? null : a.kind();
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
