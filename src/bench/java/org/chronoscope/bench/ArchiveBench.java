package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;

/**
 * A 10,000-article archive: built from the paragraphs of real articles (the development set and the seeds), then
 * loaded, extracted and merged the way the window loads it. Prints the first (cold) load and the median of the
 * warm ones, the events, and the heap's peak.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.chronoscope.bench.ArchiveBench \
 *      [ARTICLES (10000)] [FOLDER (a new temporary one)]
 * </pre>
 * An existing folder is loaded as it is (build it once, time it many times).
 */
public final class ArchiveBench {
    /** Real articles the archive is built from: the seeds and, once it exists, the development set. */
    static final List<Path> SOURCES = List.of(Path.of("seeds"), Path.of("src/test/resources/devset"));

    private ArchiveBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("chronoscope-archive");
        if (!Files.isDirectory(folder) || isEmpty(folder)) {
            Files.createDirectories(folder);
            build(SOURCES, folder, count, new Random(42));
        }
        long bytes;
        long files;
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> all = s.toList();
            files = all.size();
            bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "archive %s: %d files, %.1f MB; %d processors, max heap %d MB%n", folder,
                files, bytes / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        resetPeaks();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        Corpus c = CorpusLoader.load(folder);
        double cold = (System.nanoTime() - t0) / 1e9;
        double coldCpu = (processCpuNanos() - cpu0) / 1e9;
        long extracted = c.events().stream().filter(e -> e.origin() == Origin.EXTRACTED).count();
        long sources = c.events().stream().mapToLong(e -> e.sources().size()).sum();
        System.out.printf(Locale.ROOT, "cold load: %.2f s, %.2f s of CPU; %d events (%d extracted), %d passages, %d"
                + " problems; heap peak %.0f MB%n", cold, coldCpu, c.events().size(), extracted, sources,
                c.problems().size(), peakHeap() / 1e6);
        c = null;
        int runs = 3;
        double[] warm = new double[runs];
        double[] warmCpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            c = null;
            long t = System.nanoTime();
            long cpu = processCpuNanos();
            c = CorpusLoader.load(folder);
            warm[i] = (System.nanoTime() - t) / 1e9;
            warmCpu[i] = (processCpuNanos() - cpu) / 1e9;
        }
        java.util.Arrays.sort(warm);
        java.util.Arrays.sort(warmCpu);
        System.out.printf(Locale.ROOT, "warm loads: median %.2f s (min %.2f, max %.2f); CPU median %.2f s (%.2f s"
                + " a core on %d cores); heap peak %.0f MB; %.1f MB/s wall, %.1f MB/s of CPU%n", warm[runs / 2],
                warm[0], warm[runs - 1], warmCpu[runs / 2], warmCpu[runs / 2] / Runtime.getRuntime()
                .availableProcessors(), Runtime.getRuntime().availableProcessors(), peakHeap() / 1e6,
                bytes / 1e6 / warm[runs / 2], bytes / 1e6 / warmCpu[runs / 2]);
    }

    /** CPU time of every thread of this JVM (the loader's pool, the garbage collector, the compiler). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Copies the source articles, then makes articles of 0.6–2.4 KB from their paragraphs, each under a title and a
     * publication date in 2024–2025 (a relative date in a borrowed paragraph lands on another day, as in an
     * archive of many stories). Returns the number of articles.
     */
    static int build(List<Path> sources, Path target, int count, Random random) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        int copied = 0;
        for (Path source : sources) {
            if (!Files.isDirectory(source)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(source)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean article = name.endsWith(".txt") || name.endsWith(".md");
                if (article || source.endsWith("seeds")) {
                    Files.copy(f, target.resolve(name));
                }
                if (article) {
                    copied++;
                    for (String p : Files.readString(f).split("\\n\\s*\\n|\\n")) {
                        if (p.strip().length() > 60 && !p.contains(": ") || p.strip().length() > 200) {
                            paragraphs.add(p.strip());
                        }
                    }
                }
            }
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int i = copied; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            sb.append("title: Archive article ").append(i).append('\n');
            sb.append("published: ").append(first.plusDays(random.nextInt(730))).append("\n\n");
            int size = 600 + random.nextInt(1800);
            while (sb.length() < size) {
                sb.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            Files.writeString(target.resolve(String.format(Locale.ROOT, "arc_%05d.txt", i)), sb,
                    StandardCharsets.UTF_8);
        }
        return count;
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
