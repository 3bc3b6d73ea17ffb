package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.Seeds;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventExtractorTest {
    @TempDir
    Path dir;

    private Corpus load(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return CorpusLoader.load(dir);
    }

    private static List<TimelineEvent> extracted(Corpus c) {
        return c.events().stream().filter(e -> e.origin() == Origin.EXTRACTED).toList();
    }

    @Test
    void a_dated_sentence_of_an_unknown_article_becomes_an_extracted_event() throws IOException {
        Corpus c = load("new.md", "title: Talks\npublished: 2025-11-24\n\n"
                + "On Friday, Zelensky met Witkoff in Geneva to discuss the plan. The weather was mild.\n");
        List<TimelineEvent> events = extracted(c);
        assertEquals(1, events.size(), events.toString());
        TimelineEvent e = events.get(0);
        assertEquals(LocalDate.of(2025, 11, 21), e.date().start());
        assertEquals(List.of("zelensky", "witkoff"), e.actors());
        assertEquals(List.of("geneva"), e.places());
        assertEquals(Category.TALKS, e.category());
        assertEquals("Zelensky met Witkoff in Geneva to discuss the plan", e.title());
        Passage p = e.sources().get(0);
        assertEquals(p.quote(), c.articles().get(0).text().substring(p.start(), p.end()));
    }

    @Test
    void vague_and_unresolved_dates_make_no_event() throws IOException {
        Corpus c = load("vague.txt", "Officials will meet again in the coming days. Many years ago it was different.\n\n"
                + "Putin spoke last weekend.\n");
        assertTrue(extracted(c).isEmpty(), extracted(c).toString());
    }

    @Test
    void an_undated_article_still_gives_events_for_its_absolute_dates() throws IOException {
        Corpus c = load("undated.txt", "Russia annexed Crimea in 2014, and Putin spoke yesterday.\n");
        List<TimelineEvent> events = extracted(c);
        assertEquals(1, events.size());
        assertEquals(LocalDate.of(2014, 1, 1), events.get(0).date().start());
    }

    @Test
    void a_sentence_about_a_curated_event_becomes_a_further_source_not_a_new_event() throws IOException {
        Seeds.copyTo(dir);
        Corpus c = load("wire.md", "title: Wire\npublished: 2025-11-28\n\n"
                + "Ukrainian and American officials met in Geneva last weekend to rework the proposal.\n");
        TimelineEvent geneva = c.event("geneva-talks").orElseThrow();
        assertTrue(geneva.sources().stream().anyMatch(p -> p.article().equals("wire.md")), geneva.sources().toString());
        assertTrue(extracted(c).stream().noneMatch(e -> e.sources().get(0).article().equals("wire.md")));
    }

    @Test
    void the_seeds_add_few_extracted_events_beside_the_curated_ones() {
        Corpus c = Seeds.corpus();
        List<TimelineEvent> x = extracted(c);
        assertTrue(x.size() < 10, x.toString());
        assertTrue(x.stream().noneMatch(e -> e.sources().stream().anyMatch(p -> p.quote().contains("at the White House"))),
                "the photo caption of September is no event");
    }

    @Test
    void a_huge_article_loads_and_the_part_not_searched_is_named() throws IOException {
        String sentence = "Zelensky met Witkoff in Geneva on 3 March 2024. ";
        StringBuilder sb = new StringBuilder();
        while (sb.length() <= ArticleExtractor.MAX_CHARS + 1000) {
            sb.append(sentence);
            if (sb.length() % 2000 < sentence.length()) {
                sb.append("\n\n");
            }
        }
        Corpus c = load("huge.txt", sb.toString());
        assertEquals(1, c.articles().size());
        assertTrue(c.problems().stream().anyMatch(p -> "huge.txt".equals(p.file())
                && p.message().contains("were not")), c.problems().toString());
        assertTrue(extracted(c).stream().allMatch(e -> e.sources().get(0).end() <= ArticleExtractor.MAX_CHARS));
    }

    /** What a careful reader would put on the timeline from one sentence of an article of Tue 1 Aug 2023. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The bloc's defence chiefs will meet in Abuja on Wednesday, and leaders will hold a summit on Thursday."
                + " | 2023-08-02 Bloc's defence chiefs will meet in Abuja; 2023-08-03 Leaders will hold a summit",
        "The bloc sent a delegation led by former president Sani Garba to the capital on Thursday."
                + " | 2023-07-27 Bloc sent a delegation led by Garba to the capital",
        "The regional monetary union imposed sanctions on Sunday. | 2023-07-30 Regional monetary union imposed sanctions",
        "Leaders will hold an extraordinary summit on Thursday. | 2023-08-03 Leaders will hold an extraordinary summit",
        "Shares of Harbour Crest fell 20% on Monday. | 2023-07-31 Shares of Harbour Crest fell 20%",
        "Creditors approved the company's restructuring plan on Friday."
                + " | 2023-07-28 Creditors approved the company's restructuring plan",
        "Regional leaders sent an ultimatum to the soldiers who overthrew the government last week."
                + " | 2023-07-24 Soldiers overthrew the government",
        "The mediators returned on Monday to the capital that the rebels had seized in 2021."
                + " | 2023-07-31 Mediators returned to the capital that the rebels had seized",
    })
    void a_sentence_gives_the_events_a_reader_would_list(String sentence, String expected) throws IOException {
        Corpus c = load("a.md", "title: News\npublished: 2023-08-01\n\n" + sentence + "\n");
        String got = String.join("; ", extracted(c).stream()
                .sorted(java.util.Comparator.comparing((TimelineEvent e) -> e.date().start()))
                .map(e -> e.date().start() + " " + e.title()).toList());
        assertEquals(expected, got);
    }
}
