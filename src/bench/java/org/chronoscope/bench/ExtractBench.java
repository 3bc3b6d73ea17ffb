package org.chronoscope.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.Topics;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.ArticleExtractor;
import org.chronoscope.load.extract.EventExtractor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;

/**
 * Extraction speed on one core, on articles already read and their actors already recognised: the per-article
 * stage (tagging every sentence, not-event rules, headlines, terms) and the corpus stage (catalogue matching and
 * merging), timed apart and together. Prints MB/s of text (characters counted as bytes) per core.
 *
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ExtractBench [-Dexec.args="1000 seeds"]</pre>
 * The first argument is the number of articles; "seeds" builds them from the seeds alone (the figure of earlier
 * rounds), otherwise from the seeds and the development set ({@link ArchiveBench#build}).
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        boolean seedsOnly = args.length > 1 && args[1].equals("seeds");
        Path folder = Files.createTempDirectory("chronoscope-extract-bench");
        if (seedsOnly) {
            LoadBench.buildSynthetic(Path.of("seeds"), folder, count);
        } else {
            ArchiveBench.build(ArchiveBench.SOURCES, folder, count, new Random(42));
        }
        Corpus corpus = CorpusLoader.load(folder);
        List<Article> articles = corpus.articles();
        List<TimelineEvent> curated = new ArrayList<>();
        corpus.events().stream().filter(e -> e.origin() == Origin.CURATED).forEach(curated::add);
        ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
        List<ArticleActors> found = articles.stream().map(recognizer::recognise).toList();
        CorpusActors actors = CorpusActors.of(recognizer.catalogue(), found);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        ArticleExtractor extractor = new ArticleExtractor(Topics.bundled());
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int runs = 15;
        double[] stage1 = new double[runs];
        double[] corpusStage = new double[runs];
        double[] cpu = new double[runs];
        int events = 0;
        int candidates = 0;
        for (int i = -5; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<ArticleEvents> perArticle = new ArrayList<>(articles.size());
            for (int k = 0; k < articles.size(); k++) {
                perArticle.add(extractor.extract(articles.get(k), found.get(k)));
            }
            long t1 = System.nanoTime();
            EventExtractor.Result r = EventExtractor.corpus(perArticle, curated, actors);
            long t2 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            events = r.extracted().size();
            candidates = perArticle.stream().mapToInt(a -> a.candidates().size()).sum();
            if (i >= 0) {
                stage1[i] = (t1 - t0) / 1e6;
                corpusStage[i] = (t2 - t1) / 1e6;
                cpu[i] = (c1 - c0) / 1e6;
            }
        }
        Arrays.sort(stage1);
        Arrays.sort(corpusStage);
        Arrays.sort(cpu);
        double a = stage1[runs / 2];
        double b = corpusStage[runs / 2];
        double c = cpu[runs / 2];
        System.out.printf(Locale.ROOT, "extraction: %d articles, %.1f M chars, %d candidates, %d extracted events%n",
                articles.size(), chars / 1e6, candidates, events);
        System.out.printf(Locale.ROOT, "per-article stage %.1f ms, corpus stage %.1f ms (medians of %d, one thread);"
                + " together %.1f MB/s wall clock, %.1f MB/s of CPU time%n", a, b, runs,
                chars / 1e6 / ((a + b) / 1000), chars / 1e6 / (c / 1000));
    }
}
