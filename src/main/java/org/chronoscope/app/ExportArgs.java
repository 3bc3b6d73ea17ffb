package org.chronoscope.app;

import org.chronoscope.export.ExportOptions;
import org.chronoscope.model.Category;
import org.chronoscope.model.layout.LabelPolicy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command-line export's options, parsed and checked. What can be checked without the corpus is checked here;
 * actor ids are checked by {@link ExportCommand} against the loaded corpus.
 */
record ExportArgs(Path output, Path corpus, LocalDate from, LocalDate to, Set<String> actors,
                  Set<Category> categories, Integer width, Double scale, Path annotations, String title,
                  String subtitle, boolean noAnnotations, boolean noLegend, boolean noSources, boolean dark,
                  LabelPolicy labels) {

    static final String USAGE = """
            usage: chronoscope --export-png FILE [options]
              --corpus DIR          corpus folder (default: the bundled seed articles)
              --from DATE           first day to show (2025-11-01, 2025-11 or 2025)
              --to DATE             last day to show
              --actor ID            only events involving this actor or side (repeatable)
              --category NAME       only events of this category (repeatable): %s
              --width PX            image width in pixels (default %d)
              --scale N             pixel scale 1-4: text and marks drawn N times as finely
              --annotations FILE    notes and stars to draw (default: annotations.json in the corpus folder)
              --title TEXT          title (default: the corpus name); --subtitle TEXT likewise
              --labels WHICH        which events keep labels: all (default: all that find room),
                                    top (the most corroborated of each stretch, and the starred), starred
              --no-annotations, --no-legend, --no-sources, --dark
            """.formatted(categoryNames(), ExportOptions.DEFAULT_WIDTH);

    /** A bad command line; the message says what is wrong. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static ExportArgs parse(List<String> args) throws UsageException {
        Path output = null;
        Path corpus = null;
        Path annotations = null;
        LocalDate from = null;
        LocalDate to = null;
        Set<String> actors = new LinkedHashSet<>();
        Set<Category> categories = new LinkedHashSet<>();
        Integer width = null;
        Double scale = null;
        String title = null;
        String subtitle = null;
        boolean noAnnotations = false;
        boolean noLegend = false;
        boolean noSources = false;
        boolean dark = false;
        LabelPolicy labels = LabelPolicy.ALL;
        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String opt = rest.get(i);
            String inline = null;
            int eq = opt.indexOf('=');
            if (opt.startsWith("--") && eq > 0) {
                inline = opt.substring(eq + 1);
                opt = opt.substring(0, eq);
            }
            switch (opt) {
                case "--no-annotations" -> noAnnotations = true;
                case "--no-legend" -> noLegend = true;
                case "--no-sources" -> noSources = true;
                case "--dark" -> dark = true;
                case "--export-png", "--corpus", "--from", "--to", "--actor", "--category", "--width", "--scale",
                        "--annotations", "--title", "--subtitle", "--labels" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= rest.size()) {
                            throw new UsageException(opt + " needs a value");
                        }
                        value = rest.get(++i);
                    }
                    switch (opt) {
                        case "--export-png" -> output = path(opt, value);
                        case "--corpus" -> corpus = path(opt, value);
                        case "--annotations" -> annotations = path(opt, value);
                        case "--from" -> from = date(opt, value, false);
                        case "--to" -> to = date(opt, value, true);
                        case "--actor" -> actors.add(value.trim().toLowerCase(Locale.ROOT));
                        case "--category" -> categories.add(category(value));
                        case "--width" -> width = width(value);
                        case "--scale" -> scale = scale(value);
                        case "--title" -> title = value;
                        case "--labels" -> labels = labels(value);
                        default -> subtitle = value;
                    }
                }
                default -> throw new UsageException(opt.startsWith("-") ? "unknown option " + opt
                        : "unexpected argument \"" + opt + "\"");
            }
        }
        if (output == null) {
            throw new UsageException("--export-png FILE is required");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        return new ExportArgs(output, corpus, from, to, actors, categories, width, scale, annotations, title,
                subtitle, noAnnotations, noLegend, noSources, dark, labels);
    }

    /** Width and scale: --width alone sets the width at 1×; --scale alone draws a window-wide page N times finer. */
    ExportOptions options() {
        double s = scale != null ? scale : 1;
        double pixelWidth = width != null ? width : scale != null ? ExportOptions.WINDOW_WIDTH * s
                : ExportOptions.DEFAULT_WIDTH;
        return new ExportOptions(pixelWidth / s, s, title, subtitle, !noAnnotations, !noLegend, !noSources, dark,
                null, null, labels);
    }

    private static LabelPolicy labels(String value) throws UsageException {
        for (LabelPolicy p : LabelPolicy.values()) {
            if (p.word().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        throw new UsageException("--labels: \"" + value + "\" is not one of all, top, starred");
    }

    private static Path path(String opt, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(opt + " needs a file name");
        }
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(opt + ": \"" + value + "\" is not a valid path: " + e.getReason());
        }
    }

    /** 2025-11-23, 2025-11 (first or last day of the month) or 2025 (first or last day of the year). */
    static LocalDate date(String opt, String value, boolean end) throws UsageException {
        String v = value.trim();
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(v);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UsageException(opt + ": \"" + value + "\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }

    private static Category category(String value) throws UsageException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Category c : Category.values()) {
            if (c.id().equals(v) || c.label().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new UsageException("--category: unknown category \"" + value + "\"; known: "
                + categoryNames());
    }

    private static int width(String value) throws UsageException {
        try {
            int w = Integer.parseInt(value.trim().toLowerCase(Locale.ROOT).replaceFirst("px$", ""));
            if (w < 200 || w > 65_000) {
                throw new UsageException("--width " + value + " is out of range: use 200 to 65000 pixels");
            }
            return w;
        } catch (NumberFormatException e) {
            throw new UsageException("--width: \"" + value + "\" is not a number of pixels");
        }
    }

    private static double scale(String value) throws UsageException {
        try {
            double s = Double.parseDouble(value.trim().toLowerCase(Locale.ROOT).replaceFirst("x$", ""));
            if (!(s >= 1 && s <= 4)) {
                throw new UsageException("--scale " + value + " is out of range: use 1 to 4");
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException("--scale: \"" + value + "\" is not a number (1, 2, 3 or 4)");
        }
    }

    static String categoryNames() {
        return String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList());
    }
}
