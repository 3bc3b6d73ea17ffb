package org.chronoscope.load.devset;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;

/**
 * Scores a loaded corpus's actors against the dev set's actors gold (actors-gold.json). Per article, the actors
 * the corpus mentions in it are matched to the gold's by name or alias (case, accents and punctuation aside).
 * Precision and recall are over (article, actor) pairs; kind and affiliation accuracy over the distinct gold
 * actors found, an affiliation being right when it is one the gold gives that actor in any article (both none
 * counts as right). Uses only the corpus's mentions and actors, so it scores any version of the loader.
 */
public final class DevSetActors {
    private final List<String> lines = new ArrayList<>();
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int kindsRight;
    private int affiliationsRight;
    private int actorsMatched;

    private DevSetActors() {
    }

    /** The score over the gold articles of one split ("dev", "test") or all (null). */
    public static DevSetActors score(Corpus corpus, JsonNode gold, String split) {
        DevSetActors s = new DevSetActors();
        Map<String, Actor> actors = new HashMap<>();
        corpus.actors().forEach(a -> actors.putIfAbsent(a.id(), a));
        Map<String, Set<String>> mentioned = new LinkedHashMap<>();
        for (Mention m : corpus.mentions()) {
            if (m.kind() == EntityKind.ACTOR) {
                mentioned.computeIfAbsent(m.article(), k -> new java.util.LinkedHashSet<>()).add(m.entityId());
            }
        }
        Map<String, Set<String>> goldAffiliations = new HashMap<>();
        gold.get("articles").fields().forEachRemaining(e -> e.getValue().forEach(g -> {
            Set<String> set = goldAffiliations.computeIfAbsent(key(g.get("name").asText()), k -> new HashSet<>());
            if (!g.path("affiliation").isNull() && !g.path("affiliation").isMissingNode()) {
                set.add(key(g.get("affiliation").asText()));
            }
        }));
        Set<String> splitArticles = new HashSet<>();
        DevSet.goldArticles(split).forEach(a -> splitArticles.add(a.get("file").asText()));
        Map<String, Actor> matchedActors = new LinkedHashMap<>();
        Map<String, JsonNode> matchedGold = new LinkedHashMap<>();
        gold.get("articles").fields().forEachRemaining(e -> {
            if (!splitArticles.contains(e.getKey())) {
                return;
            }
            List<JsonNode> entries = new ArrayList<>();
            e.getValue().forEach(entries::add);
            Set<JsonNode> found = new HashSet<>();
            for (String id : mentioned.getOrDefault(e.getKey(), Set.of())) {
                Actor a = actors.get(id);
                JsonNode match = a == null ? null : entries.stream().filter(g -> matches(a, g)).findFirst()
                        .orElse(null);
                if (match == null) {
                    s.falsePositives++;
                    s.lines.add(e.getKey() + ": not in gold: " + (a == null ? id : a.name() + " (" + a.kind() + ")"));
                } else if (found.add(match)) {
                    s.truePositives++;
                    matchedActors.putIfAbsent(key(match.get("name").asText()), a);
                    matchedGold.putIfAbsent(key(match.get("name").asText()), match);
                }
            }
            for (JsonNode g : entries) {
                if (!found.contains(g)) {
                    s.falseNegatives++;
                    s.lines.add(e.getKey() + ": missed: " + g.get("name").asText() + " (" + g.get("kind").asText()
                            + ")");
                }
            }
        });
        for (Map.Entry<String, Actor> e : matchedActors.entrySet()) {
            Actor a = e.getValue();
            JsonNode g = matchedGold.get(e.getKey());
            s.actorsMatched++;
            if (a.kind().name().equalsIgnoreCase(g.get("kind").asText())) {
                s.kindsRight++;
            } else {
                s.lines.add("kind: " + a.name() + " is " + a.kind() + ", gold " + g.get("kind").asText());
            }
            Set<String> want = goldAffiliations.getOrDefault(e.getKey(), Set.of());
            Actor aff = a.affiliation() == null ? null : actors.get(a.affiliation());
            boolean right = aff == null ? want.isEmpty() && a.affiliation() == null
                    : keys(aff).stream().anyMatch(want::contains);
            if (right) {
                s.affiliationsRight++;
            } else {
                s.lines.add("affiliation: " + a.name() + " → " + (aff == null ? a.affiliation() : aff.name())
                        + ", gold " + want);
            }
        }
        return s;
    }

    private static boolean matches(Actor a, JsonNode g) {
        Set<String> gk = new HashSet<>();
        gk.add(key(g.get("name").asText()));
        g.path("aliases").forEach(x -> gk.add(key(x.asText())));
        return keys(a).stream().anyMatch(gk::contains);
    }

    private static Set<String> keys(Actor a) {
        Set<String> out = new HashSet<>();
        out.add(key(a.name()));
        a.aliases().forEach(x -> out.add(key(x)));
        return out;
    }

    /** Lower case, no accents, words only, no leading "the". */
    static String key(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String w = d.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return w.startsWith("the ") ? w.substring(4) : w;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
    }

    public double kindAccuracy() {
        return actorsMatched == 0 ? 0 : kindsRight / (double) actorsMatched;
    }

    public double affiliationAccuracy() {
        return actorsMatched == 0 ? 0 : affiliationsRight / (double) actorsMatched;
    }

    public String summary() {
        return String.format(Locale.ROOT, "actors: precision %.3f (%d/%d), recall %.3f (%d/%d), kind %.3f, "
                + "affiliation %.3f (%d/%d distinct actors)", precision(), truePositives,
                truePositives + falsePositives, recall(), truePositives, truePositives + falseNegatives,
                kindAccuracy(), affiliationAccuracy(), affiliationsRight, actorsMatched);
    }

    public String report() {
        return summary() + System.lineSeparator() + String.join(System.lineSeparator(), lines);
    }
}
