package org.chronoscope.app.cli;

import static org.chronoscope.app.cli.Option.Group.FILTER;
import static org.chronoscope.app.cli.Option.Group.GENERAL;
import static org.chronoscope.app.cli.Option.Group.PICTURE;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.chronoscope.export.ExportOptions;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.model.Category;
import org.chronoscope.model.layout.LabelPolicy;

/**
 * Every option of the command line, in the order the usage lists them. This table is the only place an option is
 * declared; the parser, the usage and the checks all read it.
 * <ul>
 *   <li>To add an option: a constant here (with its converter), listed in {@link #ALL}; read it where it is used
 *       with {@code args.value(Options.X)}, {@code args.values(Options.X)} or {@code args.has(Options.X)}.</li>
 *   <li>To add a command: a constant made with {@link Option#command} naming the option groups it takes, listed
 *       in {@link #ALL}, and its {@link Command} in {@link Commands}.</li>
 * </ul>
 */
public final class Options {
    public static final Option<Path> CORPUS = Option.value("--corpus", "DIR", GENERAL, Options::path,
            "the folder of articles (default: the window's last corpus, else the bundled seeds)");
    public static final Option<Boolean> HELP = Option.flag("--help", GENERAL, "print this usage").withAlias("-h");

    public static final Option<String> DUMP_EVENTS = Option.command("--dump-events", "FILE|-",
            "write the events as JSON (-: standard output)", FILTER);
    public static final Option<String> DUMP_TIMEX = Option.command("--dump-timex", "FILE|-",
            "write every date expression found in the corpus as JSON");
    public static final Option<String> DUMP_ACTORS = Option.command("--dump-actors", "FILE|-",
            "write every actor of the corpus (people, states, organisations) as JSON");
    public static final Option<String> DUMP_TEXT = Option.command("--dump-text", "FILE|-",
            "write each article's text as read (a web page's or PDF's extracted text) as JSON");
    public static final Option<String> EXPORT_TIMELINEJS = Option.command("--export-timelinejs", "FILE|-",
            "export the dated events as TimelineJS3 JSON", FILTER);
    public static final Option<String> EXPORT_CSV = Option.command("--export-csv", "FILE|-",
            "export the events as CSV (UTF-8 with a byte-order mark, RFC 4180)", FILTER);
    public static final Option<String> EXPORT_PNG = Option.command("--export-png", "FILE",
            "export the timeline as a PNG picture", FILTER, PICTURE).alone();

    public static final Option<LocalDate> FROM = Option.value("--from", "DATE", FILTER,
            (o, t) -> date(o, t, false), "first day: 2025-11-23, 2025-11 or 2025");
    public static final Option<LocalDate> TO = Option.value("--to", "DATE", FILTER,
            (o, t) -> date(o, t, true), "last day, written the same ways");
    public static final Option<String> ACTOR = Option.repeatable("--actor", "ID", FILTER, Options::actor,
            "events involving this actor; a side or state takes in the people acting for it (repeatable)");
    public static final Option<Category> CATEGORY = Option.repeatable("--category", "NAME", FILTER,
            Options::category, "events of this category (repeatable): " + categoryNames());

    public static final Option<Integer> WIDTH = Option.value("--width", "PX", PICTURE, Options::width,
            "picture width in pixels, 200-65000 (default " + ExportOptions.DEFAULT_WIDTH + ")");
    public static final Option<Double> SCALE = Option.value("--scale", "N", PICTURE, Options::scale,
            "pixel scale 1-4: text and marks drawn N times as finely");
    public static final Option<Path> ANNOTATIONS = Option.value("--annotations", "FILE", PICTURE, Options::path,
            "the notes and stars to draw (default: annotations.json in the corpus folder)");
    public static final Option<String> TITLE = Option.value("--title", "TEXT", PICTURE, Options::text,
            "the title (default: the corpus name)");
    public static final Option<String> SUBTITLE = Option.value("--subtitle", "TEXT", PICTURE, Options::text,
            "the subtitle (default: the events' dates and the filters)");
    public static final Option<Boolean> NO_ANNOTATIONS = Option.flag("--no-annotations", PICTURE,
            "leave the notes and stars out");
    public static final Option<Boolean> NO_LEGEND = Option.flag("--no-legend", PICTURE, "leave the legend out");
    public static final Option<Boolean> NO_SOURCES = Option.flag("--no-sources", PICTURE,
            "leave the sources footer out");
    public static final Option<Boolean> DARK = Option.flag("--dark", PICTURE, "the dark palette");
    public static final Option<LabelPolicy> LABELS = Option.value("--labels", "WHICH", PICTURE, Options::labels,
            "which events keep their labels: all (those that find room; the default), top (the most corroborated"
                    + " of each stretch, and the starred), starred");

    /** The table, in the usage's order. */
    public static final List<Option<?>> ALL = List.of(DUMP_EVENTS, DUMP_TIMEX, DUMP_ACTORS, DUMP_TEXT, EXPORT_TIMELINEJS,
            EXPORT_CSV, EXPORT_PNG, FROM, TO, ACTOR,
            CATEGORY, WIDTH, SCALE, ANNOTATIONS, TITLE, SUBTITLE, NO_ANNOTATIONS, NO_LEGEND, NO_SOURCES, DARK,
            LABELS, CORPUS, HELP);

    private Options() {
    }

    static String text(String option, String text) {
        return text;
    }

    static Path path(String option, String text) throws UsageException {
        if (text.isBlank()) {
            throw new UsageException(option + " needs a file name");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": " + AtomicWrite.unusablePath(text, e));
        }
    }

    /** 2025-11-23, 2025-11 (first or last day of the month) or 2025 (first or last day of the year). */
    static LocalDate date(String option, String text, boolean end) throws UsageException {
        String v = text.trim();
        try {
            LocalDate d;
            if (v.length() == 4 && v.chars().allMatch(Character::isDigit)) {
                int y = Integer.parseInt(v);
                d = end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            } else if (v.length() == 7 && v.charAt(4) == '-') {
                YearMonth ym = YearMonth.parse(v);
                d = end ? ym.atEndOfMonth() : ym.atDay(1);
            } else {
                d = LocalDate.parse(v);
            }
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new UsageException(option + ": \"" + text + "\" is outside the years 1 to 9999");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": \"" + text + "\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    static String actor(String option, String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    static Category category(String option, String text) throws UsageException {
        String v = text.trim().toLowerCase(Locale.ROOT);
        for (Category c : Category.values()) {
            if (c.id().equals(v) || c.label().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new UsageException(option + ": unknown category \"" + text + "\"; known: " + categoryNames());
    }

    static int width(String option, String text) throws UsageException {
        try {
            int w = Integer.parseInt(text.trim().toLowerCase(Locale.ROOT).replaceFirst("px$", ""));
            if (w < 200 || w > 65_000) {
                throw new UsageException(option + " " + text + " is out of range: use 200 to 65000 pixels");
            }
            return w;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": \"" + text + "\" is not a number of pixels");
        }
    }

    static double scale(String option, String text) throws UsageException {
        try {
            double s = Double.parseDouble(text.trim().toLowerCase(Locale.ROOT).replaceFirst("x$", ""));
            if (!(s >= 1 && s <= 4)) {
                throw new UsageException(option + " " + text + " is out of range: use 1 to 4");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": \"" + text + "\" is not a number (1, 2, 3 or 4)");
        }
    }

    static LabelPolicy labels(String option, String text) throws UsageException {
        for (LabelPolicy p : LabelPolicy.values()) {
            if (p.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new UsageException(option + ": \"" + text + "\" is not one of all, top, starred");
    }

    static String categoryNames() {
        StringBuilder s = new StringBuilder();
        for (Category c : Category.values()) {
            s.append(s.isEmpty() ? "" : ", ").append(c.id());
        }
        return s.toString();
    }
}
