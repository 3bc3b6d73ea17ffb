package org.chronoscope.bench;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.render.TimelinePainter;
import org.chronoscope.render.TimelineStyle;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Rendering benchmark on synthetic models of 1,000, 10,000 and 100,000 events: one full frame (layout + draw
 * calls) at fit-all and at a one-week zoom, and per step for zoom and pan; "raster" adds Prism's software
 * rasterisation of the canvas (forced by a snapshot, minus the snapshot of an untouched canvas).
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.RenderBench}
 */
public final class RenderBench {
    private static final double W = 1600;
    private static final double H = 700;
    private static final int WARMUP = 30;
    private static final int RUNS = 60;

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[]{1_000, 10_000, 100_000};
        System.out.printf("%-8s %-22s %10s %10s%n", "events", "case", "median ms", "max ms");
        for (int n : sizes) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    run(n);
                } catch (Throwable t) {
                    failure.set(t);
                } finally {
                    done.countDown();
                }
            });
            done.await();
            if (failure.get() != null) {
                throw new RuntimeException(failure.get());
            }
        }
        Platform.exit();
    }

    private static void run(int n) {
        Corpus corpus = SyntheticModel.corpus(n, 42);
        TimelineModel model = null;
        double buildMs = 0;
        for (int i = 0; i < 3; i++) { // the last of three builds: what a filter change costs once warm
            long t0 = System.nanoTime();
            model = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.SIDE);
            buildMs = (System.nanoTime() - t0) / 1e6;
        }
        Canvas canvas = new Canvas(W, H);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        TimelinePainter painter = new TimelinePainter(TimelineStyle.light());
        TimeScale fit = TimeScale.fit(model.firstDay(), model.lastDay(), W, 24, 100, AxisWarp.NONE);
        double weekEnd = model.lastDay() - 3;
        TimeScale week = TimeScale.fit(weekEnd - 7, weekEnd, W, 0, AxisWarp.NONE);
        print(n, "model build (filter)", new double[]{buildMs});
        print(n, "frame fit-all", frames(painter, gc, model, fit, UnaryOperator.identity()));
        print(n, "frame one week", frames(painter, gc, model, week, UnaryOperator.identity()));
        int[] step = {0};
        double minDpp = 1 / W;
        double maxDpp = fit.daysPerPixel();
        print(n, "zoom step (x1.15)", frames(painter, gc, model, fit, s -> {
            boolean in = (step[0]++ / 30) % 2 == 0; // 30 steps in, 30 out, between one day and fit-all
            return s.zoomAround(W * 0.8, in ? 1 / 1.15 : 1.15, minDpp, maxDpp);
        }));
        print(n, "pan step (40 px)", frames(painter, gc, model, fit.zoomAround(W / 2, 0.1, 1e-6, 1e6),
                s -> s.panBy(40)));
        print(n, "raster fit-all", raster(painter, canvas, model, fit));
        print(n, "raster one week", raster(painter, canvas, model, week));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-8d %-22s %10.0f MB (heap used with the model and canvas)%n", n, "memory",
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
        canvas.hashCode();
        model.hashCode();
    }

    private static double[] frames(TimelinePainter painter, GraphicsContext gc, TimelineModel model, TimeScale start,
                                   UnaryOperator<TimeScale> step) {
        double[] ms = new double[RUNS];
        TimeScale s = start;
        for (int i = -WARMUP; i < RUNS; i++) {
            s = step.apply(s);
            long t = System.nanoTime();
            TimelineFrame f = painter.layout(model, s, W, H);
            painter.paint(gc, f, TimelinePainter.Highlight.NONE, 0, W);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            if (i % 10 == 0) {
                gc.clearRect(0, 0, W, H); // let the canvas drop its command buffer now and then
            }
        }
        return ms;
    }

    /** Paint + rasterise (snapshot), minus a snapshot of an untouched canvas of the same size. */
    private static double[] raster(TimelinePainter painter, Canvas canvas, TimelineModel model, TimeScale s) {
        SnapshotParameters params = new SnapshotParameters();
        WritableImage img = new WritableImage((int) W, (int) H);
        Canvas blank = new Canvas(W, H);
        double[] base = new double[RUNS];
        double[] ms = new double[RUNS];
        for (int i = -WARMUP / 2; i < RUNS; i++) {
            long t = System.nanoTime();
            blank.snapshot(params, img);
            double b = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            TimelineFrame f = painter.layout(model, s, W, H);
            painter.paint(canvas.getGraphicsContext2D(), f, TimelinePainter.Highlight.NONE, 0, W);
            canvas.snapshot(params, img);
            double full = (System.nanoTime() - t) / 1e6;
            if (i >= 0) {
                base[i] = b;
                ms[i] = full;
            }
        }
        double baseMedian = median(base);
        for (int i = 0; i < ms.length; i++) {
            ms[i] = Math.max(0, ms[i] - baseMedian);
        }
        return ms;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    private static void print(int n, String what, double[] ms) {
        double max = Arrays.stream(ms).max().orElse(0);
        System.out.printf("%-8d %-22s %10.2f %10.2f%n", n, what, median(ms), max);
    }
}
