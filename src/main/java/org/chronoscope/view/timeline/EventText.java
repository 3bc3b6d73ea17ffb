package org.chronoscope.view.timeline;

import org.chronoscope.model.Actor;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** How an event's date and people are worded for users: tooltips, the detail pane, the status bar. */
public final class EventText {

    private EventText() {
    }

    /** "Sun 23 Nov 2025", "17–19 Nov 2025", "November 2025", "weekend of 22–23 Nov 2025", "undated". */
    public static String date(EventDate d) {
        return DateWords.date(d);
    }

    /** Epoch days [from, to) in words: "3 Nov 2025", "3–9 Nov 2025", "28 Oct – 4 Nov 2025". */
    public static String days(double from, double to) {
        LocalDate s = LocalDate.ofEpochDay((long) Math.floor(from));
        LocalDate e = LocalDate.ofEpochDay(Math.max((long) Math.floor(from), (long) Math.ceil(to) - 1));
        return s.equals(e) ? DateWords.dayMonthYear(s) : DateWords.range(s, e);
    }

    /** "day", "weekend", "month"… and "approximate" when the basis is vague. */
    public static String precision(EventDate d) {
        String p = d.precision().id();
        return d.isApproximate() && d.precision() != Precision.APPROXIMATE ? p + ", approximate" : p;
    }

    /** The date line of the detail pane: "Sun 23 Nov 2025 — 'last weekend' in an article of Fri 28 Nov 2025". */
    public static String dateLine(EventDate d) {
        String explanation = d.basis().explanation();
        return explanation == null || explanation.isBlank() ? date(d) : date(d) + " — " + explanation;
    }

    /** The date as the text gives it: the article's words when known, else the worked-out date. */
    public static String asWritten(EventDate d) {
        String expr = d.basis().expression();
        return expr == null || expr.isBlank() ? date(d) : "“" + expr + "” → " + date(d);
    }

    public static String actors(TimelineEvent e, TimelineModel model) {
        return e.actors().stream().map(id -> {
            Actor a = model == null ? null : model.actors().get(id);
            return a == null ? id : a.name();
        }).collect(Collectors.joining(", "));
    }

    public static String tooltip(TimelineEvent e, TimelineModel model) {
        StringBuilder sb = new StringBuilder(e.title()).append('\n').append(asWritten(e.date()));
        String actors = actors(e, model);
        if (!actors.isEmpty()) {
            sb.append('\n').append(actors);
        }
        int articles = e.articleCount();
        if (articles > 1) {
            sb.append("\nReported by ").append(articles).append(" articles");
        }
        if (e.sources().size() > articles) {
            sb.append(articles > 1 ? " (" : "\nReported in ").append(e.sources().size()).append(" passages")
                    .append(articles > 1 ? ")" : "");
        }
        return sb.toString();
    }
}
