package org.chronoscope.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CSV export read back by an independent CSV parser (Jackson's dataformat-csv). */
class CsvExportTest {
    private static final Path SEEDS = Path.of(System.getProperty("chronoscope.seeds", "seeds"));
    private static Corpus seeds;

    @BeforeAll
    static void load() {
        seeds = CorpusLoader.load(SEEDS);
    }

    private static byte[] export(Corpus corpus, List<TimelineEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, corpus, events);
        return out.toByteArray();
    }

    private static List<List<String>> parse(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .readValues(new StringReader(csv))) {
            return rows.readAll();
        }
    }

    @Test
    void the_file_starts_with_a_utf8_byte_order_mark_and_rows_end_in_crlf() throws IOException {
        byte[] bytes = export(seeds, seeds.events());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,title,summary,category,start,end,precision,basis,basisText,"
                + "expression,deadline,origin,actors,places,topics,dispute,sources\r\n"), text.substring(0, 200));
    }

    @Test
    void the_seeds_round_trip_through_a_csv_parser() throws IOException {
        String csv = new String(export(seeds, seeds.events()), StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parse(csv);
        assertEquals(CsvExport.COLUMNS, rows.get(0));
        assertEquals(seeds.events().size() + 1, rows.size());
        for (int i = 0; i < seeds.events().size(); i++) {
            TimelineEvent e = seeds.events().get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(CsvExport.COLUMNS.size(), row.size(), e.id());
            assertEquals(e.id(), row.get(0));
            assertEquals(e.title(), row.get(1));
            assertEquals(e.summary() == null ? "" : e.summary(), row.get(2));
            assertEquals(e.date().start() == null ? "" : e.date().start().toString(), row.get(4));
            assertEquals(e.date().precision().id(), row.get(6));
            assertEquals(String.join("; ", e.actors()), row.get(12));
            String[] sources = row.get(16).split("\n");
            assertEquals(e.sources().size(), sources.length, e.id());
            String outlet = seeds.article(e.sources().get(0).article()).orElseThrow().meta().outlet();
            assertTrue(sources[0].startsWith(outlet + ": "), sources[0]);
        }
    }

    @Test
    void commas_quotes_and_line_breaks_survive_the_round_trip() throws IOException {
        String summary = "He said \"no, never\", then left\r\nearly; ünïcödé — “curly”";
        TimelineEvent odd = new TimelineEvent("odd", "A, B and \"C\"", summary,
                new EventDate(LocalDate.of(2025, 3, 1), null, Precision.DAY,
                        new DateBasis(BasisKind.HAND_TYPED, null, null, null, "typed by hand")),
                Category.STATEMENT, List.of("us"), List.of(), Set.of(),
                List.of(new Passage("nowhere.txt", 0, 3, "Yes")), Origin.CURATED, null);
        List<List<String>> rows = parse(new String(export(seeds, List.of(odd)), StandardCharsets.UTF_8).substring(1));
        assertEquals("A, B and \"C\"", rows.get(1).get(1));
        assertEquals(summary, rows.get(1).get(2));
        assertEquals("nowhere.txt: Yes", rows.get(1).get(16));
    }

    @Test
    void quoting_follows_rfc_4180() {
        assertEquals("plain", CsvExport.quote("plain"));
        assertEquals("\"a,b\"", CsvExport.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.quote("two\nlines"));
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() throws IOException {
        String summary = "=HYPERLINK(\"http://evil.example\",\"click\")";
        TimelineEvent odd = new TimelineEvent("odd", "+cmd|' /C calc'!A0", summary,
                new EventDate(LocalDate.of(2025, 3, 1), null, Precision.DAY,
                        new DateBasis(BasisKind.HAND_TYPED, null, null, null, "typed by hand")),
                Category.STATEMENT, List.of("us"), List.of(), Set.of(),
                List.of(new Passage("@evil.txt", 0, 3, "Yes")), Origin.CURATED, "-2+3");
        List<List<String>> rows = parse(new String(export(seeds, List.of(odd)), StandardCharsets.UTF_8).substring(1));
        assertEquals("'+cmd|' /C calc'!A0", rows.get(1).get(1));
        assertEquals("'" + summary, rows.get(1).get(2));
        assertEquals("'-2+3", rows.get(1).get(15));
        assertEquals("'@evil.txt: Yes", rows.get(1).get(16));
        assertEquals("odd", rows.get(1).get(0), "other cells are left as they are");
        assertEquals("\t", CsvExport.guard("\t").substring(1));
        assertEquals("a=b", CsvExport.guard("a=b"));
    }
}
