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
                           double fragmentation, double corroboration, List<String> errors) {

    public double recall() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public double dateAccuracy() {
        return found == 0 ? 0 : (double) dateRight / found;
    }

    public String summary() {
        return String.format("events on the dev set: gold %d, found %d (%.3f); date accuracy %.3f (%d/%d); "
                + "system events per gold event %.2f; gold passages kept together %.3f; system events %d, of "
                + "which %d report no gold event", gold, found, recall(), dateAccuracy(), dateRight, found,
                fragmentation, corroboration, systemEvents, spurious);
    }

    public String report() {
        return summary() + "\n  " + String.join("\n  ", errors);
    }

    public static DevSetEvents score(List<TimelineEvent> system) {
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
            gold++;
            Map<TimelineEvent, Integer> shared = new LinkedHashMap<>(); // ties go to the first, in text order
            for (JsonNode s : g.get("sources")) {
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
        return new DevSetEvents(gold, found, dateRight, system.size(), spurious,
                found == 0 ? 0 : (double) fragments / found, goldPassages == 0 ? 0 : (double) kept / goldPassages,
                List.copyOf(errors));
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
