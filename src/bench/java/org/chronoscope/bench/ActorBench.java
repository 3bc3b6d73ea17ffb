package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.ArticleReader;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.model.Article;

/**
 * Actor recognition speed on one core: articles of about 5 KB shuffled from the sentences of the seeds and of
 * the development set (many stories, many names), already read; each recognised on one thread, then joined into
 * corpus actors. Prints MB/s (UTF-8 bytes) at two corpus sizes, so a growth faster than the text shows.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ActorBench [-Dexec.args=32]</pre>
 */
public final class ActorBench {
    private ActorBench() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
        for (int size : new int[] {megabytes / 4, megabytes}) {
            List<Article> articles = articles(size * 1_000_000L);
            long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
            for (int round = 0; round < 2; round++) {
                recognise(recognizer, articles);
            }
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            int rounds = 3;
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int actors = 0;
            long mentions = 0;
            double joinMs = 0;
            for (int round = 0; round < rounds; round++) {
                List<ArticleActors> found = recognise(recognizer, articles);
                long j0 = System.nanoTime();
                CorpusActors corpus = CorpusActors.of(recognizer.catalogue(), found);
                joinMs += (System.nanoTime() - j0) / 1e6;
                actors = corpus.actors().size();
                mentions = corpus.mentions().size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9 / rounds;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 / rounds;
            double mb = bytes / 1e6;
            System.out.printf("%d articles, %.1f MB: %d actors, %d mentions; %.0f ms per pass (corpus join %.0f ms), "
                    + "%.1f MB/s wall clock, %.1f MB/s of CPU time, one thread%n", articles.size(), mb, actors,
                    mentions, seconds * 1000, joinMs / rounds, mb / seconds, mb / cpuSeconds);
        }
    }

    private static List<ArticleActors> recognise(ActorRecognizer recognizer, List<Article> articles) {
        List<ArticleActors> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            out.add(recognizer.recognise(a));
        }
        return out;
    }

    /** Articles of about 5 KB, each a shuffle of the seeds' and the dev set's sentences, read as the loader reads. */
    static List<Article> articles(long target) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src", "test", "resources", "devset"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (String s : Files.readString(p).split("(?<=[.!?])\\s+|\\n+")) {
                        if (s.strip().length() > 20 && !s.contains(": ")) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        Random random = new Random(42);
        List<Article> out = new ArrayList<>();
        long total = 0;
        while (total < target) {
            Collections.shuffle(sentences, random);
            StringBuilder sb = new StringBuilder();
            for (String s : sentences) {
                sb.append(s).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                if (sb.length() > 5_000) {
                    break;
                }
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            ArticleReader.parse("a" + out.size() + ".txt", bytes, null, new ArrayList<>()).ifPresent(out::add);
            total += sb.length();
        }
        return out;
    }
}
