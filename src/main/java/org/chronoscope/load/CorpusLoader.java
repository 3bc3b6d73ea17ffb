package org.chronoscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.ArticleExtractor;
import org.chronoscope.load.extract.EventExtractor;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;
import org.chronoscope.model.TimelineEvent;

/** Loads a corpus folder: its articles, metadata, actor mentions and events. Never on the FX thread. */
public final class CorpusLoader {
    /** Folder of the bundled seeds inside the jar. */
    static final String SEEDS_RESOURCE = "/seeds/";

    private CorpusLoader() {
    }

    /**
     * Loads the folder; problems are inside the corpus (errors first). A missing folder gives no articles. What
     * was read and extracted per article is kept in the user's cache ({@link ArticleCache#forCorpus}).
     */
    public static Corpus load(Path folder) {
        return load(folder, Progress.NONE);
    }

    /**
     * As {@link #load(Path)}, telling progress how many articles are done, and stopping with a
     * {@link CancellationException} as soon as it says cancelled.
     */
    public static Corpus load(Path folder, Progress progress) {
        return load(folder, Files.isDirectory(folder) ? ArticleCache.forCorpus(folder) : ArticleCache.off(),
                progress);
    }

    /** Loads the folder with that cache of the per-article stage. */
    public static Corpus load(Path folder, ArticleCache cache) {
        return load(folder, cache, Progress.NONE);
    }

    /** Told how far a load got and asked whether to stop, from the loading threads (any of them). */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void articles(int done, int total);

        default boolean cancelled() {
            return false;
        }
    }

    /** Loads the folder with that cache, telling progress as {@link #load(Path, Progress)} does. */
    public static Corpus load(Path folder, ArticleCache cache, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        String shown = folder.toString();
        if (!Files.isDirectory(folder)) {
            problems.add(Problem.error(shown, Files.exists(folder) ? "is not a folder" : "no such folder"));
            return new Corpus(folder.getFileName() == null ? shown : folder.getFileName().toString(), shown,
                    List.of(), List.of(), List.of(), List.of(), List.of(), problems);
        }
        ActorRecognizer recognizer = ActorRecognizer.bundled(problems);
        CorpusMetadata meta = CorpusMetadata.read(folder, problems);
        ThreadLocal<ArticleExtractor> extractors = ThreadLocal.withInitial(() -> new ArticleExtractor(Topics.bundled()));
        List<Path> files = CorpusFiles.list(folder, problems);
        AtomicInteger done = new AtomicInteger();
        progress.articles(0, files.size());
        List<ArticleStage> read;
        try {
            read = files.parallelStream()
                    .map(file -> {
                        stopIfCancelled(progress);
                        ArticleMeta fromCorpus = meta.articles().get(file.getFileName().toString());
                        ArticleStage stage = cache.stage(file, fromCorpus,
                                () -> ArticleStage.of(file, fromCorpus, recognizer, extractors.get()));
                        progress.articles(done.incrementAndGet(), files.size());
                        return stage;
                    })
                    .toList();
            stopIfCancelled(progress);
        } catch (RuntimeException | Error e) {
            cache.discard();
            throw e;
        }
        cache.keepOnly(files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        List<Article> articles = new ArrayList<>(read.size());
        Map<String, String> texts = new HashMap<>(read.size() * 2);
        for (ArticleStage r : read) {
            problems.addAll(r.problems());
            if (r.article() != null) {
                articles.add(r.article());
                texts.put(r.article().fileName(), r.article().text());
            }
        }
        CorpusStage corpus = cache.corpusStage(files, read, folder.resolve(EventCatalog.FILE_NAME), texts::get,
                () -> corpusStage(folder, articles, read, recognizer));
        problems.addAll(corpus.problems());
        problems.sort(Comparator.comparing((Problem p) -> p.severity() == Severity.ERROR ? 0 : 1));
        String name = meta.title() != null ? meta.title()
                : folder.toAbsolutePath().normalize().getFileName() == null ? shown
                : folder.toAbsolutePath().normalize().getFileName().toString();
        return new Corpus(name, shown, articles, corpus.events(), corpus.actors(), recognizer.catalogue().places(),
                corpus.mentions(), problems);
    }

    /** The actors joined across articles, the catalogue's events and the candidates merged into events. */
    private static CorpusStage corpusStage(Path folder, List<Article> articles, List<ArticleStage> read,
                                           ActorRecognizer recognizer) {
        List<ArticleActors> found = new ArrayList<>(articles.size());
        List<ArticleEvents> candidates = new ArrayList<>(articles.size());
        // stages from the cache decode their actors and candidates now: on every core, not one by one below
        read.parallelStream().filter(r -> r.article() != null).forEach(ArticleStage::actors);
        for (ArticleStage r : read) {
            if (r.article() != null) {
                found.add(r.actors());
                candidates.add(r.events());
            }
        }
        List<Problem> problems = new ArrayList<>();
        CorpusActors actors = CorpusActors.of(recognizer.catalogue(), found);
        TemporalTagger tagger = new TemporalTagger();
        List<TimelineEvent> curated = EventCatalog.read(folder, articles, actors, tagger, problems);
        EventExtractor.Result extraction = EventExtractor.corpus(candidates, curated, actors);
        problems.addAll(extraction.warnings());
        List<TimelineEvent> events = EventExtractor.merged(extraction, EVENT_ORDER);
        return new CorpusStage(events, actors.withSides(events), actors.mentions(), problems);
    }

    private static void stopIfCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("loading was cancelled");
        }
    }

    /** Events by start date, unresolved last, then by id. */
    public static final Comparator<TimelineEvent> EVENT_ORDER = Comparator
            .comparing((TimelineEvent e) -> e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TimelineEvent::id);

    /**
     * The bundled seeds: {@code ./seeds} when run from the project folder, else a copy of the seeds inside the
     * jar, unpacked into {@code ~/.chronoscope/seeds} (annotations saved there are kept).
     */
    public static Path bundledSeeds() {
        Path local = Path.of("seeds");
        if (Files.isRegularFile(local.resolve(CorpusMetadata.FILE_NAME))) {
            return local;
        }
        Path target = Path.of(System.getProperty("user.home"), ".chronoscope", "seeds");
        try {
            unpackSeeds(target);
        } catch (IOException e) {
            return local;
        }
        return target;
    }

    private static void unpackSeeds(Path target) throws IOException {
        Files.createDirectories(target);
        List<String> names = new ArrayList<>(List.of(CorpusMetadata.FILE_NAME, EventCatalog.FILE_NAME));
        try (InputStream in = CorpusLoader.class.getResourceAsStream(SEEDS_RESOURCE + CorpusMetadata.FILE_NAME)) {
            if (in == null) {
                throw new IOException("no bundled seeds");
            }
            JsonFiles.tree(in).path("articles").fieldNames().forEachRemaining(names::add);
        }
        for (String name : names) {
            try (InputStream in = CorpusLoader.class.getResourceAsStream(SEEDS_RESOURCE + name)) {
                if (in != null) {
                    Path tmp = Files.createTempFile(target, ".unpack", ".tmp");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }
}
