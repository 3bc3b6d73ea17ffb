package org.chronoscope.load.devset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.chronoscope.model.Article;
import org.junit.jupiter.api.Test;

/** The dev set's gold files agree with its articles: every offset points at its text, every article is annotated. */
class DevSetGoldTest {

    @Test
    void every_article_loads_and_has_timex_gold() {
        Set<String> loaded = new TreeSet<>();
        DevSet.corpus().articles().forEach(a -> loaded.add(a.fileName()));
        Set<String> annotated = new TreeSet<>();
        DevSet.timexGold().get("articles").forEach(a -> annotated.add(a.get("file").asText()));
        assertEquals(loaded, annotated);
        assertTrue(loaded.size() >= 20, "at least 20 articles");
    }

    @Test
    void timex_gold_offsets_point_at_their_text_after_the_header() {
        for (JsonNode a : DevSet.timexGold().get("articles")) {
            Article article = DevSet.article(a.get("file").asText());
            int bodyStart = DevSetTimex.bodyStart(article);
            for (JsonNode g : a.get("expressions")) {
                int s = g.get("start").asInt();
                int e = g.get("end").asInt();
                assertEquals(g.get("text").asText(), article.slice(s, e), article.fileName());
                assertTrue(s >= bodyStart, article.fileName() + ": '" + g.get("text").asText() + "' in the header");
            }
        }
    }

    @Test
    void about_a_quarter_of_the_articles_are_held_out() {
        int test = DevSet.goldArticles("test").size();
        int all = DevSet.goldArticles(null).size();
        assertTrue(test * 5 >= all && test * 3 <= all, test + " of " + all + " held out");
    }

    @Test
    void events_gold_quotes_are_verbatim_at_their_offsets() {
        Set<String> ids = new HashSet<>();
        for (JsonNode ev : DevSet.eventsGold().get("events")) {
            assertTrue(ids.add(ev.get("id").asText()), "duplicate id " + ev.get("id"));
            assertFalse(ev.get("sources").isEmpty(), ev.get("id").asText());
            for (JsonNode s : ev.get("sources")) {
                Article article = DevSet.article(s.get("article").asText());
                assertEquals(s.get("quote").asText(), article.slice(s.get("start").asInt(), s.get("end").asInt()),
                        ev.get("id").asText());
            }
        }
    }
}
