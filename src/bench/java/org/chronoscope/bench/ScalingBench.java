package org.chronoscope.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chronoscope.load.ArticleReader;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.CorpusTimex;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;

/**
 * Whether loading stays linear: the whole load of a corpus folder ({@link CorpusLoader#load}, reading, parsing,
 * tagging, catalogue, extraction) in each {@link HostileShapes shape} at 1, 10 and 50 MB, as seconds of CPU per MB
 * (all the JVM's threads: on a shared machine wall-clock time says more about the neighbours than about the code;
 * both are printed). A linear stage gives about the same figure at every size. Each case runs in its own JVM (a
 * warm-up load of 1 MB of news first), so a case that hangs is stopped at the limit (seconds of CPU) and the
 * larger sizes of its shape are skipped.
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ScalingBench \
 *     [-Dexec.args="--sizes 1,10,50 --limit 60 --xmx 3g --shapes news,on-tuesday --stage load|timex"]
 * </pre>
 */
public final class ScalingBench {
    private ScalingBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--case")) {
            runCase(HostileShapes.valueOf(args[1]), Double.parseDouble(args[2]), args[3],
                    Integer.getInteger("limit", 60));
            return;
        }
        Map<String, String> options = options(args);
        double[] sizes = Arrays.stream(options.getOrDefault("sizes", "1,10,50").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        int limit = Integer.parseInt(options.getOrDefault("limit", "60"));
        String xmx = options.getOrDefault("xmx", "3g");
        String stage = options.getOrDefault("stage", "load");
        List<HostileShapes> shapes = options.containsKey("shapes")
                ? Arrays.stream(options.get("shapes").split(",")).map(ScalingBench::shape).toList()
                : List.of(HostileShapes.values());
        System.out.printf("%s, CPU seconds per MB, all threads (each case in a fresh JVM, -Xmx%s, "
                + "stopped after %d s of CPU)%n",
                stage.equals("timex") ? "date expressions of the article's paragraphs" : "whole load", xmx, limit);
        StringBuilder table = new StringBuilder("| shape |");
        for (double mb : sizes) {
            table.append(String.format(Locale.ROOT, " %s MB |", trim(mb)));
        }
        table.append("\n|---|").append("---|".repeat(sizes.length)).append('\n');
        for (HostileShapes shape : shapes) {
            table.append("| ").append(shape.id()).append(" |");
            boolean stopped = false;
            for (double mb : sizes) {
                String cell = stopped ? "skipped" : runChild(shape, mb, stage, limit, xmx);
                stopped = stopped || !cell.contains("s/MB");
                System.out.printf("%-20s %5s MB  %s%n", shape.id(), trim(mb), cell);
                table.append(' ').append(cell.contains("s/MB") ? cell.substring(0, cell.indexOf(" (")) : cell)
                        .append(" |");
            }
            table.append('\n');
        }
        System.out.println();
        System.out.print(table);
    }

    private static String runChild(HostileShapes shape, double mb, String stage, int limit, String xmx)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx" + xmx, "-Dlimit=" + limit,
                "-Dchronoscope.seeds=" + System.getProperty("chronoscope.seeds", "seeds"),
                "-cp", classPath(), ScalingBench.class.getName(), "--case", shape.name(), String.valueOf(mb),
                stage);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            } catch (IOException ignored) {
                // the process was stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!p.waitFor(limit + 300L, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return "> " + limit + " s (stopped)";
        }
        reader.join(5000);
        synchronized (lines) {
            for (String line : lines) {
                if (line.startsWith("RESULT ")) {
                    return line.substring(7);
                }
                if (line.startsWith("TIMEOUT")) {
                    return "> " + limit + " s (stopped)";
                }
            }
            String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
            return "failed (exit " + p.exitValue() + ": " + last.replace('|', '/') + ")";
        }
    }

    /**
     * In the child: a warm-up load of 1 MB of news, then the measured load of the shape; with stage
     * {@code timex}, only the tagging of the article's quotable paragraphs ({@link CorpusTimex}) is measured.
     */
    private static void runCase(HostileShapes shape, double mb, String stage, int limit) throws Exception {
        Path warm = Files.createTempDirectory("chronoscope-scaling-warm");
        Path folder = Files.createTempDirectory("chronoscope-scaling");
        try {
            HostileShapes.NEWS.writeTo(warm, 1_000_000);
            CorpusLoader.load(warm);
            shape.writeTo(folder, (long) (mb * 1_000_000));
            long bytes;
            try (Stream<Path> files = Files.list(folder)) {
                bytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            long[] t0 = new long[2];
            String[] result = new String[1];
            Thread load = new Thread(() -> {
                start(t0);
                result[0] = stage.equals("timex") ? timex(folder, t0) : summary(CorpusLoader.load(folder));
            });
            load.setDaemon(true);
            load.start();
            long deadline = System.nanoTime() + limit * 10_000_000_000L;
            while (load.isAlive()) {
                load.join(100);
                if (load.isAlive() && (processCpuNanos() - t0[1] > limit * 1_000_000_000L
                        || System.nanoTime() > deadline)) {
                    System.out.println("TIMEOUT");
                    System.out.flush();
                    Runtime.getRuntime().halt(3);
                }
            }
            if (result[0] == null) {
                System.out.println("failed (no result)");
                return;
            }
            double cpu = (cpuNanos[0] - t0[1]) / 1e9;
            double wall = (wallNanos[0] - t0[0]) / 1e9;
            double megabytes = bytes / 1e6;
            System.out.printf(Locale.ROOT, "RESULT %.3f s/MB (%.2f s of CPU, %.2f s wall, for %.1f MB; %s)%n",
                    cpu / megabytes, cpu, wall, megabytes, result[0]);
        } finally {
            delete(warm);
            delete(folder);
        }
    }

    private static final long[] cpuNanos = new long[1];
    private static final long[] wallNanos = new long[1];

    private static void stop() {
        cpuNanos[0] = processCpuNanos();
        wallNanos[0] = System.nanoTime();
    }

    /** Starts the clocks: t0[0] wall, t0[1] CPU of the whole process (the loader reads articles on a pool). */
    private static void start(long[] t0) {
        t0[0] = System.nanoTime();
        t0[1] = processCpuNanos();
    }

    /** CPU time of every thread of this JVM (loading, its pool, the garbage collector, the compiler). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String summary(Corpus c) {
        stop();
        return c.events().size() + " events, " + c.problems().size() + " problems";
    }

    /** Reads the article, then restarts the clocks and tags it. */
    private static String timex(Path folder, long[] t0) {
        try {
            Path file = folder.resolve("article.txt");
            Article a = ArticleReader.parse("article.txt", Files.readAllBytes(file), null, new ArrayList<>())
                    .orElseThrow();
            start(t0);
            int found = CorpusTimex.of(a, new TemporalTagger()).size();
            stop();
            return found + " expressions";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** The class path this runs with: Maven's exec:java gives it as the class loader's URLs. */
    private static String classPath() {
        if (ScalingBench.class.getClassLoader() instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> out = new ArrayList<>();
            for (URL u : urls.getURLs()) {
                try {
                    out.add(Path.of(u.toURI()).toString());
                } catch (URISyntaxException e) {
                    out.add(u.getPath());
                }
            }
            return String.join(File.pathSeparator, out);
        }
        return System.getProperty("java.class.path");
    }

    private static HostileShapes shape(String id) {
        return HostileShapes.valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }

    private static String trim(double mb) {
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.valueOf(mb);
    }
}
