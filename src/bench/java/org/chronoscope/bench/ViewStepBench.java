package org.chronoscope.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.view.timeline.TimelineView;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drives the real {@link TimelineView} (in a Stage, Prism's software pipeline, headless Monocle) through zoom and
 * pan steps and reports, per step, the FX thread's frame (layout + draw calls) and frame + raster (the scene
 * rendered, forced by a snapshot, minus the snapshot of an unchanged scene). Each size runs in a fresh JVM, so
 * "cold" is what a user's first steps cost and "warm" what later ones do.
 *
 * <p>The sequence: 45 zoom-in steps (×1.15, around 80 % of the width, down past single days), 30 pan steps of
 * 40 px at that zoom, 45 zoom-out steps back to the whole corpus, 30 pan steps of 40 px there. Cold is the first
 * pass, warm the passes after {@value #WARM_PASSES} more.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ViewStepBench
 * [-Dexec.args="1000 10000 100000"]}
 */
public final class ViewStepBench {
    private static final double W = 1600;
    private static final double H = 744;
    private static final int WARM_PASSES = 4;
    private static final int ZOOM_STEPS = 45;
    private static final int PAN_STEPS = 30;

    private ViewStepBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Integer.parseInt(args[1]));
            return;
        }
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[]{1_000, 10_000, 100_000};
        System.out.println("milliseconds per step: median / 90th percentile / max; frame = FX thread, "
                + "+raster = frame and software rasterisation (wall clock), cpu = CPU time of the FX and render "
                + "threads for both");
        for (int n : sizes) {
            List<String> cmd = ChildJvm.command(ViewStepBench.class, "--child", String.valueOf(n));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                r.lines().filter(l -> !l.startsWith("WARNING") && !l.contains("PlatformImpl")).forEach(System.out::println);
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("child for " + n + " events failed");
            }
        }
    }


    private static void child(int n) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Corpus corpus = SyntheticModel.corpus(n, 42);
        CompletableFuture<String> report = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                report.complete(new Run(corpus).report(n));
            } catch (Throwable t) {
                report.completeExceptionally(t);
            }
        });
        System.out.print(report.get());
        Platform.exit();
        System.exit(0);
    }

    /** One window with a timeline, stepped on the FX thread. */
    private static final class Run {
        private final Corpus corpus;
        private final TimelineView view = new TimelineView();
        private final Scene scene;
        private final WritableImage image = new WritableImage((int) W, (int) H);
        private final SnapshotParameters params = new SnapshotParameters();
        private double baseline;

        Run(Corpus corpus) {
            this.corpus = corpus;
            scene = new Scene(view, W, H);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        }

        String report(int n) {
            StringBuilder out = new StringBuilder();
            double[] firstFrame = time(() -> {
                view.getActors().setAll(corpus.actors());
                view.getEvents().setAll(corpus.events());
            });
            baseline = baseline();
            List<double[]> coldZoom = new ArrayList<>();
            List<double[]> coldPan = new ArrayList<>();
            pass(coldZoom, coldPan);
            List<double[]> warmZoom = new ArrayList<>();
            List<double[]> warmPan = new ArrayList<>();
            for (int i = 0; i < WARM_PASSES; i++) {
                warmZoom.clear();
                warmPan.clear();
                pass(warmZoom, warmPan);
            }
            List<double[]> warmFit = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                view.zoomAround(W * 0.8, 0.3);
                view.layout();
                warmFit.add(time(view::fitAll));
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double heap = (rt.totalMemory() - rt.freeMemory()) / 1e6;
            String label = String.format(Locale.ROOT, "%,d events", n);
            out.append(String.format(Locale.ROOT, "%-16s %-26s %8.1f ms, +raster %8.1f ms, cpu %8.1f ms%n", label,
                    "fit-all, first frame", firstFrame[0], firstFrame[1] - baseline, firstFrame[2] - cpuBaseline));
            row(out, label, "fit-all, warm", warmFit);
            out.append(String.format(Locale.ROOT, "%-16s %-26s %s%n", label, "zoom, first 5 steps, cpu",
                    first(coldZoom, 5)));
            row(out, label, "zoom step, cold pass", coldZoom);
            row(out, label, "zoom step, warm", warmZoom);
            out.append(String.format(Locale.ROOT, "%-16s %-26s %s%n", label, "pan, first 5 steps, cpu",
                    first(coldPan, 5)));
            row(out, label, "pan step, cold pass", coldPan);
            row(out, label, "pan step, warm", warmPan);
            out.append(String.format(Locale.ROOT, "%-16s %-26s %8.0f MB (heap used after GC)%n", label, "heap",
                    heap));
            return out.toString();
        }

        private void pass(List<double[]> zooms, List<double[]> pans) {
            view.fitAll();
            view.layout();
            for (int i = 0; i < ZOOM_STEPS; i++) {
                zooms.add(time(() -> view.zoomAround(W * 0.8, 1 / 1.15)));
            }
            for (int i = 0; i < PAN_STEPS; i++) {
                pans.add(time(() -> view.panBy(40)));
            }
            for (int i = 0; i < ZOOM_STEPS; i++) {
                zooms.add(time(() -> view.zoomAround(W * 0.8, 1.15)));
            }
            for (int i = 0; i < PAN_STEPS; i++) {
                double dx = i % 2 == 0 ? 40 : -40;
                pans.add(time(() -> view.panBy(dx)));
            }
        }

        /**
         * {frame, frame + raster, CPU of both} in ms for one step: the change, a layout pass, then the scene
         * rendered. The CPU time (of the FX thread and the render thread) does not count waiting for a processor,
         * so it holds on a shared machine where the wall-clock times swing.
         */
        private double[] time(Runnable step) {
            long c0 = cpu();
            long t0 = System.nanoTime();
            step.run();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long t1 = System.nanoTime();
            scene.snapshot(image);
            long t2 = System.nanoTime();
            return new double[]{(t1 - t0) / 1e6, (t2 - t0) / 1e6, (cpu() - c0) / 1e6};
        }

        private long renderThread = -1;

        /** CPU time of the FX thread and of Prism's render thread, in ns. */
        private long cpu() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            if (renderThread < 0) {
                renderThread = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId)
                        .findFirst().orElse(0);
            }
            long render = renderThread > 0 ? Math.max(0, mx.getThreadCpuTime(renderThread)) : 0;
            return mx.getCurrentThreadCpuTime() + render;
        }

        private double cpuBaseline;

        /** A snapshot of an unchanged scene: copying the picture out, which a screen does not do. */
        private double baseline() {
            double[] ms = new double[15];
            double[] cpu = new double[15];
            for (int i = 0; i < ms.length; i++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                scene.snapshot(image);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (cpu() - c0) / 1e6;
            }
            cpuBaseline = median(cpu);
            return median(ms);
        }

        private void row(StringBuilder out, String label, String what, List<double[]> steps) {
            double[] frame = steps.stream().mapToDouble(s -> s[0]).toArray();
            double[] raster = steps.stream().mapToDouble(s -> Math.max(0, s[1] - baseline)).toArray();
            double[] cpu = steps.stream().mapToDouble(s -> Math.max(0, s[2] - cpuBaseline)).toArray();
            out.append(String.format(Locale.ROOT, "%-16s %-26s frame %s   +raster %s   cpu %s%n", label, what,
                    stats(frame), stats(raster), stats(cpu)));
        }

        private String first(List<double[]> steps, int k) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < Math.min(k, steps.size()); i++) {
                sb.append(String.format(Locale.ROOT, "%7.1f", Math.max(0, steps.get(i)[2] - cpuBaseline)));
            }
            return sb.toString();
        }
    }

    private static String stats(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return String.format(Locale.ROOT, "%6.1f / %6.1f / %6.1f", c[c.length / 2], c[(int) (c.length * 0.9)],
                c[c.length - 1]);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
