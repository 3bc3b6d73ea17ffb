package org.chronoscope.export;

import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default subtitle states the events' own dates, not the axis's (which runs on past the last event). */
class PageTextTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));

    @Test
    void the_default_subtitle_says_the_dates_are_the_events_first_and_last() {
        Corpus corpus = CorpusLoader.load(SEEDS);
        TimelineModel model = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.SIDE);
        // an axis running a quarter past the last event, as fit-all with room for the last labels does
        TimeScale scale = TimeScale.fit(model.firstDay(), model.lastDay() + 90, 1000, 24, AxisWarp.NONE);
        String text = PageText.subtitle(model, EventQuery.ALL, corpus, scale, 1000);
        String first = PageText.range(LocalDate.ofEpochDay((long) model.firstDay()),
                LocalDate.ofEpochDay((long) model.firstDay())).trim();
        String last = PageText.range(LocalDate.ofEpochDay((long) model.lastDay() - 1),
                LocalDate.ofEpochDay((long) model.lastDay() - 1)).trim();
        assertTrue(text.startsWith(model.dated().size() + " events from " + first + " to " + last), text);
    }

    @Test
    void a_date_range_asked_for_is_stated_as_a_range() {
        Corpus corpus = CorpusLoader.load(SEEDS);
        EventQuery nov = EventQuery.between(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30));
        TimelineModel model = TimelineModel.of(nov.apply(corpus), corpus.actors(), LaneMode.SIDE);
        TimeScale scale = TimeScale.fit(LocalDate.of(2025, 11, 1).toEpochDay(), LocalDate.of(2025, 12, 1).toEpochDay(),
                1000, 24, AxisWarp.NONE);
        String text = PageText.subtitle(model, nov, corpus, scale, 1000);
        assertTrue(text.startsWith("1 Nov 2025 – 30 Nov 2025  ·  " + model.dated().size() + " events"), text);
    }

    @Test
    void a_footer_of_many_articles_counts_them_and_names_only_the_most_cited() {
        org.chronoscope.model.TimelineEvent any = org.chronoscope.testing.SyntheticModel.corpus(20, 3).events().get(0);
        java.util.List<org.chronoscope.model.Article> articles = new java.util.ArrayList<>();
        java.util.List<org.chronoscope.model.TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("a%02d.txt", i);
            articles.add(new org.chronoscope.model.Article(name, "Text.", new org.chronoscope.model.ArticleMeta(
                    "Report " + i, i % 2 == 0 ? "Wire A" : "Wire B", null, null, "en", null,
                    org.chronoscope.model.PublicationDate.unknown()), java.util.List.of(),
                    java.util.List.of()));
            int times = i == 7 ? 5 : 1; // a07 is cited most
            for (int k = 0; k < times; k++) {
                events.add(new org.chronoscope.model.TimelineEvent("e" + i + "-" + k, "E", "", any.date(),
                        any.category(), java.util.List.of(), java.util.List.of(), Set.of(), java.util.List.of(
                        new org.chronoscope.model.Passage(name, 0, 4, "Text")), any.origin(), null));
            }
        }
        Corpus corpus = new Corpus("c", "c", articles, events, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
        String footer = PageText.sources(corpus, events);
        assertTrue(footer.startsWith("Sources: 40 articles from 2 named outlets"), footer);
        assertTrue(footer.contains("the most cited: Wire B, undated — “Report 7”"), footer);
        assertTrue(footer.split("Report ").length - 1 <= PageText.SOURCES_LISTED, footer);
    }
}
