package org.chronoscope.load.devset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;

/**
 * The development set (src/test/resources/devset): 30 real news articles of six stories that are not the
 * seeds, with hand-written timex and events gold. Loaded once, as the product loads a corpus folder.
 */
public final class DevSet {
    public static final Path FOLDER = Path.of("src", "test", "resources", "devset");
    private static Corpus corpus;
    private static JsonNode timexGold;
    private static JsonNode eventsGold;
    private static JsonNode actorsGold;

    private DevSet() {
    }

    public static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = CorpusLoader.load(FOLDER);
        }
        return corpus;
    }

    public static Article article(String file) {
        return corpus().articles().stream().filter(a -> a.fileName().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dev-set article " + file));
    }

    /** timex-gold.json: per article its anchor, publishedBasis, split and expressions (text, start, end, value). */
    public static synchronized JsonNode timexGold() {
        if (timexGold == null) {
            timexGold = read("timex-gold.json");
        }
        return timexGold;
    }

    /** events-gold.json: events with id, story, title, start, end, precision and sources (article, quote, start, end). */
    public static synchronized JsonNode eventsGold() {
        if (eventsGold == null) {
            eventsGold = read("events-gold.json");
        }
        return eventsGold;
    }

    /** actors-gold.json: per article the actors a careful reader would list (name, aliases, kind, affiliation). */
    public static synchronized JsonNode actorsGold() {
        if (actorsGold == null) {
            actorsGold = read("actors-gold.json");
        }
        return actorsGold;
    }

    /** The gold articles of one split ("dev" or "test"), or all of them for null. */
    public static List<JsonNode> goldArticles(String split) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : timexGold().get("articles")) {
            if (split == null || split.equals(a.get("split").asText())) {
                out.add(a);
            }
        }
        return out;
    }

    private static JsonNode read(String name) {
        try {
            return new ObjectMapper().readTree(FOLDER.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
