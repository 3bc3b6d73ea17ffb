package org.chronoscope.bench;

import org.chronoscope.app.export.AtomicFileSink;
import org.chronoscope.model.EventQuery;
import org.chronoscope.export.ExportOptions;
import org.chronoscope.export.FxRuntime;
import org.chronoscope.export.PngExport;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.layout.LabelPolicy;
import org.chronoscope.testing.SyntheticModel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The export of a big corpus: 35,000 synthetic events at 1,600 px, in a JVM limited to 512 MB of heap. Goals: a
 * picture no taller than about 3,000 px, in under 5 s. Prints the first (cold) and best of three more exports, for
 * every label policy; the first also in CPU time of the process.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.BigExportBench
 * [-Dexec.args="OUTDIR EVENTS"]}; PNGs are written to OUTDIR.
 */
public final class BigExportBench {
    private BigExportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/big-export");
        String events = args.length > 1 ? args[1] : "35000";
        if (args.length > 2 && args[2].equals("--child")) {
            child(out, Integer.parseInt(events));
            return;
        }
        Process p = new ProcessBuilder(ChildJvm.command(List.of("-Xmx512m"), BigExportBench.class, out.toString(),
                events, "--child")).redirectErrorStream(true).inheritIO().start();
        System.exit(p.waitFor());
    }

    private static void child(Path out, int events) throws Exception {
        FxRuntime.ensureStarted(true);
        Files.createDirectories(out);
        Corpus corpus = SyntheticModel.corpus(events, 42);
        AnnotationDocument notes = ExportBench.twoNotes(corpus);
        System.out.printf(Locale.ROOT, "%,d events, -Xmx%d MB%n", corpus.events().size(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-8s %12s %10s %12s %10s %10s %10s%n", "labels", "pixels", "first",
                "first CPU", "best", "layout", "peak heap");
        for (LabelPolicy labels : LabelPolicy.values()) {
            ExportOptions options = ExportOptions.defaults().withSize(1600, 1).withLabels(labels);
            Path file = out.resolve("synthetic-" + events + "-" + labels.word() + ".png");
            resetPeaks();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            PngExport.Result r = PngExport.export(corpus, EventQuery.ALL, notes, options, file, AtomicFileSink.INSTANCE);
            long first = (System.nanoTime() - t0) / 1_000_000;
            long firstCpu = (processCpuNanos() - cpu0) / 1_000_000;
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                t0 = System.nanoTime();
                r = PngExport.export(corpus, EventQuery.ALL, notes, options, file, AtomicFileSink.INSTANCE);
                best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            }
            System.out.printf(Locale.ROOT, "%-8s %12s %7d ms %9d ms %7d ms %7d ms %7d MB%n", labels.word(),
                    r.width() + "×" + r.height(), first, firstCpu, best, r.layoutMillis(), peakHeapMb());
        }
        System.out.println("PNGs in " + out);
        System.exit(0);
    }

    /** CPU time of the whole process (all threads, JIT and GC included): robust on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
