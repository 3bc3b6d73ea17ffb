package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.chronoscope.load.ArticleFiles;
import org.chronoscope.load.Topics;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.ArticleExtractor;
import org.chronoscope.load.extract.EventExtractor;
import org.chronoscope.model.Article;

/**
 * Where a load's time goes, stage by stage, on one thread, in CPU time (so a busy machine does not blur it):
 * reading and parsing the files, recognising actors, the per-article extraction stage, the corpus's actors, and
 * the corpus extraction stage (matching and merging). Three rounds; the last is reported.
 * <pre>
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.chronoscope.bench.LoadStagesBench \
 *      [FOLDER (a new archive of 10,000 articles)]
 * </pre>
 */
public final class LoadStagesBench {
    private LoadStagesBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("chronoscope-stages");
        if (args.length == 0) {
            ArchiveBench.build(ArchiveBench.SOURCES, folder, 10_000, new Random(42));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            List<Article> articles = new ArrayList<>();
            for (Path f : files) {
                ArticleFiles.read(f, null, new ArrayList<>()).ifPresent(articles::add);
            }
            long t1 = threads.getCurrentThreadCpuTime();
            ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
            List<ArticleActors> found = new ArrayList<>();
            for (Article a : articles) {
                found.add(recognizer.recognise(a));
            }
            long t2 = threads.getCurrentThreadCpuTime();
            ArticleExtractor extractor = new ArticleExtractor(Topics.bundled());
            List<ArticleEvents> candidates = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                candidates.add(extractor.extract(articles.get(i), found.get(i)));
            }
            long t3 = threads.getCurrentThreadCpuTime();
            CorpusActors actors = CorpusActors.of(recognizer.catalogue(), found);
            long t4 = threads.getCurrentThreadCpuTime();
            EventExtractor.Result r = EventExtractor.corpus(candidates, List.of(), actors);
            long t5 = threads.getCurrentThreadCpuTime();
            long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
            int n = candidates.stream().mapToInt(a -> a.candidates().size()).sum();
            System.out.printf(Locale.ROOT, "round %d: %d articles, %.1f M chars, %d candidates, %d events; CPU s: read %.2f,"
                    + " actors %.2f, per-article extraction %.2f, corpus actors %.2f, corpus extraction %.2f;"
                    + " extraction %.1f MB/s per core%n", round, articles.size(), chars / 1e6, n, r.extracted().size(),
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9,
                    chars / 1e6 / ((t3 - t2 + t5 - t4) / 1e9));
        }
    }
}
