package org.chronoscope.load.timex;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.chronoscope.load.JsonFiles;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.model.TemporalExpression;

/**
 * The {@code --dump-timex} format: a JSON list with one object per expression — {@code article}, {@code text},
 * {@code start}, {@code end} (offsets into the file's text as read), {@code value}, {@code precision},
 * {@code rule} — plus {@code from}/{@code to} (the window of days, ISO dates or null) and {@code anchor}
 * (the date a relative expression was read against, or null).
 */
public final class TimexJson {

    private TimexJson() {
    }

    public static void write(List<TemporalExpression> expressions, Writer out) throws IOException {
        try (JsonGenerator g = JsonFiles.mapper().getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (TemporalExpression e : expressions) {
                g.writeStartObject();
                g.writeStringField("article", e.article());
                g.writeStringField("text", e.text());
                g.writeNumberField("start", e.start());
                g.writeNumberField("end", e.end());
                g.writeStringField("value", e.value());
                g.writeStringField("precision", e.precision().id());
                g.writeStringField("rule", e.rule());
                g.writeStringField("from", iso(e.from()));
                g.writeStringField("to", iso(e.to()));
                g.writeStringField("anchor", iso(e.anchor()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
