package org.chronoscope.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

/**
 * The events as CSV: one row per event with the fields of {@code --dump-events}, lists joined by "; ", the
 * sources as "outlet: quote" lines in one cell. RFC 4180 (CRLF rows, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs read it as UTF-8.
 * A cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return: a quote
 * from a hostile page may) starts with an apostrophe instead, as OWASP advises against CSV injection.
 */
public final class CsvExport {
    public static final List<String> COLUMNS = List.of("id", "title", "summary", "category", "start", "end",
            "precision", "basis", "basisText", "expression", "deadline", "origin", "actors", "places", "topics",
            "dispute", "sources");
    private static final String BOM = "\uFEFF";
    private static final String ROW_END = "\r\n";

    private CsvExport() {
    }

    public static void write(OutputStream out, Corpus corpus, List<TimelineEvent> events) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(BOM);
        row(w, COLUMNS);
        Map<String, Article> articles = Citation.articlesByName(corpus);
        for (TimelineEvent e : events) {
            row(w, fields(e, articles));
        }
        w.flush();
    }

    static List<String> fields(TimelineEvent e, Map<String, Article> articles) {
        List<String> sources = new ArrayList<>();
        for (Passage p : e.sources()) {
            sources.add(Citation.of(articles, p).text() + ": " + p.quote().strip().replaceAll("\\s+", " "));
        }
        return List.of(e.id(), e.title(), nullToEmpty(e.summary()), e.category().id(),
                e.date().start() == null ? "" : e.date().start().toString(),
                e.date().end() == null ? "" : e.date().end().toString(),
                e.date().precision().id(), e.date().basis().kind().id(),
                nullToEmpty(e.date().basis().explanation()), nullToEmpty(e.date().basis().expression()),
                String.valueOf(e.isDeadline()), e.origin().id(), String.join("; ", e.actors()),
                String.join("; ", e.places()),
                String.join("; ", e.topics().stream().map(Topic::id).sorted().toList()),
                nullToEmpty(e.dispute()), String.join("\n", sources));
    }

    private static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(guard(fields.get(i))));
        }
        w.write(ROW_END);
    }

    /** The cell with an apostrophe before it when a spreadsheet would read it as a formula (OWASP, CSV injection). */
    static String guard(String field) {
        if (field.isEmpty()) {
            return field;
        }
        char c = field.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + field : field;
    }

    /** RFC 4180: a field holding a comma, a double quote or a line break is quoted, its quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
