package org.chronoscope.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.extract.ArticleEvents;
import org.chronoscope.load.extract.Candidate;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.Severity;
import org.chronoscope.model.Topic;

/**
 * The per-article stage ({@link ArticleStage}) as bytes and back, field by field, for {@link ArticleCache}.
 * Enums are kept by ordinal and records by position: the cache's code key changes with these classes, so an
 * entry is never read by a different version of them. A malformed entry throws {@link IllegalArgumentException}.
 */
final class ArticleStageCodec {
    private ArticleStageCodec() {
    }

    static byte[] encode(ArticleStage stage) {
        try {
            Out out = new Out();
            out.article(stage.article());
            out.actors(stage.actors());
            out.events(stage.events());
            out.list(stage.problems(), out::problem);
            return out.bytes();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
    }

    static ArticleStage decode(ByteBuffer bytes) {
        try {
            In in = new In(bytes);
            Article article = in.article();
            ArticleActors actors = in.actors();
            ArticleEvents events = in.events();
            List<Problem> problems = in.list(In::problem);
            if (bytes.hasRemaining()) {
                throw new IllegalArgumentException("bytes left after the entry");
            }
            return new ArticleStage(article, actors, events, problems);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed cache entry: " + e, e);
        }
    }

    /** The corpus metadata given for one article, as bytes: part of an entry's key. */
    static byte[] encode(ArticleMeta meta) {
        try {
            Out out = new Out();
            out.bool(meta != null);
            if (meta != null) {
                out.meta(meta);
            }
            return out.bytes();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
    }

    private static final class Out {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        private final DataOutputStream d = new DataOutputStream(buffer);

        interface Writer<T> {
            void write(T value) throws IOException;
        }

        byte[] bytes() throws IOException {
            d.flush();
            return buffer.toByteArray();
        }

        void bool(boolean b) throws IOException {
            d.writeBoolean(b);
        }

        void string(String s) throws IOException {
            if (s == null) {
                d.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            d.writeInt(b.length);
            d.write(b);
        }

        void date(LocalDate date) throws IOException {
            d.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
        }

        void ordinal(Enum<?> e) throws IOException {
            d.writeInt(e == null ? -1 : e.ordinal());
        }

        <T> void list(Collection<T> items, Writer<T> each) throws IOException {
            d.writeInt(items.size());
            for (T t : items) {
                each.write(t);
            }
        }

        void article(Article a) throws IOException {
            bool(a != null);
            if (a == null) {
                return;
            }
            string(a.fileName());
            string(a.text());
            meta(a.meta());
            list(a.paragraphs(), p -> {
                d.writeInt(p.start());
                d.writeInt(p.end());
                ordinal(p.kind());
            });
            list(a.sentences(), s -> {
                d.writeInt(s.start());
                d.writeInt(s.end());
                d.writeInt(s.paragraph());
            });
            list(a.pageStarts(), d::writeInt);
        }

        void meta(ArticleMeta m) throws IOException {
            string(m.title());
            string(m.outlet());
            string(m.url());
            string(m.author());
            string(m.language());
            string(m.translatedFrom());
            PublicationDate p = m.published();
            bool(p != null);
            if (p != null) {
                date(p.date());
                ordinal(p.source());
                string(p.reasoning());
            }
        }

        void actors(ArticleActors a) throws IOException {
            bool(a != null);
            if (a == null) {
                return;
            }
            string(a.article());
            list(a.mentions(), this::mention);
            list(a.actors().values(), this::actor);
            list(a.unresolved(), n -> {
                d.writeInt(n.start());
                d.writeInt(n.end());
                string(n.text());
            });
        }

        void mention(Mention m) throws IOException {
            string(m.entityId());
            ordinal(m.kind());
            string(m.article());
            d.writeInt(m.start());
            d.writeInt(m.end());
            string(m.text());
        }

        void actor(Actor a) throws IOException {
            string(a.id());
            string(a.name());
            ordinal(a.kind());
            string(a.role());
            string(a.side());
            string(a.affiliation());
            list(a.aliases(), this::string);
            string(a.color());
            ordinal(a.origin());
        }

        void events(ArticleEvents e) throws IOException {
            bool(e != null);
            if (e == null) {
                return;
            }
            string(e.article());
            list(e.candidates(), this::candidate);
            d.writeInt(e.rejected());
            list(e.warnings(), this::problem);
        }

        void candidate(Candidate c) throws IOException {
            Passage p = c.passage();
            string(p.article());
            d.writeInt(p.start());
            d.writeInt(p.end());
            string(p.quote());
            string(c.title());
            eventDate(c.date());
            ordinal(c.category());
            list(c.actors(), this::string);
            list(c.places(), this::string);
            list(c.topics(), t -> {
                string(t.id());
                string(t.label());
            });
            string(c.speaker());
            d.writeInt(c.speakerAt());
            d.writeInt(c.resolvedAt());
            int[] terms = c.terms();
            d.writeInt(terms.length);
            for (int t : terms) {
                d.writeInt(t);
            }
            d.writeInt(c.part());
        }

        void eventDate(EventDate e) throws IOException {
            bool(e != null);
            if (e == null) {
                return;
            }
            date(e.start());
            date(e.end());
            ordinal(e.precision());
            DateBasis b = e.basis();
            bool(b != null);
            if (b != null) {
                ordinal(b.kind());
                string(b.expression());
                string(b.article());
                date(b.articleDate());
                string(b.explanation());
            }
        }

        void problem(Problem p) throws IOException {
            ordinal(p.severity());
            string(p.file());
            d.writeInt(p.line());
            d.writeInt(p.column());
            string(p.message());
        }
    }

    private static final class In {
        private static final ActorKind[] ACTOR_KINDS = ActorKind.values();
        private static final ActorOrigin[] ORIGINS = ActorOrigin.values();
        private static final BasisKind[] BASES = BasisKind.values();
        private static final BlockKind[] BLOCKS = BlockKind.values();
        private static final Category[] CATEGORIES = Category.values();
        private static final DateSource[] SOURCES = DateSource.values();
        private static final EntityKind[] ENTITIES = EntityKind.values();
        private static final Precision[] PRECISIONS = Precision.values();
        private static final Severity[] SEVERITIES = Severity.values();

        private final ByteBuffer b;

        In(ByteBuffer b) {
            this.b = b;
        }

        boolean bool() {
            byte v = b.get();
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("not a boolean: " + v);
            }
            return v == 1;
        }

        int count() {
            int n = b.getInt();
            if (n < 0 || n > b.remaining()) {
                throw new IllegalArgumentException("bad count " + n);
            }
            return n;
        }

        String string() {
            int n = b.getInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > b.remaining()) {
                throw new IllegalArgumentException("bad string length " + n);
            }
            String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
            b.position(b.position() + n);
            return s;
        }

        LocalDate date() {
            long day = b.getLong();
            return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
        }

        <E> E of(E[] values) {
            int k = b.getInt();
            return k == -1 ? null : values[k];
        }

        <T> List<T> list(Function<In, T> each) {
            int n = count();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(each.apply(this));
            }
            return out;
        }

        Article article() {
            if (!bool()) {
                return null;
            }
            String fileName = string();
            String text = string();
            ArticleMeta meta = meta();
            List<Paragraph> paragraphs = list(in -> new Paragraph(in.b.getInt(), in.b.getInt(), in.of(BLOCKS)));
            List<Sentence> sentences = list(in -> new Sentence(in.b.getInt(), in.b.getInt(), in.b.getInt()));
            List<Integer> pages = list(in -> in.b.getInt());
            return new Article(fileName, text, meta, paragraphs, sentences, pages);
        }

        ArticleMeta meta() {
            String title = string();
            String outlet = string();
            String url = string();
            String author = string();
            String language = string();
            String translatedFrom = string();
            PublicationDate published = bool() ? new PublicationDate(date(), of(SOURCES), string()) : null;
            return new ArticleMeta(title, outlet, url, author, language, translatedFrom, published);
        }

        ArticleActors actors() {
            if (!bool()) {
                return null;
            }
            String article = string();
            List<Mention> mentions = list(In::mention);
            Map<String, Actor> actors = new LinkedHashMap<>();
            for (Actor a : list(In::actor)) {
                actors.put(a.id(), a);
            }
            List<ArticleActors.Name> unresolved = list(in -> new ArticleActors.Name(in.b.getInt(), in.b.getInt(),
                    in.string()));
            return new ArticleActors(article, mentions, actors, unresolved);
        }

        Mention mention() {
            return new Mention(string(), of(ENTITIES), string(), b.getInt(), b.getInt(), string());
        }

        Actor actor() {
            return new Actor(string(), string(), of(ACTOR_KINDS), string(), string(), string(), list(In::string),
                    string(), of(ORIGINS));
        }

        ArticleEvents events() {
            if (!bool()) {
                return null;
            }
            return new ArticleEvents(string(), list(In::candidate), b.getInt(), list(In::problem));
        }

        Candidate candidate() {
            Passage passage = new Passage(string(), b.getInt(), b.getInt(), string());
            String title = string();
            EventDate date = eventDate();
            Category category = of(CATEGORIES);
            List<String> actors = list(In::string);
            List<String> places = list(In::string);
            Set<Topic> topics = new LinkedHashSet<>(list(in -> new Topic(in.string(), in.string())));
            String speaker = string();
            int speakerAt = b.getInt();
            int resolvedAt = b.getInt();
            int n = count();
            int[] terms = new int[n];
            for (int i = 0; i < n; i++) {
                terms[i] = b.getInt();
            }
            int part = b.getInt();
            return new Candidate(passage, title, date, category, actors, places, topics, speaker, speakerAt,
                    resolvedAt, terms, part);
        }

        EventDate eventDate() {
            if (!bool()) {
                return null;
            }
            LocalDate start = date();
            LocalDate end = date();
            Precision precision = of(PRECISIONS);
            DateBasis basis = bool() ? new DateBasis(of(BASES), string(), string(), date(), string()) : null;
            return new EventDate(start, end, precision, basis);
        }

        Problem problem() {
            return new Problem(of(SEVERITIES), string(), b.getInt(), b.getInt(), string());
        }
    }
}
