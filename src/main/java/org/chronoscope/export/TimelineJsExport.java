package org.chronoscope.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;

/**
 * The events as a TimelineJS3 JSON file: a title slide, and per event {@code start_date}/{@code end_date} as
 * {@code {year, month, day}} carrying only what the date's precision supports, {@code display_date} in words
 * where the date is approximate or coarser than a day span shows, {@code text.headline}, {@code text.text}
 * (the summary and each quoted passage with its outlet), {@code group} (the side) and {@code unique_id}.
 * Undated events are left out: TimelineJS needs a start date.
 */
public final class TimelineJsExport {
    private static final JsonFactory JSON = new JsonFactory();

    private TimelineJsExport() {
    }

    public static void write(OutputStream out, Corpus corpus, List<TimelineEvent> events, String title,
                             String subtitle) throws IOException {
        Map<String, Actor> actors = corpus.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("title");
            text(g, title != null ? title : corpus.name(), subtitle != null ? "<p>" + Html.escape(subtitle) + "</p>"
                    : "<p>" + events.size() + (events.size() == 1 ? " event" : " events") + ", made with Chronoscope</p>");
            g.writeEndObject();
            g.writeArrayFieldStart("events");
            Set<String> ids = new HashSet<>();
            Map<String, Article> articles = Citation.articlesByName(corpus);
            for (TimelineEvent e : events) {
                if (e.date().isResolved()) {
                    event(g, e, articles, actors, ids);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void event(JsonGenerator g, TimelineEvent e, Map<String, Article> articles,
                              Map<String, Actor> actors, Set<String> ids) throws IOException {
        EventDate d = e.date();
        g.writeStartObject();
        date(g, "start_date", d.start(), d.precision(), d.isApproximate());
        if (d.isRange() && !sameUnit(d)) {
            date(g, "end_date", d.end(), d.precision(), d.isApproximate());
        }
        if (needsWords(d)) {
            g.writeStringField("display_date", DateWords.date(d));
        }
        text(g, e.title(), body(e, articles));
        g.writeStringField("group", group(e, actors));
        g.writeStringField("unique_id", uniqueId(e.id(), ids));
        g.writeEndObject();
    }

    /** The fields a precision supports: a month has no day, a year neither month nor day; approximate: no day. */
    private static void date(JsonGenerator g, String field, LocalDate day, Precision p, boolean approximate)
            throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("year", day.getYear());
        boolean month = p != Precision.YEAR;
        boolean dayKnown = switch (p) {
            case DAY, WEEKEND, WEEK -> true;
            default -> false;
        };
        if (month) {
            g.writeNumberField("month", day.getMonthValue());
        }
        if (dayKnown && !(approximate && p != Precision.DAY)) {
            g.writeNumberField("day", day.getDayOfMonth());
        }
        g.writeEndObject();
    }

    /** A range inside one unit of its precision (a month event of one month) needs no end date. */
    private static boolean sameUnit(EventDate d) {
        return switch (d.precision()) {
            case YEAR -> d.start().getYear() == d.end().getYear();
            case MONTH, APPROXIMATE, SEASON, QUARTER -> d.start().getYear() == d.end().getYear()
                    && d.start().getMonth() == d.end().getMonth();
            default -> false;
        };
    }

    private static boolean needsWords(EventDate d) {
        return d.isApproximate() || switch (d.precision()) {
            case WEEKEND, WEEK, SEASON, QUARTER -> true;
            default -> false;
        };
    }

    private static String body(TimelineEvent e, Map<String, Article> articles) {
        StringBuilder sb = new StringBuilder();
        if (e.summary() != null && !e.summary().isBlank()) {
            sb.append("<p>").append(Html.escape(e.summary())).append("</p>");
        }
        for (Passage p : e.sources()) {
            Citation c = Citation.of(articles, p);
            String cite = Html.escape(c.text());
            if (c.url() != null && c.url().matches("(?i)https?://\\S+")) {
                cite = "<a href=\"" + Html.escape(c.url()) + "\">" + cite + "</a>";
            }
            sb.append("<blockquote>“").append(Html.escape(p.quote().strip())).append("”<br>— <cite>").append(cite)
                    .append("</cite></blockquote>");
        }
        return sb.toString();
    }

    private static String group(TimelineEvent e, Map<String, Actor> actors) {
        String side = TimelineModel.sideOf(e, actors);
        Actor a = actors.get(side);
        return a != null ? a.name() : side.equals("other") ? "Others"
                : side.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + side.substring(1);
    }

    /** The event's id, made safe for an HTML id and a URL fragment, and unique in the file. */
    private static String uniqueId(String id, Set<String> taken) {
        String base = id.replaceAll("[^A-Za-z0-9_-]", "-");
        String u = base;
        for (int n = 2; !taken.add(u); n++) {
            u = base + "-" + n;
        }
        return u;
    }

    private static void text(JsonGenerator g, String headline, String text) throws IOException {
        g.writeObjectFieldStart("text");
        g.writeStringField("headline", Html.escape(headline));
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}
