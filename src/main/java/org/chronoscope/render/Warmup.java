package org.chronoscope.render;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Warms the drawing code while a corpus loads, so the user's first zoom and pan steps are as quick as later ones:
 * a made-up timeline is laid out, drawn and rasterised off-screen through a few dozen zoom and pan steps, one step
 * per FX job so the window stays responsive. The first steps in a fresh JVM otherwise pay for class loading and
 * the interpreter in the painters and in the software rasteriser. Once per JVM; stops early when told; off with
 * {@code -Dchronoscope.warmup=false} (the UI tests, which time their set-up).
 */
public final class Warmup {
    private static final int STEPS = 32;
    private static boolean done;

    private Warmup() {
    }

    /** Starts warming on the FX thread, one step per job, until the steps are done or stop says so. */
    public static void start(TimelineStyle style, BooleanSupplier stop) {
        if (done || stop.getAsBoolean() || "false".equals(System.getProperty("chronoscope.warmup"))) {
            return;
        }
        done = true;
        TimelineModel model = TimelineModel.of(events(3_000), actors(), LaneMode.SIDE);
        TimelinePainter painter = new TimelinePainter(style);
        Canvas canvas = new Canvas(1200, 420);
        WritableImage image = new WritableImage(1200, 420);
        SnapshotParameters params = new SnapshotParameters();
        TimeScale fit = TimeScale.fit(model.firstDay(), model.lastDay(), 1200, 24, model.compressedAxis());
        step(new TimeScale[]{fit}, 0, model, painter, canvas, image, params, stop);
    }

    private static void step(TimeScale[] scale, int i, TimelineModel model, TimelinePainter painter, Canvas canvas,
                             WritableImage image, SnapshotParameters params, BooleanSupplier stop) {
        if (i >= STEPS || stop.getAsBoolean()) {
            return;
        }
        Platform.runLater(() -> {
            TimeScale s = scale[0];
            scale[0] = i < STEPS / 3 ? s.zoomAround(900, 1 / 1.3, 1e-4, 1e4)
                    : i < 2 * STEPS / 3 ? s.panBy(40) : s.zoomAround(900, 1.3, 1e-4, 1e4);
            TimelineFrame frame = painter.layout(model, scale[0], 1200, 420);
            painter.paint(canvas.getGraphicsContext2D(), frame, TimelinePainter.Highlight.NONE, 0, 1200);
            canvas.snapshot(params, image);
            step(scale, i + 1, model, painter, canvas, image, params, stop);
        });
    }

    private static List<Actor> actors() {
        String[][] sides = {{"a", "#2b6cb0"}, {"b", "#c53030"}, {"c", "#d69e2e"}, {"d", "#2f855a"}};
        List<Actor> actors = new ArrayList<>();
        for (String[] s : sides) {
            actors.add(new Actor(s[0], "Side " + s[0], ActorKind.STATE, "", s[0], null, List.of(), s[1],
                    ActorOrigin.CATALOGUE));
        }
        return actors;
    }

    /** Days, ranges, months and deadlines over two years, busiest at the end, as a real corpus is. */
    private static List<TimelineEvent> events(int n) {
        LocalDate from = LocalDate.of(2020, 1, 1);
        List<TimelineEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int day = i % 3 == 0 ? (i * 7919) % 730 : 700 + (i * 31) % 30;
            LocalDate start = from.plusDays(day);
            Category category = Category.values()[i % Category.values().length];
            EventDate date = switch (i % 5) {
                case 0 -> new EventDate(start, start.plusDays(3), Precision.DAY, basis());
                case 1 -> new EventDate(start.withDayOfMonth(1), start.withDayOfMonth(1).plusMonths(1).minusDays(1),
                        Precision.MONTH, new DateBasis(BasisKind.APPROXIMATE, "", "w.txt", null, ""));
                default -> new EventDate(start, null, Precision.DAY, basis());
            };
            List<Passage> sources = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                sources.add(new Passage("w" + k + ".txt", 0, 1, "w"));
            }
            events.add(new TimelineEvent("w" + i, "Warm-up event number " + i, "", date, category,
                    List.of(String.valueOf((char) ('a' + i % 4))), List.of(), Set.of(), sources,
                    i % 7 == 0 ? Origin.EXTRACTED : Origin.CURATED, null));
        }
        events.sort(java.util.Comparator.comparing((TimelineEvent e) -> e.date().start())
                .thenComparing(TimelineEvent::id));
        return events;
    }

    private static DateBasis basis() {
        return new DateBasis(BasisKind.STATED, "", "w.txt", null, "");
    }
}
