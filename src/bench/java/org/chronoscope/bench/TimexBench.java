package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.timex.TemporalTagger;

/**
 * Tagging speed on one core: a synthetic corpus of articles built by shuffling the seeds' sentences,
 * tagged on one thread. Prints MB/s (UTF-8 bytes), expressions found, bytes allocated per MB of text and
 * the heap the tagger holds.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.TimexBench [-Dexec.args=64]</pre>
 */
public final class TimexBench {
    private TimexBench() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        List<String> articles = corpus(megabytes * 1_000_000L);
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        LocalDate[] anchors = {LocalDate.of(2025, 4, 25), LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 16),
            null, LocalDate.of(2025, 11, 20)};
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Runtime rt = Runtime.getRuntime();

        long heapBefore = usedHeap(rt);
        TemporalTagger tagger = new TemporalTagger();
        tagger.tag("warm.txt", "On Friday, last weekend, since 2014.", LocalDate.of(2025, 11, 28));
        long heapTagger = usedHeap(rt) - heapBefore; // the tagger with its static tables, before any corpus work
        long found = 0;
        for (int round = 0; round < 3; round++) { // warm-up
            found = run(tagger, articles, anchors);
        }
        int rounds = 5;
        long allocated = threads.getCurrentThreadAllocatedBytes();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            found = run(tagger, articles, anchors);
        }
        long nanos = System.nanoTime() - t0;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 / rounds;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        double mb = bytes / 1e6;
        double seconds = nanos / 1e9 / rounds;
        System.out.printf("corpus: %d articles, %.1f MB; %d expressions per pass%n", articles.size(), mb, found);
        System.out.printf("tagging, one thread: %.1f ms per pass, %.1f MB/s wall clock, %.1f MB/s of CPU time "
                + "(per core, whatever else the machine runs)%n", seconds * 1000, mb / seconds, mb / cpuSeconds);
        System.out.printf("allocated: %.0f KB per MB of text (results included); heap held by a tagger and its tables: %.2f MB%n",
                allocated / (double) rounds / mb / 1024, heapTagger / 1e6);
        String noDates = "the and of to a in is that for it with as was on be by this are " .repeat(200_000);
        int none = 0;
        for (int round = 0; round < 3; round++) { // warm-up
            none = tagger.tag("nodates.txt", noDates, LocalDate.of(2025, 1, 1)).size();
        }
        long t1 = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            none = tagger.tag("nodates.txt", noDates, LocalDate.of(2025, 1, 1)).size();
        }
        System.out.printf("text without dates (%.1f MB of function words): %.1f MB/s, %d found%n",
                noDates.length() / 1e6, noDates.length() / 1e6 * rounds / ((System.nanoTime() - t1) / 1e9), none);
    }

    private static long usedHeap(Runtime rt) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long run(TemporalTagger tagger, List<String> articles, LocalDate[] anchors) {
        long found = 0;
        for (int i = 0; i < articles.size(); i++) {
            String a = articles.get(i);
            found += tagger.tag("a" + i + ".txt", a, 0, a.length(), anchors[i % anchors.length]).size();
        }
        return found;
    }

    /** Articles of about 5 KB, each a shuffle of the seeds' sentences, up to {@code target} characters. */
    static List<String> corpus(long target) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(p).split("(?<=[.!?])\\s+|\\n+")) {
                    if (s.strip().length() > 20) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        Random random = new Random(42);
        List<String> articles = new ArrayList<>();
        long total = 0;
        while (total < target) {
            Collections.shuffle(sentences, random);
            StringBuilder sb = new StringBuilder();
            for (String s : sentences) {
                sb.append(s).append(random.nextInt(5) == 0 ? "\n\n" : " ");
                if (sb.length() > 5_000) {
                    break;
                }
            }
            articles.add(sb.toString());
            total += sb.length();
        }
        return articles;
    }
}
