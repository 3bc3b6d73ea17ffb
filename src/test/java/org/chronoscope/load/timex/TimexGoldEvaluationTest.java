package org.chronoscope.load.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tagger against the hand annotation of the five seeds (src/test/resources/timex/gold.json):
 * relaxed extent match (overlap), then value accuracy over the matched pairs.
 */
class TimexGoldEvaluationTest {
    private static final Pattern STAMP = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s*");
    private static JsonNode gold;

    @BeforeAll
    static void readGold() throws IOException {
        try (InputStream in = TimexGoldEvaluationTest.class.getResourceAsStream("/timex/gold.json")) {
            gold = new ObjectMapper().readTree(in);
        }
    }

    static String seedText(String file) throws IOException {
        return new String(Files.readAllBytes(Path.of("seeds", file)), StandardCharsets.UTF_8);
    }

    /** Body start: after the seeds' first-line stamp (" date 2025-12-16 …"), which is metadata. */
    static int bodyStart(String text) {
        Matcher m = STAMP.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    @Test
    void gold_offsets_point_at_their_text() throws IOException {
        for (JsonNode article : gold.get("articles")) {
            String text = seedText(article.get("file").asText());
            for (JsonNode g : article.get("expressions")) {
                assertEquals(g.get("text").asText(), text.substring(g.get("start").asInt(), g.get("end").asInt()),
                        article.get("file").asText());
            }
        }
    }

    @Test
    void tagger_meets_the_floors_on_the_seeds() throws IOException {
        TimexScore score = evaluate(gold, "seeds");
        assertTrue(score.f1() >= 0.92, score.report());
        assertTrue(score.valueAccuracy() >= 0.92, score.report());
    }

    /**
     * Sentences of our own, written and annotated before the tagger saw them; a guard against rules that only
     * fit the seeds. Its floors are lower: it keeps the errors we know of (anaphora such as "in July of that
     * year", "next Thursday" meant as the week after).
     */
    @Test
    void tagger_generalises_to_held_out_news_sentences() throws IOException {
        JsonNode own;
        try (InputStream in = TimexGoldEvaluationTest.class.getResourceAsStream("/timex/own-news.json")) {
            own = new ObjectMapper().readTree(in);
        }
        TimexScore score = evaluate(own, "own sentences");
        assertTrue(score.f1() >= 0.85, score.report());
        assertTrue(score.valueAccuracy() >= 0.80, score.report());
    }

    private static TimexScore evaluate(JsonNode goldFile, String name) {
        TemporalTagger tagger = new TemporalTagger();
        TimexScore score = TimexScore.of(name, goldFile.get("articles"), article -> {
            String file = article.get("file").asText();
            String text = article.has("text") ? article.get("text").asText() : seedTextUnchecked(file);
            LocalDate anchor = LocalDate.parse(article.get("anchor").asText());
            return tagger.tag(file, text, bodyStart(text), text.length(), anchor);
        });
        System.out.println(score.report());
        return score;
    }

    private static String seedTextUnchecked(String file) {
        try {
            return seedText(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
