package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One happening, many passages: candidates that report the same happening become one event, within an article
 * and across articles; different happenings on one day stay apart; sources that disagree on the day make one
 * event with the disagreement written down. Articles written for this test, loaded as a user's folder is.
 */
class EventMergingTest {
    @TempDir
    Path dir;

    private void article(String name, String published, String body) throws IOException {
        Files.writeString(dir.resolve(name), "title: " + name + "\npublished: " + published + "\n\n" + body + "\n");
    }

    private List<TimelineEvent> events() {
        Corpus c = CorpusLoader.load(dir);
        return c.events().stream().filter(e -> e.origin() == Origin.EXTRACTED).toList();
    }

    private static TimelineEvent quoting(List<TimelineEvent> events, String words) {
        return events.stream().filter(e -> e.sources().stream().anyMatch(p -> p.quote().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event quotes '" + words + "': " + events));
    }

    @Test
    void one_meeting_reported_by_two_outlets_is_one_event_with_both_passages() throws IOException {
        article("wire.md", "2025-03-05", "French President Emmanuel Macron received German Chancellor Olaf Scholz "
                + "at the Elysee Palace in Paris on Tuesday for talks on European defence spending.");
        article("daily.md", "2025-03-06", "Macron and Scholz met in Paris on Tuesday to discuss defence spending, "
                + "the Elysee said.");
        List<TimelineEvent> events = events();
        TimelineEvent meeting = quoting(events, "Elysee Palace");
        assertEquals(2, meeting.articleCount(), meeting.toString());
        assertEquals(LocalDate.of(2025, 3, 4), meeting.date().start());
        assertNull(meeting.dispute());
        assertEquals(1, events.size(), events.toString());
    }

    @Test
    void two_different_meetings_on_the_same_day_stay_two_events() throws IOException {
        article("wire.md", "2025-03-05", "French President Emmanuel Macron met German Chancellor Olaf Scholz in "
                + "Paris on Tuesday to discuss defence spending.\n\n"
                + "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing on "
                + "Tuesday to discuss trade.");
        article("daily.md", "2025-03-05", "Macron and Scholz met in Paris on Tuesday, the Elysee said.\n\n"
                + "Xi and Lula met in Beijing on Tuesday, Chinese state media reported.");
        List<TimelineEvent> events = events();
        TimelineEvent paris = quoting(events, "Paris");
        TimelineEvent beijing = quoting(events, "Beijing");
        assertTrue(paris != beijing, events.toString());
        assertTrue(paris.sources().stream().noneMatch(p -> p.quote().contains("Beijing")), paris.toString());
        assertTrue(beijing.sources().stream().noneMatch(p -> p.quote().contains("Paris")), beijing.toString());
        assertEquals(2, paris.articleCount(), paris.toString());
    }

    @Test
    void one_event_with_two_dates_keeps_both_in_its_dispute() throws IOException {
        article("a.md", "2025-03-07", "A magnitude 6.8 earthquake struck the Hindu Kush region of northern "
                + "Afghanistan on Wednesday, killing at least 40 people, officials said.");
        article("b.md", "2025-03-07", "The magnitude 6.8 earthquake that struck the Hindu Kush region of northern "
                + "Afghanistan on Thursday killed at least 40 people, officials said.");
        List<TimelineEvent> events = events();
        assertEquals(1, events.size(), events.toString());
        TimelineEvent quake = events.get(0);
        assertEquals(2, quake.articleCount());
        assertNotNull(quake.dispute(), quake.toString());
        assertTrue(quake.dispute().contains("Wed 5 Mar 2025") && quake.dispute().contains("Thu 6 Mar 2025"),
                quake.dispute());
    }

    @Test
    void an_article_that_reports_a_happening_twice_gives_it_once() throws IOException {
        article("a.md", "2025-03-07", "Protesters clashed with police outside parliament in Tbilisi on Thursday "
                + "night.\n\nThe clashes outside parliament lasted until the early hours, and police detained 40 "
                + "protesters on Thursday, the interior ministry said.\n\n"
                + "Separately, the central bank raised its key interest rate on Thursday.");
        List<TimelineEvent> events = events();
        TimelineEvent clash = quoting(events, "clashed with police");
        assertEquals(2, clash.sources().size(), events.toString());
        assertTrue(clash.sources().stream().map(Passage::quote).noneMatch(q -> q.contains("interest rate")));
        assertEquals(2, events.size(), events.toString());
    }

    @Test
    void one_happening_told_in_different_words_by_three_outlets_is_one_event() throws IOException {
        article("wire.md", "2025-06-09", "Kenya closed its border with Somalia on Sunday after a string of "
                + "cross-border raids, the interior ministry said.");
        article("daily.md", "2025-06-09", "Kenyan authorities shut the frontier with Somalia on Sunday, citing "
                + "security concerns.");
        article("weekly.md", "2025-06-10", "The closure of the Kenya border with Somalia on Sunday stranded "
                + "hundreds of traders at Mandera.");
        List<TimelineEvent> events = events();
        TimelineEvent closure = quoting(events, "closed its border");
        assertEquals(3, closure.articleCount(), events.toString());
        assertEquals(LocalDate.of(2025, 6, 8), closure.date().start());
        assertNull(closure.dispute());
    }

    @Test
    void one_winding_up_told_six_ways_by_six_outlets_is_one_event() throws IOException {
        article("a.md", "2025-09-17", "The High Court ordered the liquidation of Harbour Point Shipping on Tuesday "
                + "after the company failed to pay its creditors.");
        article("b.md", "2025-09-17", "Harbour Point Shipping was ordered to be wound up by the High Court on "
                + "Tuesday.");
        article("c.md", "2025-09-18", "A judge made a winding-up order against Harbour Point Shipping on Tuesday, "
                + "ending a two-year dispute with its lenders.");
        article("d.md", "2025-09-17", "Liquidators were appointed to Harbour Point Shipping on Tuesday, the "
                + "court registry said.");
        article("e.md", "2025-09-17", "The court on Tuesday put Harbour Point Shipping into liquidation.");
        article("f.md", "2025-09-17", "Harbour Point Shipping went into compulsory liquidation on Tuesday "
                + "following a court ruling.");
        List<TimelineEvent> events = events();
        TimelineEvent liquidation = quoting(events, "ordered the liquidation");
        assertEquals(6, liquidation.articleCount(), events.toString());
        assertEquals(LocalDate.of(2025, 9, 16), liquidation.date().start());
    }

    @Test
    void one_closure_dated_a_day_apart_in_a_pluperfect_and_a_past_is_one_event_with_a_dispute() throws IOException {
        article("a.md", "2025-08-05", "Togo's military rulers had closed the country's airspace on Sunday, citing "
                + "the threat of a foreign intervention.");
        article("b.md", "2025-08-05", "Togo closed its airspace on Monday after an ultimatum from regional "
                + "leaders expired.");
        List<TimelineEvent> events = events();
        TimelineEvent closure = quoting(events, "had closed");
        assertEquals(2, closure.articleCount(), events.toString());
        assertNotNull(closure.dispute(), closure.toString());
    }

    @Test
    void one_happening_dated_a_day_apart_by_two_outlets_is_one_event_with_a_dispute() throws IOException {
        article("a.md", "2025-06-10", "Kenya suspended all flights to Somalia on Sunday, the civil aviation "
                + "authority said.");
        article("b.md", "2025-06-10", "Kenyan authorities grounded every Somalia-bound plane on Monday as the "
                + "security crisis deepened.");
        List<TimelineEvent> events = events();
        assertEquals(1, events.size(), events.toString());
        TimelineEvent flights = events.get(0);
        assertEquals(2, flights.articleCount());
        assertNotNull(flights.dispute(), flights.toString());
        assertTrue(flights.dispute().contains("Sun 8 Jun 2025") && flights.dispute().contains("Mon 9 Jun 2025")
                && flights.dispute().contains("a.md") && flights.dispute().contains("b.md"), flights.dispute());
    }

    @Test
    void one_actor_doing_different_things_on_one_day_or_the_same_thing_days_apart_stays_apart() throws IOException {
        article("a.md", "2025-06-12", "Kenya closed its border with Somalia on Sunday, the interior ministry "
                + "said.\n\nKenya's central bank cut its key interest rate on Sunday.");
        article("b.md", "2025-06-12", "The death toll from the floods that hit Kenya on Sunday rose to 40 on "
                + "Tuesday, the Red Cross said.\n\nFloods hit Kenya on Sunday, killing at least a dozen people.");
        List<TimelineEvent> events = events();
        TimelineEvent border = quoting(events, "closed its border");
        assertTrue(border.sources().stream().noneMatch(p -> p.quote().contains("interest rate")), border.toString());
        TimelineEvent toll = quoting(events, "rose to 40");
        assertEquals(LocalDate.of(2025, 6, 10), toll.date().start(), toll.toString());
        assertTrue(toll.sources().stream().noneMatch(p -> p.quote().contains("killing at least")), toll.toString());
    }

    @Test
    void one_filing_dated_two_days_apart_and_by_its_year_is_one_event_with_a_dispute_of_the_days() throws IOException {
        article("a.md", "2023-03-10", "Northwind Trading lodged a winding-up petition against Corvale Mining in "
                + "the High Court on 14 September 2022, claiming unpaid fees.");
        article("b.md", "2023-03-11", "Northwind Trading filed its petition against Corvale Mining on September "
                + "12, 2022, court records show.");
        article("c.md", "2023-03-12", "Corvale Mining has contested the petition Northwind Trading filed in 2022 "
                + "over unpaid fees.");
        List<TimelineEvent> events = events();
        TimelineEvent filing = quoting(events, "lodged a winding-up petition");
        assertEquals(3, filing.articleCount(), events.toString());
        assertNotNull(filing.dispute(), filing.toString());
        assertTrue(filing.dispute().contains("12 Sep 2022") && filing.dispute().contains("14 Sep 2022"),
                filing.dispute());
        assertTrue(!filing.dispute().contains("'in 2022'"), filing.dispute());
    }

    @Test
    void a_takeover_a_weekend_article_dates_last_week_joins_the_day_another_outlet_gives() throws IOException {
        article("a.md", "2023-08-02", "Soldiers of the presidential guard detained President Ado Saliou at his "
                + "residence in Niamey on Wednesday, July 26, and seized power.");
        article("b.md", "2023-07-30", "The guards who seized power in Niamey last week detained President Ado "
                + "Saliou at his residence.");
        List<TimelineEvent> events = events();
        TimelineEvent coup = quoting(events, "at his residence in Niamey on Wednesday");
        assertEquals(2, coup.articleCount(), events.toString());
        assertEquals(LocalDate.of(2023, 7, 26), coup.date().start());
    }

    @Test
    void a_company_put_into_liquidation_told_five_ways_is_one_event() throws IOException {
        article("a.md", "2024-02-08", "A judge on Tuesday ordered the winding-up of Pellmark Holdings after it "
                + "failed to repay its bondholders.");
        article("b.md", "2024-02-08", "The High Court ordered Pellmark Holdings liquidated on Tuesday.");
        article("c.md", "2024-02-07", "Pellmark Holdings was placed into liquidation by the court on Tuesday.");
        article("d.md", "2024-02-09", "The liquidation order against Pellmark Holdings, made on Tuesday, ends "
                + "months of talks with bondholders.");
        article("e.md", "2024-02-08", "Pellmark Holdings was wound up by the High Court on Tuesday.");
        List<TimelineEvent> events = events();
        TimelineEvent liquidation = quoting(events, "ordered the winding-up");
        assertEquals(5, liquidation.articleCount(), events.toString());
        assertEquals(LocalDate.of(2024, 2, 6), liquidation.date().start());
    }

    @Test
    void a_self_proclamation_told_three_ways_with_three_spellings_of_the_name_is_one_event() throws IOException {
        article("a.md", "2023-07-29", "General Abdoulaye Kassoum Tiemogo declared himself head of state on Friday, "
                + "two days after the guards detained the president.");
        article("b.md", "2023-07-29", "Abdoulaye Tiemoko was declared the country's new leader on Friday by the "
                + "guards who detained the president.");
        article("c.md", "2023-07-30", "Abdoulayé Tiemogo named himself president on Friday in a televised address.");
        List<TimelineEvent> events = events();
        TimelineEvent proclamation = quoting(events, "declared himself head of state");
        assertEquals(3, proclamation.articleCount(), events.toString());
        assertEquals(List.of("abdoulaye-kassoum-tiemogo"), proclamation.actors().stream()
                .filter(id -> id.startsWith("abdoulaye")).toList());
    }
}
