package org.chronoscope.view.timeline;

import org.chronoscope.model.Actor;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an event's date and people are worded for users: tooltips, the detail pane, the status bar. */
public final class EventText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private EventText() {
    }

    /** "Sun 23 Nov 2025", "17–19 Nov 2025", "November 2025", "weekend of 22–23 Nov 2025", "undated". */
    public static String date(EventDate d) {
        if (!d.isResolved()) {
            return "undated";
        }
        LocalDate s = d.start();
        LocalDate e = d.last();
        String text = switch (d.precision()) {
            case YEAR -> String.valueOf(s.getYear());
            case MONTH -> s.getMonth() == e.getMonth() && s.getYear() == e.getYear() ? MONTH.format(s)
                    : range(s, e);
            case QUARTER, SEASON -> range(s, e);
            case WEEKEND -> "weekend of " + range(s, e);
            case WEEK -> "week of " + range(s, e);
            default -> d.isRange() ? range(s, e) : DAY.format(s);
        };
        return d.isApproximate() && d.precision() != Precision.DAY ? "≈ " + text
                : d.isApproximate() ? "≈ " + text : text;
    }

    private static String range(LocalDate s, LocalDate e) {
        if (s.getYear() != e.getYear()) {
            return DAY.format(s) + " – " + DAY.format(e);
        }
        if (s.getMonth() == e.getMonth()) {
            return s.getDayOfMonth() + "–" + e.getDayOfMonth() + " " + MONTH_SHORT.format(e);
        }
        return DAY_MONTH.format(s) + " – " + DAY_MONTH.format(e) + " " + e.getYear();
    }

    private static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    /** Epoch days [from, to) in words: "3 Nov 2025", "3–9 Nov 2025", "28 Oct – 4 Nov 2025". */
    public static String days(double from, double to) {
        LocalDate s = LocalDate.ofEpochDay((long) Math.floor(from));
        LocalDate e = LocalDate.ofEpochDay(Math.max((long) Math.floor(from), (long) Math.ceil(to) - 1));
        return s.equals(e) ? DAY_MONTH.format(s) + " " + s.getYear() : range(s, e);
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
