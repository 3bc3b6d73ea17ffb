package org.chronoscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TimelineJS3 export of the seeds against the format's own field rules (TimelineJS3 "JSON format" docs:
 * slide fields, date objects) and against what each event's precision supports.
 */
class TimelineJsExportTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    /** The fields TimelineJS3 knows on a slide, and on a date object. */
    private static final Set<String> SLIDE_FIELDS = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");
    private static final Set<String> DATE_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date", "format");
    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");

    private static Corpus seeds;
    private static JsonNode json;
    private static Map<String, TimelineEvent> byId;

    @BeforeAll
    static void export() throws IOException {
        seeds = CorpusLoader.load(SEEDS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TimelineJsExport.write(out, seeds, seeds.events(), null, null);
        json = new ObjectMapper().readTree(out.toByteArray());
        byId = new HashMap<>();
        seeds.events().forEach(e -> byId.put(e.id(), e));
    }

    @Test
    void the_file_has_a_title_slide_and_an_event_slide_per_dated_event() {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            assertTrue(Set.of("title", "events", "eras", "scale").contains(f), "unknown top-level field " + f);
        }
        assertEquals(seeds.name(), json.path("title").path("text").path("headline").asText());
        long dated = seeds.events().stream().filter(e -> e.date().isResolved()).count();
        assertTrue(dated > 20, "the seeds have dated events");
        assertEquals(dated, json.path("events").size());
    }

    @Test
    void every_slide_keeps_to_the_format_s_field_rules() {
        Set<String> ids = new HashSet<>();
        for (JsonNode slide : json.path("events")) {
            String id = slide.path("unique_id").asText();
            assertTrue(ids.add(id), "unique_id repeated: " + id);
            assertTrue(id.matches("[A-Za-z0-9_-]+"), "unique_id usable as an HTML id: " + id);
            slide.fieldNames().forEachRemaining(f -> assertTrue(SLIDE_FIELDS.contains(f), id + ": field " + f));
            slide.path("text").fieldNames().forEachRemaining(f -> assertTrue(TEXT_FIELDS.contains(f), id + ": " + f));
            assertFalse(slide.path("text").path("headline").asText().isBlank(), id);
            assertTrue(slide.path("group").isTextual(), id + ": group");
            LocalDate start = date(id, slide.path("start_date"), false);
            if (slide.has("end_date")) {
                LocalDate end = date(id, slide.path("end_date"), true);
                assertFalse(end.isBefore(start), id + ": end before start");
            }
        }
    }

    /** A date object: a whole year; a month 1–12 only with a year; a day only with a month, and one that exists. */
    private static LocalDate date(String id, JsonNode d, boolean end) {
        d.fieldNames().forEachRemaining(f -> assertTrue(DATE_FIELDS.contains(f), id + ": date field " + f));
        assertTrue(d.path("year").isInt(), id + ": year");
        int year = d.path("year").asInt();
        if (!d.has("month")) {
            assertFalse(d.has("day"), id + ": a day without a month");
            return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        int month = d.path("month").asInt();
        assertTrue(d.path("month").isInt() && month >= 1 && month <= 12, id + ": month " + d.path("month"));
        if (!d.has("day")) {
            return end ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, 1);
        }
        assertTrue(d.path("day").isInt(), id + ": day");
        return LocalDate.of(year, month, d.path("day").asInt());
    }

    @Test
    void dates_carry_only_what_their_precision_supports() {
        Set<Precision> seen = new HashSet<>();
        for (JsonNode slide : json.path("events")) {
            TimelineEvent e = byId.get(slide.path("unique_id").asText());
            JsonNode start = slide.path("start_date");
            Precision p = e.date().precision();
            seen.add(p);
            assertEquals(e.date().start().getYear(), start.path("year").asInt(), e.id());
            switch (p) {
                case YEAR -> assertFalse(start.has("month"), e.id() + ": a year event has no month");
                case MONTH, SEASON, QUARTER, APPROXIMATE -> {
                    assertEquals(e.date().start().getMonthValue(), start.path("month").asInt(), e.id());
                    assertFalse(start.has("day"), e.id() + ": a " + p.id() + " event has no day");
                }
                default -> assertEquals(e.date().start(), LocalDate.of(start.path("year").asInt(),
                        start.path("month").asInt(), start.path("day").asInt()), e.id());
            }
            if (e.date().isApproximate()) {
                assertTrue(slide.path("display_date").asText().startsWith("≈"), e.id() + ": approximate in words");
            }
            if (e.date().isRange() && p == Precision.DAY) {
                assertEquals(e.date().end().getDayOfMonth(), slide.path("end_date").path("day").asInt(), e.id());
            }
        }
        assertTrue(seen.containsAll(Set.of(Precision.DAY, Precision.MONTH, Precision.YEAR)), seen.toString());
    }

    @Test
    void the_text_holds_the_summary_and_every_quoted_passage_with_its_outlet() {
        for (JsonNode slide : json.path("events")) {
            TimelineEvent e = byId.get(slide.path("unique_id").asText());
            String text = slide.path("text").path("text").asText();
            assertEquals(e.sources().size(), text.split("<blockquote>", -1).length - 1, e.id());
            String outlet = seeds.article(e.sources().get(0).article()).orElseThrow().meta().outlet();
            assertTrue(text.contains(outlet.replace("&", "&amp;")), e.id() + ": " + text);
            assertFalse(text.contains("<script"), e.id());
        }
    }

    @Test
    void the_group_is_the_side_of_the_main_actor() {
        Set<String> groups = new HashSet<>();
        json.path("events").forEach(s -> groups.add(s.path("group").asText()));
        assertTrue(groups.size() >= 3, groups.toString());
        assertTrue(groups.contains("Ukraine"), groups.toString());
    }

    @Test
    void text_is_escaped_as_html() throws IOException {
        String quoted = "Tom & Jerry <b>said</b>";
        assertEquals("Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt;", Html.escape(quoted));
    }

    @Test
    void the_file_is_written_atomically_and_replaces_an_old_one(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("timeline.json");
        Files.writeString(target, "old");
        AtomicWrite.write(target, o -> TimelineJsExport.write(o, seeds, seeds.events(), "Peace talks", "2025"));
        assertEquals("Peace talks", new ObjectMapper().readTree(target.toFile()).path("title").path("text")
                .path("headline").asText());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temp file left behind");
        }
    }
}
