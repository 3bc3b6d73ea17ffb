package org.chronoscope.bench;

import org.chronoscope.app.export.AtomicFileSink;
import org.chronoscope.model.EventQuery;
import org.chronoscope.export.ExportOptions;
import org.chronoscope.export.FxRuntime;
import org.chronoscope.export.PngExport;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.testing.SyntheticModel;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export time and peak heap for 1×, 2×, 4,000-px and 8,000-px exports of the seeds and of a 10,000-event synthetic
 * model. Goals: 4,000 px of the seeds under 1 s warm; 8,000 px under 512 MB heap. Run with
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ExportBench [-Dexec.args="OUTDIR [seeds|synthetic]"]};
 * PNGs are written to OUTDIR (default: a temporary folder).
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        FxRuntime.ensureStarted(true);
        Path out = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("export-bench");
        List<Object[]> corpora = new ArrayList<>();
        String which = args.length > 1 ? args[1] : "all";
        Corpus seeds = which.equals("synthetic") ? null : Seeds.load();
        if (seeds != null) {
            corpora.add(new Object[]{"seeds", seeds});
        }
        if (!which.equals("seeds")) {
            corpora.add(new Object[]{"synthetic-10k", SyntheticModel.corpus(10_000, 42)});
        }
        System.out.printf(Locale.ROOT, "%-14s %-8s %12s %9s %9s %9s %9s %10s%n", "corpus", "size", "pixels", "layout", "render",
                "encode", "total", "peak heap");
        for (Object[] c : corpora) {
            Corpus corpus = (Corpus) c[1];
            AnnotationDocument notes = twoNotes(corpus);
            String[][] sizes = {{"1x", "2400", "1"}, {"2x", "1200", "2"}, {"4000px", "4000", "1"},
                {"8000px", "8000", "1"}};
            for (String[] s : sizes) {
                ExportOptions options = ExportOptions.defaults().withSize(Double.parseDouble(s[1]),
                        Double.parseDouble(s[2]));
                Path file = out.resolve(c[0] + "-" + s[0] + ".png");
                PngExport.export(corpus, EventQuery.ALL, notes, options, file, AtomicFileSink.INSTANCE); // warm-up
                long best = Long.MAX_VALUE;
                PngExport.Result r = null;
                resetPeaks();
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    r = PngExport.export(corpus, EventQuery.ALL, notes, options, file, AtomicFileSink.INSTANCE);
                    best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
                }
                System.out.printf(Locale.ROOT, "%-14s %-8s %12s %6d ms %6d ms %6d ms %6d ms %7d MB%n", c[0], s[0],
                        r.width() + "×" + r.height(), r.layoutMillis(), r.renderMillis(), r.encodeMillis(), best, peakHeapMb());
                System.out.flush();
            }
        }
        System.out.println("PNGs in " + out);
        System.exit(0);
    }

    static AnnotationDocument twoNotes(Corpus corpus) {
        List<TimelineEvent> dated = corpus.events().stream().filter(e -> e.date().isResolved()).toList();
        TimelineEvent a = dated.get(dated.size() - 3);
        TimelineEvent b = dated.get(dated.size() / 2);
        return AnnotationDocument.EMPTY
                .withNote(Annotation.create(AnnotationAnchor.event(a.id()), "Note on " + a.title(), "#e03131"))
                .withNote(Annotation.create(AnnotationAnchor.event(b.id()), "Second note\nover two lines", "#1c7ed6"))
                .withStar(a.id(), true);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset: an upper bound of the live peak. */
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
