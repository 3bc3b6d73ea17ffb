package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.CorpusTimex;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.TemporalExpression;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad date where it enters (events.json, corpus.json, an article's header or stamp) is an error or warning naming
 * the file, the line and the value; that event is left out (that article loads undated) and the rest loads.
 */
class HostileDatesTest {
    private static final String ARTICLE = "published: 2025-11-28\n\n"
            + "On Friday, the Kremlin confirmed it had received the amended plan.\n\n"
            + "Talks resumed in Geneva last weekend, officials said.\n\n"
            + "A new round is expected in March, the ministry said.\n";

    @TempDir
    Path dir;

    /** An event of the catalogue with the given date spec (JSON), quoting the article. */
    private static String event(String id, String dateSpec) {
        return "    {\n      \"id\": \"" + id + "\",\n      \"title\": \"" + id + "\",\n      \"category\": \"talks\",\n"
                + "      \"date\": " + dateSpec + ",\n      \"actors\": [],\n"
                + "      \"sources\": [{\"article\": \"a.txt\", \"quote\": \"Talks resumed in Geneva last weekend\"}]\n"
                + "    }";
    }

    private Corpus load(String... events) throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("events.json"), "{\n  \"version\": 1,\n  \"events\": [\n"
                + String.join(",\n", events) + "\n  ]\n}\n");
        return CorpusLoader.load(dir);
    }

    private static Problem only(Corpus c, String file) {
        List<Problem> found = c.problems().stream().filter(p -> file.equals(p.file())).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void a_hand_typed_end_before_its_start_is_an_error_at_its_line_and_the_rest_loads() throws IOException {
        Corpus c = load(event("good", "{\"expression\": \"last weekend\", \"article\": \"a.txt\"}"),
                event("backwards", "{\"start\": \"2025-11-20\", \"end\": \"2025-11-01\", \"handTyped\": \"x\"}"));
        Problem p = only(c, "events.json");
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(lineOf("events.json", "\"start\": \"2025-11-20\""), p.line());
        assertTrue(p.message().contains("event 'backwards'") && p.message().contains("2025-11-01")
                && p.message().contains("2025-11-20"), p.message());
        assertTrue(c.event("backwards").isEmpty());
        assertEquals(LocalDate.of(2025, 11, 22), c.event("good").orElseThrow().date().start());
    }

    @Test
    void relation_after_on_a_date_after_the_article_is_an_error_and_the_rest_loads() throws IOException {
        Corpus c = load(event("good", "{\"expression\": \"last weekend\", \"article\": \"a.txt\"}"),
                event("future", "{\"expression\": \"in March\", \"article\": \"a.txt\", \"relation\": \"after\"}"));
        Problem p = only(c, "events.json");
        assertTrue(p.message().contains("event 'future'") && p.message().contains("in March"), p.message());
        assertEquals(lineOf("events.json", "\"relation\": \"after\""), p.line());
        assertTrue(c.event("good").isPresent());
    }

    @Test
    void a_publication_date_at_the_calendars_edge_in_a_header_is_a_warning_and_the_article_loads_undated()
            throws IOException {
        Files.writeString(dir.resolve("a.txt"), "title: Edge\npublished: +999999999-12-31\n\n"
                + "On Friday, the talks resumed in Geneva.\n");
        Corpus c = CorpusLoader.load(dir);
        Problem p = only(c, "a.txt");
        assertEquals(2, p.line());
        assertTrue(p.message().contains("'+999999999-12-31'"), p.message());
        assertNull(c.articles().get(0).published());
        assertTrue(c.events().stream().allMatch(e -> e.date().start() == null), "relative dates stay unresolved");
    }

    @Test
    void a_publication_date_at_the_calendars_edge_in_corpus_json_is_a_warning_naming_the_article()
            throws IOException {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("corpus.json"),
                "{\"articles\": {\"a.txt\": {\"published\": \"-999999999-01-01\"}}}");
        Corpus c = CorpusLoader.load(dir);
        Problem p = only(c, "corpus.json");
        assertTrue(p.message().contains("a.txt") && p.message().contains("'-999999999-01-01'"), p.message());
        assertEquals(LocalDate.of(2025, 11, 28), c.articles().get(0).published(), "the file's own date is used");
    }

    @Test
    void a_bad_date_stamp_is_a_warning_at_line_one() throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2025-13-45 403\nOn Friday, the talks resumed in Geneva.\n");
        Files.writeString(dir.resolve("b.txt"), " date 0000-01-01 17\nOn Friday, the talks resumed in Geneva.\n");
        Corpus c = CorpusLoader.load(dir);
        Problem a = only(c, "a.txt");
        Problem b = only(c, "b.txt");
        assertEquals(1, a.line());
        assertTrue(a.message().contains("'2025-13-45'"), a.message());
        assertTrue(b.message().contains("'0000-01-01'"), b.message());
        assertEquals(2, c.articles().size());
    }

    @Test
    void dates_counted_from_the_calendars_edges_have_well_formed_timex_values() throws IOException {
        String body = "\n\nThe talks were held last year, last summer and last weekend, and resume next week, next month, "
                + "early next year and in the first quarter; two years later they ended. They met this week.\n";
        Files.writeString(dir.resolve("first.txt"), "published: 0001-01-01" + body);
        Files.writeString(dir.resolve("early.txt"), "published: 0999-06-01" + body);
        Files.writeString(dir.resolve("last.txt"), "published: 9999-12-31" + body);
        Corpus c = CorpusLoader.load(dir);
        TemporalTagger tagger = new TemporalTagger();
        int checked = 0;
        for (Article a : c.articles()) {
            for (TemporalExpression e : CorpusTimex.of(a, tagger)) {
                assertTrue(e.value().matches("(\\d{4}|[+-]\\d{4,})(-\\d\\d|-W\\d\\d(-WE)?|-Q\\d|-(SP|SU|FA|WI))?"),
                        a.fileName() + ": '" + e.text() + "' -> " + e.value());
                if (e.from() != null) {
                    assertTrue(e.from().getYear() >= 1 && e.to().getYear() <= 9999, e.toString());
                }
                checked++;
            }
        }
        assertTrue(checked >= 27, "set-up: " + checked + " expressions");
    }

    /** Date specs of every form with values at and beyond the calendar's edges, in random combinations. */
    @Test
    void fuzzed_date_specs_never_stop_the_load_and_every_date_that_enters_is_sound() throws IOException {
        String[] days = {"2025-11-20", "0001-01-01", "9999-12-31", "0000-01-01", "10000-01-01", "+999999999-12-31",
            "-0001-01-01", "2025-02-30", "2025-11", "", "banana"};
        String[] expressions = {"last weekend", "On Friday", "in March", "in 2014", "Geneva", ""};
        String[] precisions = {"day", "month", "weekend", "nonsense"};
        Random random = new Random(12);
        for (int run = 0; run < 20; run++) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String spec = switch (random.nextInt(4)) {
                    case 0 -> "{\"start\": \"" + pick(random, days) + "\"" + (random.nextBoolean() ? ", \"end\": \""
                            + pick(random, days) + "\"" : "") + ", \"precision\": \"" + pick(random, precisions)
                            + "\", \"handTyped\": \"fuzz\"}";
                    case 1 -> "{\"expression\": \"" + pick(random, expressions) + "\", \"article\": \"a.txt\""
                            + (random.nextBoolean() ? ", \"relation\": \"after\"" : "") + "}";
                    case 2 -> "{\"newsOfTheDay\": \"a.txt\", \"approximate\": " + random.nextBoolean() + "}";
                    default -> random.nextBoolean() ? "null" : "\"2025-11-20\"";
                };
                events.add(event("e" + i, spec));
            }
            Files.writeString(dir.resolve("corpus.json"), "{\"articles\": {\"a.txt\": {\"published\": \""
                    + pick(random, days) + "\"}}}");
            Corpus c = load(events.toArray(String[]::new));
            assertEquals(1, c.articles().size(), "run " + run);
            for (TimelineEvent e : c.events()) {
                if (e.date().start() != null) {
                    assertTrue(e.date().start().getYear() >= 1 && e.date().last().getYear() <= 9999, e.toString());
                    assertTrue(!e.date().last().isBefore(e.date().start()), e.toString());
                }
            }
            for (Problem p : c.problems()) {
                if ("events.json".equals(p.file())) {
                    assertTrue(p.line() > 0 && p.message().startsWith("event 'e"), p.toString());
                }
            }
            long curated = c.events().stream().filter(e -> e.id().matches("e\\d+")).count();
            long errors = c.problems().stream().filter(p -> "events.json".equals(p.file())).count();
            assertEquals(25, curated + errors, "each event either loads or is named in an error: run " + run);
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
