package org.chronoscope.export;

import org.chronoscope.model.DateWords;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The words on an exported page: the default subtitle and the sources footer. */
final class PageText {

    private PageText() {
    }

    /**
     * "42 events from 14 Apr 2014 to 30 Nov 2025 · actors: putin · categories: talks": the events' own dates (the
     * axis runs a little further, leaving room for the last labels); a date range given in the filter is stated
     * as such, "1 Nov 2025 – 30 Nov 2025 · 12 events".
     */
    static String subtitle(TimelineModel model, EventQuery filter, Corpus corpus, TimeScale scale, double width) {
        LocalDate from = filter.from() != null ? filter.from() : LocalDate.ofEpochDay((long) Math.ceil(scale.day(0)));
        LocalDate to = filter.to() != null ? filter.to() : LocalDate.ofEpochDay((long) Math.floor(scale.day(width)));
        if (filter.from() == null && !model.isEmpty()) {
            from = LocalDate.ofEpochDay((long) model.firstDay());
        }
        if (filter.to() == null && !model.isEmpty()) {
            to = LocalDate.ofEpochDay((long) model.lastDay() - 1);
        }
        List<String> parts = new ArrayList<>();
        int n = model.dated().size();
        String count = n + (n == 1 ? " event" : " events");
        if (filter.from() == null && filter.to() == null && !model.isEmpty()) {
            parts.add(count + (from.equals(to) ? " on " + DateWords.dayMonthYear(from)
                    : " from " + DateWords.dayMonthYear(from) + " to " + DateWords.dayMonthYear(to)));
        } else {
            parts.add(range(from, to));
            parts.add(count);
        }
        if (!filter.actors().isEmpty()) {
            parts.add("actors: " + filter.actors().stream()
                    .map(id -> corpus.actor(id).map(a -> a.name()).orElse(id)).collect(Collectors.joining(", ")));
        }
        if (!filter.categories().isEmpty()) {
            parts.add("categories: " + filter.categories().stream().map(c -> c.label())
                    .collect(Collectors.joining(", ")));
        }
        if (!scale.warp().breaks().isEmpty()) {
            parts.add("≈ quiet stretches shortened");
        }
        return String.join("  ·  ", parts);
    }

    static String range(LocalDate from, LocalDate to) {
        return from.equals(to) ? DateWords.dayMonthYear(from) : DateWords.dayMonthYear(from) + " – " + DateWords.dayMonthYear(to);
    }

    /** "Sources: Daily Mail via Elrisala, 28 Nov 2025; …" for every article cited by the events shown. */
    static String sources(Corpus corpus, List<TimelineEvent> events) {
        Set<String> files = new LinkedHashSet<>();
        for (TimelineEvent e : events) {
            for (Passage p : e.sources()) {
                files.add(p.article());
            }
        }
        List<String> cited = new ArrayList<>();
        for (Article a : corpus.articles()) {
            if (!files.contains(a.fileName())) {
                continue;
            }
            String outlet = a.meta().outlet() != null && !a.meta().outlet().isBlank() ? a.meta().outlet()
                    : a.fileName();
            String date = a.published() != null ? DateWords.dayMonthYear(a.published()) : "undated";
            String title = a.meta().title() != null && !a.meta().title().isBlank() ? " — “" + a.meta().title() + "”"
                    : "";
            cited.add(outlet + ", " + date + title);
        }
        if (cited.isEmpty()) {
            return "";
        }
        return "Sources: " + String.join(";   ", cited) + ".   Made with Chronoscope.";
    }
}
