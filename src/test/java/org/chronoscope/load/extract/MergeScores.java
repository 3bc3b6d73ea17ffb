package org.chronoscope.load.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronoscope.load.Topics;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.devset.DevSet;
import org.chronoscope.model.Article;

/**
 * For calibrating merging on the dev split: every pair of candidates within a week of each other, its score,
 * and whether the events gold puts their sentences in one event. Not a test.
 */
public final class MergeScores {
    private MergeScores() {
    }

    public static void main(String[] args) {
        Set<String> test = new HashSet<>();
        if (args.length == 0 || !args[0].equals("all")) {
            DevSet.goldArticles("test").forEach(a -> test.add(a.get("file").asText()));
        }
        ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
        ArticleExtractor x = new ArticleExtractor(Topics.bundled());
        List<Article> articles = DevSet.corpus().articles().stream().filter(a -> !test.contains(a.fileName())).toList();
        List<ArticleActors> found = articles.stream().map(recognizer::recognise).toList();
        CorpusActors actors = CorpusActors.of(recognizer.catalogue(), found);
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (Candidate c : x.extract(articles.get(i), found.get(i)).candidates()) {
                all.add(EventExtractor.withCorpusActors(c, actors.article(articles.get(i).fileName())));
            }
        }
        EventMerger m = new EventMerger(actors::actor);
        EventMerger.Features f = new EventMerger.Features(all);
        List<EventMerger.Item> items = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            items.add(new EventMerger.Item(all.get(i), i, f));
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                EventMerger.Item a = items.get(i);
                EventMerger.Item b = items.get(j);
                if (!a.resolved || !b.resolved || Math.abs(a.start - b.start) > EventMerger.DISPUTE_DAYS) {
                    continue;
                }
                boolean gold = sameGold(a.c, b.c);
                double s = m.score(a, b, false);
                double cos = m.cosine(a, b);
                double ov = m.overlap(a, b);
                if (gold || cos > 0.1) {
                    System.out.printf("%s cos %.2f ov %.2f score %.2f %s/%s %s%s%s %s %s | %s%s%s %s %s%n",
                            gold ? "GOLD " : "     ", cos, ov, s, a.c.category().id(), b.c.category().id(),
                            a.c.date().start(), a.c.date().last().equals(a.c.date().start()) ? "" : ".."
                            + a.c.date().last(), a.c.places(), a.c.actors(), a.c.title(), b.c.date().start(),
                            b.c.date().last().equals(b.c.date().start()) ? "" : ".." + b.c.date().last(),
                            b.c.places(), b.c.actors(), b.c.title());
                }
            }
        }
    }

    private static boolean sameGold(Candidate a, Candidate b) {
        for (JsonNode g : DevSet.eventsGold().get("events")) {
            boolean ia = false;
            boolean ib = false;
            for (JsonNode s : g.get("sources")) {
                ia |= overlaps(a, s);
                ib |= overlaps(b, s);
            }
            if (ia && ib) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Candidate c, JsonNode s) {
        return c.article().equals(s.get("article").asText()) && c.passage().start() < s.get("end").asInt()
                && c.passage().end() > s.get("start").asInt();
    }
}
