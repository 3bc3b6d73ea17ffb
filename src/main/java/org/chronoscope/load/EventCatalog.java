package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.Category;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

/**
 * The curated event catalogue of a corpus ({@value #FILE_NAME}). Every quote is verified against its article
 * on every load; every problem names the event, the file and (where it can) the line.
 */
public final class EventCatalog {
    public static final String FILE_NAME = "events.json";

    private final Map<String, Article> articles = new HashMap<>();
    private final Map<String, QuoteLocator> locators = new HashMap<>();
    private final CorpusActors actors;
    private final CatalogDates dates;
    private final List<Problem> problems;
    /** The line of each event and date object, for messages. */
    private JsonFiles.Document document;

    private EventCatalog(List<Article> articles, CorpusActors actors, TemporalTagger tagger,
                         List<Problem> problems) {
        articles.forEach(a -> this.articles.put(a.fileName(), a));
        this.actors = actors;
        this.dates = new CatalogDates(tagger);
        this.problems = problems;
    }

    /** The curated events of the folder, or none when it has no catalogue. */
    static List<TimelineEvent> read(Path folder, List<Article> articles, CorpusActors actors, TemporalTagger tagger,
                                    List<Problem> problems) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        EventCatalog catalog = new EventCatalog(articles, actors, tagger, problems);
        return JsonFiles.readDocument(file, FILE_NAME, problems).map(catalog::parse).orElse(List.of());
    }

    private List<TimelineEvent> parse(JsonFiles.Document document) {
        this.document = document;
        List<TimelineEvent> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode n : document.root().path("events")) {
            String id = n.path("id").asText("");
            if (id.isEmpty()) {
                problem(n, id, "an event has no \"id\"");
                continue;
            }
            if (!ids.add(id)) {
                problem(n, id, "duplicate event id");
                continue;
            }
            try {
                TimelineEvent e = event(id, n);
                if (e != null) {
                    out.add(e);
                }
            } catch (RuntimeException e) {
                problem(n, id, "cannot be used (" + e.getMessage() + "); event left out");
            }
        }
        return out;
    }

    private TimelineEvent event(String id, JsonNode n) {
        boolean ok = true;
        Category category;
        try {
            category = Category.fromId(n.path("category").asText(""));
        } catch (IllegalArgumentException e) {
            problem(n, id, "unknown category '" + n.path("category").asText() + "' (one of " + Category.ids() + ")");
            return null;
        }
        List<String> actors = JsonFiles.strings(n.path("actors"));
        for (String a : actors) {
            if (!this.actors.has(a)) {
                problem(n, id, "unknown actor id '" + a + "' (see assets/actors.json, or --dump-actors)");
                ok = false;
            }
        }
        List<String> places = JsonFiles.strings(n.path("places"));
        for (String p : places) {
            if (!this.actors.catalogue().hasPlace(p)) {
                problem(n, id, "unknown place id '" + p + "' (see assets/actors.json)");
                ok = false;
            }
        }
        Set<Topic> topics = new TreeSet<>();
        for (String t : JsonFiles.strings(n.path("topics"))) {
            if (t.isBlank()) {
                problem(n, id, "an empty topic");
                ok = false;
            } else {
                if (Topics.bundled().byId(t).isEmpty()) {
                    problems.add(new Problem(Severity.WARNING, FILE_NAME, document.line(n), 0, "event '" + id + "': topic '"
                            + t + "' is not in the bundled list (assets/topics.json); kept as it is"));
                }
                topics.add(Topics.bundled().resolve(t));
            }
        }
        List<Passage> sources = sources(id, n.path("sources"));
        if (sources.isEmpty()) {
            problem(n, id, "no quote of this event was found in the articles; event left out");
            return null;
        }
        EventDate date;
        JsonNode spec = n.get("date");
        try {
            date = dates.resolve(spec, sources, this::article);
        } catch (CatalogDates.DateSpecException e) {
            problem(spec instanceof ObjectNode ? spec : n, id, e.getMessage() + "; event left out");
            return null;
        }
        if (!ok) {
            return null;
        }
        return new TimelineEvent(id, n.path("title").asText(id), n.path("summary").asText(""), date, category,
                actors, places, topics, sources, Origin.CURATED, JsonFiles.text(n, "dispute"));
    }

    private List<Passage> sources(String id, JsonNode array) {
        List<Passage> out = new ArrayList<>();
        for (JsonNode s : array) {
            String name = s.path("article").asText("");
            String quote = s.path("quote").asText("");
            Article article = articles.get(name);
            if (article == null) {
                problem(s, id, "source article '" + name + "' is not in the corpus");
                continue;
            }
            QuoteLocator locator = locators.computeIfAbsent(name, k -> new QuoteLocator(article));
            Passage p = locator.locate(quote);
            if (p == null) {
                problem(s, id, "quote not found in " + name + ": \"" + shorten(quote) + "\"; closest text: \""
                        + locator.closestText(quote) + "\"");
            } else if (!article.isQuotable(p.start(), p.end())) {
                problem(s, id, "quote in " + name + " lies in boilerplate, which is never quoted: \""
                        + shorten(quote) + "\"");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private Article article(String name) throws CatalogDates.DateSpecException {
        Article a = articles.get(name);
        if (a == null) {
            throw new CatalogDates.DateSpecException("date article '" + name + "' is not in the corpus");
        }
        return a;
    }

    /** An error at the line of {@code at} (an event, its date or a source) naming the event. */
    private void problem(JsonNode at, String id, String message) {
        problems.add(new Problem(Severity.ERROR, FILE_NAME, document.line(at), 0,
                (id.isEmpty() ? "" : "event '" + id + "': ") + message));
    }

    private static String shorten(String s) {
        return TextCut.shorten(s, 98);
    }
}
