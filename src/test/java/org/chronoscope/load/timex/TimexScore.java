package org.chronoscope.load.timex;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chronoscope.model.TemporalExpression;

/**
 * The tagger's output against hand-annotated gold: relaxed extent match (overlap, each side used once), then
 * value accuracy over the matched pairs. Gold is a list of articles, each with "file" and "expressions"
 * (text, start, end, value), as in src/test/resources/timex/gold.json.
 */
public record TimexScore(String name, int gold, int found, int matched, int valueRight, int exact,
                         List<String> errors) {

    public double precision() {
        return found == 0 ? 0 : (double) matched / found;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double valueAccuracy() {
        return matched == 0 ? 0 : (double) valueRight / matched;
    }

    public String summary() {
        return String.format("timex on %s: gold %d, found %d, matched %d; P %.3f R %.3f F1 %.3f; value accuracy "
                + "%.3f (%d/%d); exact extents %d/%d", name, gold, found, matched, precision(), recall(), f1(),
                valueAccuracy(), valueRight, matched, exact, matched);
    }

    public String report() {
        return summary() + "\n  " + String.join("\n  ", errors);
    }

    /** Scores system(article) against each gold article's expressions. */
    public static TimexScore of(String name, Iterable<JsonNode> goldArticles,
                                Function<JsonNode, List<TemporalExpression>> system) {
        int goldCount = 0, systemCount = 0, matched = 0, valueRight = 0, exact = 0;
        List<String> errors = new ArrayList<>();
        for (JsonNode article : goldArticles) {
            String file = article.get("file").asText();
            List<TemporalExpression> found = system.apply(article);
            boolean[] used = new boolean[found.size()];
            systemCount += found.size();
            for (JsonNode g : article.get("expressions")) {
                goldCount++;
                int gs = g.get("start").asInt(), ge = g.get("end").asInt();
                int hit = -1;
                for (int i = 0; i < found.size() && hit < 0; i++) {
                    TemporalExpression e = found.get(i);
                    if (!used[i] && e.start() < ge && e.end() > gs) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    errors.add("MISSED   " + file + " '" + g.get("text").asText() + "' " + g.get("value").asText());
                    continue;
                }
                used[hit] = true;
                matched++;
                TemporalExpression e = found.get(hit);
                if (e.start() == gs && e.end() == ge) {
                    exact++;
                }
                if (e.value().equals(g.get("value").asText())) {
                    valueRight++;
                } else {
                    errors.add("VALUE    " + file + " '" + e.text() + "' " + e.value() + " (gold "
                            + g.get("value").asText() + ", rule " + e.rule() + ")");
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    errors.add("SPURIOUS " + file + " '" + found.get(i).text() + "' " + found.get(i).value());
                }
            }
        }
        return new TimexScore(name, goldCount, systemCount, matched, valueRight, exact, List.copyOf(errors));
    }
}
