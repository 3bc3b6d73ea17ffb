package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.bench.HostileShapes;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.CorpusTimex;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TemporalExpression;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile text loads, and everything found in it stays verbatim at its offsets. The shapes are the scaling
 * benchmark's ({@link HostileShapes}) at a few dozen kilobytes; whether their time stays linear is shown by the
 * benchmark, not here (the time limit below only stops a hang).
 */
class HostileTextTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final long SMALL = 40_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = HostileShapes.class, names = {"NEWS", "SINGLE_NEWLINES", "ONE_LINE", "ON_TUESDAY",
        "QUOTED_DATES", "OPEN_QUOTE", "REPEATED_PARAGRAPH", "TINY_PARAGRAPHS", "CATALOGUE"})
    void a_hostile_shape_loads_and_every_quote_and_date_stays_verbatim(HostileShapes shape) throws IOException {
        shape.writeTo(dir, SMALL);
        Corpus corpus = assertTimeoutPreemptively(HANG, () -> CorpusLoader.load(dir));
        assertFalse(corpus.articles().isEmpty(), shape.id());
        verbatim(corpus);
    }

    @Test
    void a_quotation_on_a_line_of_its_own_among_thousands_of_single_line_paragraphs_is_read_as_speech()
            throws IOException {
        StringBuilder text = new StringBuilder("published: 2025-11-28\n\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i % 2 == 0 ? "\u201cWe meet again tomorrow,\u201d she said on Monday, round " + i + ".\n"
                    : "The delegations left Geneva without a statement, round " + i + ".\n");
        }
        Files.writeString(dir.resolve("lines.txt"), text);
        Corpus corpus = assertTimeoutPreemptively(HANG, () -> CorpusLoader.load(dir));
        List<TemporalExpression> tomorrows = CorpusTimex.of(corpus.articles().get(0), new TemporalTagger())
                .stream().filter(e -> e.text().equals("tomorrow")).toList();
        assertEquals(1500, tomorrows.size());
        assertTrue(tomorrows.stream().allMatch(e -> LocalDate.of(2025, 11, 25).equals(e.from())),
                "tomorrow, said on Monday 24 November, is Tuesday 25");
    }

    @Test
    void a_paragraph_printed_again_and_again_is_quoted_once_as_a_caption() throws IOException {
        HostileShapes.REPEATED_PARAGRAPH.writeTo(dir, SMALL);
        Article a = CorpusLoader.load(dir).articles().get(0);
        List<BlockKind> kinds = a.paragraphs().stream().map(Paragraph::kind).toList();
        assertEquals(BlockKind.CAPTION, kinds.get(1), "the first copy");
        assertTrue(kinds.size() > 700, "set-up: " + kinds.size());
        assertTrue(kinds.subList(2, kinds.size()).stream().allMatch(k -> k == BlockKind.BOILERPLATE), "the copies");
    }

    @Test
    void every_problem_of_a_large_catalogue_names_the_line_of_its_event() throws IOException {
        HostileShapes.CATALOGUE.writeTo(dir, SMALL);
        List<String> lines = Files.readAllLines(dir.resolve("events.json"));
        Corpus corpus = assertTimeoutPreemptively(HANG, () -> CorpusLoader.load(dir));
        List<Problem> errors = corpus.problems().stream().filter(p -> "events.json".equals(p.file())).toList();
        assertTrue(errors.size() > 100, "set-up: " + errors.size());
        for (Problem p : errors) {
            String id = p.message().replaceAll("^event '([^']+)'.*", "$1");
            assertTrue(lines.get(p.line() - 1).contains("\"id\": \"" + id + "\""), p.toString());
        }
        assertEquals(1, corpus.articles().size(), "the article still loads");
    }

    /** Every passage and every date expression is the article's text at its offsets. */
    static void verbatim(Corpus corpus) {
        TemporalTagger tagger = new TemporalTagger();
        for (Article a : corpus.articles()) {
            for (TemporalExpression e : CorpusTimex.of(a, tagger)) {
                assertEquals(e.text(), a.text().substring(e.start(), e.end()), a.fileName());
            }
        }
        for (TimelineEvent e : corpus.events()) {
            for (Passage p : e.sources()) {
                Article a = corpus.article(p.article()).orElseThrow();
                assertEquals(p.quote(), a.text().substring(p.start(), p.end()), e.id());
            }
        }
    }
}
