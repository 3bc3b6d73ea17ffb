package org.chronoscope.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.ArticleExtractor;
import org.chronoscope.load.extract.EventExtractor;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
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

    /** Loads the folder; problems are inside the corpus (errors first). A missing folder gives no articles. */
    public static Corpus load(Path folder) {
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
        List<ArticleStage> read = CorpusFiles.list(folder, problems).parallelStream()
                .map(file -> ArticleStage.of(file, meta, recognizer, extractors.get()))
                .toList();
        List<Article> articles = new ArrayList<>(read.size());
        List<ArticleActors> found = new ArrayList<>(read.size());
        List<ArticleEvents> candidates = new ArrayList<>(read.size());
        for (ArticleStage r : read) {
            problems.addAll(r.problems());
            if (r.article() != null) {
                articles.add(r.article());
                found.add(r.actors());
                candidates.add(r.events());
            }
        }
        CorpusActors actors = CorpusActors.of(recognizer.catalogue(), found);
        TemporalTagger tagger = new TemporalTagger();
        List<TimelineEvent> curated = EventCatalog.read(folder, articles, actors, tagger, problems);
        EventExtractor.Result extraction = EventExtractor.corpus(candidates, curated, actors);
        problems.addAll(extraction.warnings());
        List<TimelineEvent> events = EventExtractor.merged(extraction, EVENT_ORDER);
        problems.sort(Comparator.comparing((Problem p) -> p.severity() == Severity.ERROR ? 0 : 1));
        String name = meta.title() != null ? meta.title()
                : folder.toAbsolutePath().normalize().getFileName() == null ? shown
                : folder.toAbsolutePath().normalize().getFileName().toString();
        return new Corpus(name, shown, articles, events, actors.withSides(events),
                recognizer.catalogue().places(), actors.mentions(), problems);
    }

    /**
     * What is worked out from one article alone, on any thread: the article as read, its actors and its candidate
     * events (the part of a load that a cache may keep per file).
     */
    private record ArticleStage(Article article, ArticleActors actors, ArticleEvents events, List<Problem> problems) {
        static ArticleStage of(Path file, CorpusMetadata meta, ActorRecognizer recognizer, ArticleExtractor extractor) {
            List<Problem> problems = new ArrayList<>(0);
            String name = file.getFileName().toString();
            Article a = ArticleFiles.read(file, meta.articles().get(name), problems).orElse(null);
            if (a == null) {
                return new ArticleStage(null, null, null, problems);
            }
            try {
                ArticleActors actors = recognizer.recognise(a);
                return new ArticleStage(a, actors, extractor.extract(a, actors), problems);
            } catch (OutOfMemoryError e) {
                problems.add(Problem.warning(name, ArticleLimits.outOfMemory()));
                return new ArticleStage(null, null, null, problems);
            }
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
