package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;

/**
 * Finds events in articles no catalogue knows, in two stages. The per-article stage ({@link ArticleExtractor})
 * turns each article into {@link ArticleEvents}: dated sentences that report something, with headlines, dates,
 * actors and terms. The corpus stage ({@link #corpus}) works on all of them together: a candidate the catalogue
 * already quotes is dropped, one that reports a curated event becomes a further source of it, and the rest are
 * grouped into events, one per happening, with a passage from every article that reports it.
 */
public final class EventExtractor {
    private EventExtractor() {
    }

    /** New events, the curated events with the further sources found for them, and what could not be done. */
    public record Result(List<TimelineEvent> extracted, List<TimelineEvent> curated, List<Problem> warnings) {
    }

    /**
     * The corpus stage. Linear in the candidates apart from sorting them by date.
     *
     * @param perArticle what the per-article stage gave, one per article
     * @param curated    the catalogue's events (possibly none)
     * @param actors     every actor the mentions may name (catalogue and discovered)
     */
    public static Result corpus(List<ArticleEvents> perArticle, List<TimelineEvent> curated, Collection<Actor> actors) {
        Map<String, Actor> byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Map<Integer, Integer> df = new HashMap<>();
        int all = 0;
        for (ArticleEvents a : perArticle) {
            for (Candidate c : a.candidates()) {
                all++;
                for (int t : c.terms()) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        int commonAt = Math.max(4, all / 10);
        CuratedMatcher catalogue = new CuratedMatcher(curated, byId, t -> df.getOrDefault(t, 0) >= commonAt);
        List<Candidate> free = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        int stamp = 0;
        for (ArticleEvents a : perArticle) {
            warnings.addAll(a.warnings());
            for (Candidate c : a.candidates()) {
                if (!catalogue.isCovered(c) && !catalogue.match(c, stamp++)) {
                    free.add(c);
                }
            }
        }
        List<TimelineEvent> extracted = new ArrayList<>();
        for (List<Candidate> group : new EventMerger(actors).group(free)) {
            extracted.add(MergedEvent.of(group));
        }
        return new Result(extracted, catalogue.curated(), warnings);
    }

    /** Curated and extracted events in one list, in the given order. */
    public static List<TimelineEvent> merged(Result r, Comparator<TimelineEvent> order) {
        List<TimelineEvent> all = new ArrayList<>(r.curated());
        all.addAll(r.extracted());
        all.sort(order);
        return all;
    }
}
