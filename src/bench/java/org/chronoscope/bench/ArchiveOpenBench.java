package org.chronoscope.bench;

import org.chronoscope.load.ArticleCache;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How fast an archive opens: a synthetic corpus of 10,000 articles (made once in the folder given), loaded in a
 * fresh JVM each time, as a user opening it would: the first open, a reopen of the unchanged folder, and a reopen
 * after one article changed, the cache of what was read per article ({@link ArticleCache}) emptied before the first
 * open. Prints the load's own time, wall clock and CPU time of the process (all threads; the figure to read on a
 * shared machine), and the JVM's whole run.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ArchiveOpenBench
 * -Dexec.args="/tmp/archive-10k [articles]"}
 */
public final class ArchiveOpenBench {
    /** The cache of the runs, emptied before the first open. */
    private static final Path CACHE = Path.of(System.getProperty("java.io.tmpdir"), "chronoscope-archive-bench-cache");

    private ArchiveOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/archive-10k");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (!Files.isDirectory(dir) || count(dir) < articles) {
            Files.createDirectories(dir);
            LoadBench.buildSynthetic(Path.of("seeds"), dir, articles);
        }
        System.out.printf(Locale.ROOT, "%d articles in %s, cache in %s%n", count(dir), dir, CACHE);
        deleteCache();
        run("first open", dir);
        run("reopen, unchanged", dir);
        run("reopen, unchanged", dir);
        Path changed = articleFiles(dir).get(100);
        Files.writeString(changed, Files.readString(changed) + "\nOn Monday, officials met again in Geneva.\n");
        run("reopen, one file changed", dir);
        run("reopen, unchanged", dir);
    }

    private static void deleteCache() throws IOException {
        if (Files.isDirectory(CACHE)) {
            try (Stream<Path> files = Files.walk(CACHE)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The folder's .txt articles by name (the synthetic ones or those ArchiveBench made). */
    private static List<Path> articleFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).count();
        }
    }

    private static void run(String what, Path dir) throws Exception {
        List<String> cmd = ChildJvm.command(List.of("-D" + ArticleCache.PROPERTY + "=" + CACHE),
                ArchiveOpenBench.class, "--child", dir.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String line;
        String result = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            while ((line = r.readLine()) != null) {
                if (line.startsWith("load ")) {
                    result = line;
                }
            }
        }
        p.waitFor();
        System.out.printf(Locale.ROOT, "%-26s %s, whole run %6.0f ms%n", what, result,
                (System.nanoTime() - t0) / 1e6);
    }

    private static void child(Path dir) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Corpus c = CorpusLoader.load(dir);
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        System.out.printf(Locale.ROOT, "load %7.0f ms wall, %7.0f ms CPU (%d articles, %d events)%n", ms, cpuMs,
                c.articles().size(), c.events().size());
    }


    /** CPU time of the whole process, all threads (the load is parallel); robust on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
