package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.chronoscope.model.Article;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedCorpusTest {
    private final Corpus corpus = Seeds.corpus();

    private TimelineEvent event(String id) {
        return corpus.event(id).orElseThrow(() -> new AssertionError("no event " + id + "; problems: "
                + corpus.problems()));
    }

    @Test
    void the_seeds_load_without_problems() {
        assertEquals(5, corpus.articles().size());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        assertEquals("2025 US-brokered Russia–Ukraine peace talks", corpus.name());
    }

    @Test
    void every_source_is_a_verbatim_quote_at_its_offsets() {
        assertTrue(corpus.events().size() >= 35, "events: " + corpus.events().size());
        for (TimelineEvent e : corpus.events()) {
            assertFalse(e.sources().isEmpty(), e.id());
            for (Passage p : e.sources()) {
                Article a = corpus.article(p.article()).orElseThrow();
                assertEquals(p.quote(), a.text().substring(p.start(), p.end()), e.id());
                assertTrue(a.isQuotable(p.start(), p.end()), e.id() + " quotes boilerplate");
            }
        }
    }

    @Test
    void publication_dates_come_from_the_corpus_metadata_with_how_they_were_established() {
        Article stamped = corpus.article("002_1e9a216f9237e569.txt").orElseThrow();
        assertEquals(LocalDate.of(2025, 12, 16), stamped.published());
        assertEquals(DateSource.STAMP, stamped.meta().published().source());
        Article workedOut = corpus.article("001_bbcfa24951955cf9.txt").orElseThrow();
        assertEquals(LocalDate.of(2025, 11, 28), workedOut.published());
        assertEquals(DateSource.WORKED_OUT, workedOut.meta().published().source());
        assertTrue(workedOut.meta().published().reasoning().contains("last weekend"));
        assertEquals("cs", corpus.article("003_bf1d199f963f5076.txt").orElseThrow().meta().translatedFrom());
    }

    @Test
    void machine_translated_names_are_found_as_zelensky() {
        long inCzechArticle = corpus.mentions().stream()
                .filter(m -> m.article().startsWith("003") && m.entityId().equals("zelensky"))
                .map(m -> m.text()).distinct().count();
        assertTrue(inCzechArticle >= 3, "Zelenskyj, Greeny, Greenya expected");
        assertTrue(corpus.mentions().stream().anyMatch(m -> m.kind() == EntityKind.PLACE
                && m.entityId().equals("zaporizhzhia") && m.text().equals("Zaporožská")));
    }

    @ParameterizedTest(name = "{0}: {1}..{2} {3}")
    @CsvSource({
            "crimea-annexation,        2014-01-01, 2014-12-31, YEAR",
            "us-sanctions-act,         2017-01-01, 2017-12-31, YEAR",
            "crimea-declaration,       2018-01-01, 2018-12-31, YEAR",
            "annexation-claims-2022,   2022-01-01, 2022-12-31, YEAR",
            "kharkiv-ground-taken,     2024-05-01, 2024-05-31, MONTH",
            "paris-proposal,           2025-04-14, 2025-04-20, WEEK",
            "trump-press-conference,   2025-04-24, ,           DAY",
            "witkoff-in-moscow-april,  2025-04-25, ,           DAY",
            "alaska-summit,            2025-06-01, 2025-08-31, SEASON",
            "oil-sanctions-announced,  2025-10-01, 2025-10-31, MONTH",
            "driscoll-in-kyiv,         2025-11-20, ,           DAY",
            "oil-sanctions-in-force,   2025-11-21, ,           DAY",
            "geneva-talks,             2025-11-22, 2025-11-23, WEEKEND",
            "drone-strike,             2025-11-25, ,           DAY",
            "coalition-meeting,        2025-11-24, 2025-11-28, WEEK",
            "putin-recognition-demand, 2025-11-27, ,           DAY",
            "kremlin-receives-proposal,2025-11-28, ,           DAY",
            "kremlin-donbas-statement, 2025-12-15, 2025-12-16, WEEK",
    })
    void headline_events_are_dated_as_a_careful_reader_would(String id, LocalDate start, LocalDate end,
                                                             Precision precision) {
        TimelineEvent e = event(id);
        assertEquals(start, e.date().start(), id);
        assertEquals(end, e.date().end(), id);
        assertEquals(precision, e.date().precision(), id);
    }

    @Test
    void the_hundred_day_deadline_is_an_approximate_end_of_april_deadline() {
        TimelineEvent e = event("hundred-day-deadline");
        assertTrue(e.isDeadline());
        assertEquals(Precision.APPROXIMATE, e.date().precision());
        assertEquals(LocalDate.of(2025, 4, 30), e.date().last());
        assertEquals(4, e.date().start().getMonthValue());
        assertEquals("by the end of April", e.date().basis().expression());
    }

    @Test
    void geneva_talks_say_how_their_date_was_worked_out() {
        TimelineEvent e = event("geneva-talks");
        assertEquals(BasisKind.RELATIVE, e.date().basis().kind());
        assertEquals("'last weekend' in an article of Fri 28 Nov 2025", e.date().basis().explanation());
    }

    @Test
    void vague_and_future_references_stay_approximate_windows() {
        for (String id : Set.of("truth-social-post", "florida-talks", "19-point-plan", "plan-drafted")) {
            TimelineEvent e = event(id);
            assertEquals(Precision.APPROXIMATE, e.date().precision(), id);
            assertTrue(e.date().isRange(), id + " should be a window, not a day");
        }
        assertTrue(event("florida-talks").date().start().isAfter(LocalDate.of(2025, 11, 27)));
        assertTrue(event("truth-social-post").date().last().isBefore(LocalDate.of(2025, 4, 25)));
    }

    @Test
    void the_kupiansk_claim_records_its_denial() {
        assertTrue(event("kupiansk-claim").dispute().contains("denial"));
        assertNull(event("geneva-talks").dispute());
    }

    @Test
    void events_are_in_date_order() {
        LocalDate last = LocalDate.MIN;
        for (TimelineEvent e : corpus.events()) {
            if (e.date().start() != null) {
                assertFalse(e.date().start().isBefore(last), e.id());
                last = e.date().start();
            }
        }
    }
}
