package org.chronoscope.load;

import java.util.List;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;

/**
 * What a load works out from all articles together, after the per-article stage: the events (curated ones with
 * the further sources found for them, and the extracted ones merged across articles, in the corpus's order), the
 * actors with their sides, every mention with the corpus's actor ids, and the problems met doing so, in the order
 * a load reports them. {@link ArticleCache} keeps it for an unchanged set of articles.
 */
record CorpusStage(List<TimelineEvent> events, List<Actor> actors, List<Mention> mentions, List<Problem> problems) {
    CorpusStage {
        events = List.copyOf(events);
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
    }
}
