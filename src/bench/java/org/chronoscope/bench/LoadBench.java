package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;

/**
 * Load benchmark: the seeds, and a synthetic corpus of 1,000 articles built from them.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.LoadBench}
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of("seeds");
        report("seeds (5 articles)", seeds, 30, 100);
        Path synthetic = Files.createTempDirectory("chronoscope-bench");
        int articles = buildSynthetic(seeds, synthetic, 1000);
        report("synthetic (" + articles + " articles)", synthetic, 3, 10);
    }

    private static void report(String name, Path folder, int warmup, int runs) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.list(folder)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        Corpus last = null;
        for (int i = 0; i < warmup; i++) {
            last = CorpusLoader.load(folder);
        }
        resetPeaks();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = CorpusLoader.load(folder);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.gc();
        long retained = heapUsed();
        System.out.printf("%-28s %6.1f MB  median %8.2f ms  max %8.2f ms  %7.1f MB/s  events %d  problems %d"
                        + "  heap retained %5.1f MB  peak %5.1f MB%n",
                name, bytes / 1e6, median, ms[runs - 1], bytes / 1e6 / (median / 1000), last.events().size(),
                last.problems().size(), retained / 1e6, peakHeap() / 1e6);
    }

    /** Seeds plus their metadata, and generated articles: seed paragraphs shuffled under a dated header. */
    static int buildSynthetic(Path seeds, Path target, int count) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            Files.copy(f, target.resolve(f.getFileName()));
            if (f.toString().endsWith(".txt")) {
                for (String p : Files.readString(f).split("\\n\\s*\\n|\\n")) {
                    if (p.strip().length() > 80) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        Random random = new Random(42);
        int seedCount = (int) files.stream().filter(f -> f.toString().endsWith(".txt")).count();
        for (int i = seedCount; i < count; i++) {
            Collections.shuffle(paragraphs, random);
            StringBuilder sb = new StringBuilder();
            sb.append("title: Synthetic article ").append(i).append('\n');
            sb.append("published: 2025-").append(String.format("%02d-%02d", 1 + random.nextInt(12),
                    1 + random.nextInt(28))).append("\n\n");
            for (int k = 0; k < 12; k++) {
                sb.append(paragraphs.get(k)).append("\n\n");
            }
            Files.writeString(target.resolve(String.format("syn_%04d.txt", i)), sb, StandardCharsets.UTF_8);
        }
        return count;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
