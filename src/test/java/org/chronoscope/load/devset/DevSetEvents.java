package org.chronoscope.load.devset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

/**
 * The events of a loaded corpus against the dev set's events gold (events-gold.json).
 *
 * <p>A system event <em>reports</em> a gold event when one of its passages overlaps one of the gold event's
 * passages (same article). For each gold event the best match is the system event sharing most of its
 * passages. Measures: how many gold events are found; their date accuracy (the best match's window of days
 * equals the gold window: a day, a range, a whole month for month precision); how fragmented they are (system
 * events per found gold event, 1.0 = merged); how much corroboration is kept (gold passages inside the best
 * match); and the system events that report no gold event (datelines, captions, minor sentences).
 * Extend it here (titles, categories, actors) rather than writing a second evaluator.
 */
public record DevSetEvents(int gold, int found, int dateRight, int systemEvents, int spurious,
                           double fragmentation, double corroboration, Pairs pairs, int titleBreaks,
                           List<String> errors) {

    /**
     * Merging as pairs of gold passages that the system found: a pair is together in the gold when one gold
     * event lists both, and together in the system when one system event holds both. Precision: of the pairs the
     * system put together, how many the gold puts together; recall: of the gold's pairs, how many the system
     * put together.
     */
    public record Pairs(int systemTogether, int bothTogether, int goldTogether) {
        public double precision() {
            return systemTogether == 0 ? 1 : (double) bothTogether / systemTogether;
        }

        public double recall() {
            return goldTogether == 0 ? 1 : (double) bothTogether / goldTogether;
        }
    }

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double dateAccuracy() {
        return found == 0 ? 0 : (double) dateRight / found;
    }

    public String summary() {
        return String.format("events on the dev set: gold %d, found %d (%.3f); date accuracy %.3f (%d/%d); "
                + "system events per gold event %.2f; gold passages kept together %.3f; merge pairs precision "
                + "%.3f (%d/%d) recall %.3f (%d/%d); system events %d, of which %d report no gold event; titles "
                + "breaking a headline rule %d", gold, found, recall(), dateAccuracy(), dateRight, found,
                fragmentation, corroboration, pairs.precision(), pairs.bothTogether(), pairs.systemTogether(),
                pairs.recall(), pairs.bothTogether(), pairs.goldTogether(), systemEvents, spurious, titleBreaks);
    }

    public String report() {
        return summary() + "\n  " + String.join("\n  ", errors);
    }

    public static DevSetEvents score(List<TimelineEvent> system) {
        return score(system, a -> true);
    }

    /** The score on the articles the filter keeps (a split): gold events and system events of those articles. */
    public static DevSetEvents score(List<TimelineEvent> all, java.util.function.Predicate<String> articles) {
        List<TimelineEvent> system = new ArrayList<>();
        for (TimelineEvent e : all) {
            List<Passage> kept = e.sources().stream().filter(p -> articles.test(p.article())).toList();
            if (!kept.isEmpty()) {
                system.add(kept.size() == e.sources().size() ? e : e.withSources(kept));
            }
        }
        Map<String, List<TimelineEvent>> byArticle = new HashMap<>();
        for (TimelineEvent e : system) {
            for (Passage p : e.sources()) {
                byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(e);
            }
        }
        int gold = 0, found = 0, dateRight = 0, fragments = 0, goldPassages = 0, kept = 0;
        Set<TimelineEvent> reporting = new HashSet<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode g : DevSet.eventsGold().get("events")) {
            List<JsonNode> sources = new ArrayList<>();
            g.get("sources").forEach(sources::add);
            if (sources.stream().noneMatch(src -> articles.test(src.get("article").asText()))) {
                continue;
            }
            gold++;
            Map<TimelineEvent, Integer> shared = new LinkedHashMap<>(); // ties go to the first, in text order
            for (JsonNode s : sources) {
                if (!articles.test(s.get("article").asText())) {
                    continue;
                }
                goldPassages++;
                for (TimelineEvent e : byArticle.getOrDefault(s.get("article").asText(), List.of())) {
                    if (overlaps(e, s)) {
                        shared.merge(e, 1, Integer::sum);
                    }
                }
            }
            String id = g.get("id").asText();
            if (shared.isEmpty()) {
                errors.add("MISSED   " + id + " (" + g.get("title").asText() + ")");
                continue;
            }
            reporting.addAll(shared.keySet());
            found++;
            fragments += shared.size();
            TimelineEvent best = shared.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            kept += shared.get(best);
            LocalDate[] window = goldWindow(g);
            if (window[0].equals(best.date().start()) && window[1].equals(best.date().last())) {
                dateRight++;
            } else {
                errors.add("DATE     " + id + " gold " + window[0] + ".." + window[1] + ", found "
                        + best.date().start() + ".." + best.date().last() + " (" + best.date().basis().explanation()
                        + ") '" + best.title() + "'");
            }
            if (shared.size() > 1) {
                errors.add("SPLIT    " + id + " into " + shared.size() + " events");
            }
        }
        int spurious = 0;
        for (TimelineEvent e : system) {
            if (!reporting.contains(e)) {
                spurious++;
                errors.add("NO GOLD  '" + e.title() + "' " + e.date().start() + " " + e.sources().get(0).article());
            }
        }
        int titleBreaks = 0;
        for (TimelineEvent e : system) {
            String broken = HeadlineRules.broken(e.title());
            if (broken != null && e.origin() == org.chronoscope.model.Origin.EXTRACTED) {
                titleBreaks++;
                errors.add("TITLE    '" + e.title() + "': " + broken);
            }
        }
        return new DevSetEvents(gold, found, dateRight, system.size(), spurious,
                found == 0 ? 0 : (double) fragments / found, goldPassages == 0 ? 0 : (double) kept / goldPassages,
                pairs(system, articles, errors), titleBreaks, List.copyOf(errors));
    }

    /** Pairs of found gold passages, together in the gold and in the system (see {@link Pairs}). */
    private static Pairs pairs(List<TimelineEvent> system, java.util.function.Predicate<String> articles,
                               List<String> errors) {
        record GoldPassage(String article, int start, int end) {
        }
        Map<GoldPassage, Set<String>> goldEvents = new HashMap<>();
        for (JsonNode g : DevSet.eventsGold().get("events")) {
            for (JsonNode s : g.get("sources")) {
                if (articles.test(s.get("article").asText())) {
                    goldEvents.computeIfAbsent(new GoldPassage(s.get("article").asText(), s.get("start").asInt(),
                            s.get("end").asInt()), k -> new HashSet<>()).add(g.get("id").asText());
                }
            }
        }
        Map<GoldPassage, Set<TimelineEvent>> systemEvents = new HashMap<>();
        for (TimelineEvent e : system) {
            for (Passage p : e.sources()) {
                for (GoldPassage g : goldEvents.keySet()) {
                    if (g.article().equals(p.article()) && p.start() < g.end() && p.end() > g.start()) {
                        systemEvents.computeIfAbsent(g, k -> new HashSet<>()).add(e);
                    }
                }
            }
        }
        List<GoldPassage> found = new ArrayList<>(systemEvents.keySet());
        int systemTogether = 0;
        int both = 0;
        int goldTogether = 0;
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                GoldPassage a = found.get(i);
                GoldPassage b = found.get(j);
                boolean inGold = !java.util.Collections.disjoint(goldEvents.get(a), goldEvents.get(b));
                boolean inSystem = !java.util.Collections.disjoint(systemEvents.get(a), systemEvents.get(b));
                goldTogether += inGold ? 1 : 0;
                systemTogether += inSystem ? 1 : 0;
                both += inGold && inSystem ? 1 : 0;
                if (inSystem && !inGold) {
                    errors.add("JOINED   " + goldEvents.get(a) + " with " + goldEvents.get(b) + " in '"
                            + systemEvents.get(a).stream().filter(systemEvents.get(b)::contains).findFirst()
                            .map(TimelineEvent::title).orElse("") + "'");
                }
            }
        }
        return new Pairs(systemTogether, both, goldTogether);
    }

    private static boolean overlaps(TimelineEvent e, JsonNode goldSource) {
        String article = goldSource.get("article").asText();
        int s = goldSource.get("start").asInt();
        int end = goldSource.get("end").asInt();
        for (Passage p : e.sources()) {
            if (p.article().equals(article) && p.start() < end && p.end() > s) {
                return true;
            }
        }
        return false;
    }

    /** First and last day the gold date allows. */
    static LocalDate[] goldWindow(JsonNode g) {
        String start = g.get("start").asText();
        JsonNode end = g.get("end");
        if ("month".equals(g.get("precision").asText())) {
            YearMonth m = YearMonth.parse(start);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        LocalDate s = LocalDate.parse(start);
        return new LocalDate[] {s, end == null || end.isNull() ? s : LocalDate.parse(end.asText())};
    }
}
