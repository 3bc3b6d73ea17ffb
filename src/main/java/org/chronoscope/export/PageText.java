package org.chronoscope.export;

import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Articles named one by one in the footer; beyond this the footer counts them and names the most cited. */
    static final int SOURCES_LISTED = 12;

    /**
     * "Sources: Daily Mail via Elrisala, 28 Nov 2025; …" for every article cited by the events shown, or, for more
     * than {@value #SOURCES_LISTED} articles, "Sources: 10,000 articles from 12 outlets, 1 Jan 2025 – 28 Dec 2025;
     * the most cited: …" (a footer must not outgrow the picture).
     */
    static String sources(Corpus corpus, List<TimelineEvent> events) {
        Map<String, Integer> citations = new HashMap<>();
        for (TimelineEvent e : events) {
            for (Passage p : e.sources()) {
                citations.merge(p.article(), 1, Integer::sum);
            }
        }
        List<Article> cited = corpus.articles().stream().filter(a -> citations.containsKey(a.fileName())).toList();
        if (cited.isEmpty()) {
            return "";
        }
        if (cited.size() <= SOURCES_LISTED) {
            return "Sources: " + cited.stream().map(PageText::cite).collect(Collectors.joining(";   "))
                    + ".   Made with Chronoscope.";
        }
        long outlets = cited.stream().map(a -> a.meta().outlet()).filter(o -> o != null && !o.isBlank()).distinct()
                .count();
        List<LocalDate> dates = cited.stream().map(Article::published).filter(java.util.Objects::nonNull).sorted()
                .toList();
        String span = dates.isEmpty() ? "" : ", " + range(dates.get(0), dates.get(dates.size() - 1));
        List<Article> most = cited.stream()
                .sorted(Comparator.comparing((Article a) -> -citations.get(a.fileName())).thenComparing(
                        Article::fileName))
                .limit(SOURCES_LISTED / 2).toList();
        String from = outlets == 0 ? "" : String.format(Locale.ENGLISH, " from %,d %s", outlets,
                outlets == 1 ? "named outlet" : "named outlets");
        return String.format(Locale.ENGLISH, "Sources: %,d articles%s%s; the most cited: %s.   "
                        + "Made with Chronoscope.", cited.size(), from, span,
                most.stream().map(PageText::cite).collect(Collectors.joining(";   ")));
    }

    private static String outlet(Article a) {
        return a.meta().outlet() != null && !a.meta().outlet().isBlank() ? a.meta().outlet() : a.fileName();
    }

    private static String cite(Article a) {
        String date = a.published() != null ? DateWords.dayMonthYear(a.published()) : "undated";
        String title = a.meta().title() != null && !a.meta().title().isBlank() ? " — “" + a.meta().title() + "”" : "";
        return outlet(a) + ", " + date + title;
    }
}
