package org.chronoscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.extract.EventExtractor;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;

/**
 * Event building: tagging every sentence and turning the dated ones into events (or further sources of curated
 * ones), on articles already read, one thread. Synthetic corpus of 1,000 articles built from the seeds.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.ExtractBench}
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("chronoscope-extract-bench");
        LoadBench.buildSynthetic(Path.of("seeds"), folder, 1000);
        Corpus corpus = CorpusLoader.load(folder);
        List<Article> articles = corpus.articles();
        List<TimelineEvent> curated = new ArrayList<>();
        corpus.events().stream().filter(e -> e.origin() == Origin.CURATED).forEach(curated::add);
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
        CorpusActors actors = CorpusActors.of(recognizer.catalogue(), articles.stream().map(recognizer::recognise)
                .toList());
        EventExtractor extractor = new EventExtractor(actors, new TemporalTagger());
        int runs = 15;
        double[] ms = new double[runs];
        int events = 0;
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            EventExtractor.Result r = extractor.extract(articles, curated);
            double t = (System.nanoTime() - t0) / 1e6;
            events = r.extracted().size();
            if (i >= 0) {
                ms[i] = t;
            }
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        System.out.printf("extraction: %d articles, %.1f M chars, %d extracted events; median %.1f ms, max %.1f ms,"
                + " %.1f MB/s (chars as bytes), one thread%n", articles.size(), chars / 1e6, events, median,
                ms[runs - 1], chars / 1e6 / (median / 1000));
    }
}
