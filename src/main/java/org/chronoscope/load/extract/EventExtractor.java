package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.model.Actor;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;

/**
 * Finds events in articles no catalogue knows, in two stages. The per-article stage ({@link ArticleExtractor})
 * turns each article into {@link ArticleEvents}: dated sentences that report something, with headlines, dates,
 * actors and terms. The corpus stage ({@link #corpus}) works on all of them together: the candidates get the
 * corpus's actor ids, a candidate the catalogue already quotes is dropped, one that reports a curated event
 * becomes a further source of it, and the rest are grouped into events, one per happening, with a passage from
 * every article that reports it.
 */
public final class EventExtractor {
    private EventExtractor() {
    }

    /** New events, the curated events with the further sources found for them, and what could not be done. */
    public record Result(List<TimelineEvent> extracted, List<TimelineEvent> curated, List<Problem> warnings) {
    }

    /** The corpus stage with the corpus's actors. */
    public static Result corpus(List<ArticleEvents> perArticle, List<TimelineEvent> curated, CorpusActors actors) {
        return corpus(perArticle, curated, actors::article, actors::actor);
    }

    /**
     * The corpus stage. Linear in the candidates apart from sorting them by date.
     *
     * @param perArticle what the per-article stage gave, one per article
     * @param curated    the catalogue's events (possibly none)
     * @param mentions   each article's mentions with the corpus's actor ids, by file name
     * @param actors     the actor of an id (catalogue or discovered), or null
     */
    public static Result corpus(List<ArticleEvents> perArticle, List<TimelineEvent> curated,
                                Function<String, ArticleActors> mentions, Function<String, Actor> actors) {
        List<Candidate> all = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        IntCounts df = new IntCounts();
        for (ArticleEvents a : perArticle) {
            warnings.addAll(a.warnings());
            ArticleActors found = mentions.apply(a.article());
            for (Candidate c : a.candidates()) {
                all.add(withCorpusActors(c, found));
                for (int t : c.terms()) {
                    df.add(t);
                }
            }
        }
        int commonAt = Math.max(4, all.size() / 10);
        CuratedMatcher catalogue = new CuratedMatcher(curated, actors, t -> df.get(t) >= commonAt);
        List<Candidate> free = new ArrayList<>();
        int stamp = 0;
        for (Candidate c : all) {
            if (!catalogue.isCovered(c) && !catalogue.match(c, stamp++)) {
                free.add(c);
            }
        }
        List<TimelineEvent> extracted = new ArrayList<>();
        for (List<Candidate> group : new EventMerger(actors).group(free)) {
            extracted.add(MergedEvent.of(group));
        }
        return new Result(extracted, catalogue.curated(), warnings);
    }

    /**
     * The candidate's actors and places as the corpus names them (one id per person across articles, and the
     * surnames the article alone could not place), the actor a leading pronoun stands for first.
     */
    static Candidate withCorpusActors(Candidate c, ArticleActors found) {
        Set<String> actorIds = new LinkedHashSet<>();
        Set<String> placeIds = new LinkedHashSet<>();
        String resolved = idAt(found, c.resolvedAt());
        if (resolved != null) {
            actorIds.add(resolved);
        }
        for (Mention m : found.in(c.passage().start(), c.passage().end())) {
            (m.kind() == EntityKind.ACTOR ? actorIds : placeIds).add(m.entityId());
        }
        String speaker = c.speakerAt() < 0 ? null : idAt(found, c.speakerAt());
        return c.withActors(List.copyOf(actorIds), List.copyOf(placeIds), speaker);
    }

    private static String idAt(ArticleActors found, int at) {
        if (at < 0) {
            return null;
        }
        for (Mention m : found.in(at, at + 400)) {
            if (m.start() == at && m.kind() == EntityKind.ACTOR) {
                return m.entityId();
            }
        }
        return null;
    }

    /** Curated and extracted events in one list, in the given order. */
    public static List<TimelineEvent> merged(Result r, Comparator<TimelineEvent> order) {
        List<TimelineEvent> all = new ArrayList<>(r.curated());
        all.addAll(r.extracted());
        all.sort(order);
        return all;
    }
}
