package org.chronoscope.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.chronoscope.model.Origin;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.Severity;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

/**
 * The per-article stage ({@link ArticleStage}) and the corpus stage ({@link CorpusStage}) as bytes and back, field
 * by field, for {@link ArticleCache}. Numbers are variable-length, a short string met again is a back reference
 * (and decoded as the same string: a name mentioned a thousand times is one string in memory), and a quote that is
 * the article's own text at its offsets is kept as those offsets only. Enums are
 * kept by ordinal and records by position: the cache's code key changes with these classes, so an entry is never
 * read by a different version of them. A malformed entry throws {@link IllegalArgumentException}.
 */
final class ArticleStageCodec {
    /** Strings up to this many bytes are shared within an entry (names, ids, explanations), longer ones not. */
    private static final int SHARED = 200;

    private ArticleStageCodec() {
    }

    /**
     * Two parts: the article and its problems, then its actors and candidates (each part with strings of its
     * own), so that the second can be decoded later or never.
     */
    static byte[] encode(ArticleStage stage) {
        Article article = stage.article();
        Function<String, String> texts = name -> article != null && name.equals(article.fileName())
                ? article.text() : null;
        Out first = new Out(texts);
        first.article(article);
        first.list(stage.problems(), first::problem);
        Out second = new Out(texts);
        second.actors(stage.actors());
        second.events(stage.events());
        Out all = new Out(texts);
        all.num(first.n);
        all.raw(first);
        all.raw(second);
        return all.bytes();
    }

    /**
     * The stage of an entry; its actors and candidates are decoded when first asked for, and if they cannot be
     * (which the entry's checksum makes all but impossible), taken from {@code fallback}.
     */
    static ArticleStage decode(byte[] bytes, int offset, int length, Supplier<ArticleStage> fallback) {
        try {
            In head = new In(bytes, offset, length, name -> null);
            int firstLength = head.count();
            int first = head.at;
            Article[] article = new Article[1];
            Function<String, String> texts = name -> article[0] != null && name.equals(article[0].fileName())
                    ? article[0].text() : null;
            In in = new In(bytes, first, firstLength, texts);
            article[0] = in.article();
            List<Problem> problems = in.list(In::problem);
            in.end();
            int second = first + firstLength;
            int secondLength = offset + length - second;
            return new ArticleStage(article[0], problems, () -> {
                try {
                    In rest = new In(bytes, second, secondLength, texts);
                    ArticleActors actors = rest.actors();
                    ArticleEvents events = rest.events();
                    rest.end();
                    return new ArticleStage.Found(actors, events);
                } catch (RuntimeException e) {
                    ArticleStage afresh = fallback.get();
                    return new ArticleStage.Found(afresh.actors(), afresh.events());
                }
            });
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed cache entry: " + e, e);
        }
    }

    /**
     * The corpus stage, in sections with strings of their own so that the mentions (the largest) decode on
     * another core while the events do; its quotes point into the articles' texts (by file name).
     */
    static byte[] encode(CorpusStage stage, Function<String, String> texts) {
        Out events = new Out(texts);
        events.list(stage.events(), events::event);
        events.list(stage.actors(), events::actor);
        events.list(stage.problems(), events::problem);
        Out mentions = new Out(texts);
        mentions.list(stage.mentions(), mentions::mention);
        Out all = new Out(texts);
        all.num(events.n);
        all.raw(events);
        all.raw(mentions);
        return all.bytes();
    }

    static CorpusStage decodeCorpus(byte[] bytes, int offset, int length, Function<String, String> texts) {
        try {
            In head = new In(bytes, offset, length, texts);
            int eventsLength = head.count();
            int mentionsAt = head.at + eventsLength;
            int mentionsLength = offset + length - mentionsAt;
            CompletableFuture<List<Mention>> mentions = CompletableFuture.supplyAsync(() -> {
                In in = new In(bytes, mentionsAt, mentionsLength, texts);
                List<Mention> out = in.list(In::mention);
                in.end();
                return out;
            });
            In in = new In(bytes, head.at, eventsLength, texts);
            List<TimelineEvent> events = in.list(In::event);
            List<Actor> actors = in.list(In::actor);
            List<Problem> problems = in.list(In::problem);
            in.end();
            return new CorpusStage(events, actors, mentions.join(), problems);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed cache entry: " + e, e);
        }
    }

    /** The corpus metadata given for one article, as bytes: part of an entry's key. */
    static byte[] encode(ArticleMeta meta) {
        Out out = new Out(name -> null);
        out.bool(meta != null);
        if (meta != null) {
            out.meta(meta);
        }
        return out.bytes();
    }

    private static final class Out {
        private byte[] buf = new byte[256];
        private int n;
        private final Map<String, Integer> shared = new HashMap<>();
        private final Function<String, String> texts;

        Out(Function<String, String> texts) {
            this.texts = texts;
        }

        interface Writer<T> {
            void write(T value);
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, n);
        }

        private void room(int more) {
            if (n + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        void raw(Out other) {
            room(other.n);
            System.arraycopy(other.buf, 0, buf, n, other.n);
            n += other.n;
        }

        void bool(boolean b) {
            room(1);
            buf[n++] = (byte) (b ? 1 : 0);
        }

        /** Zig-zag, seven bits a byte: small numbers of either sign take one byte. */
        void num(long v) {
            long z = (v << 1) ^ (v >> 63);
            room(10);
            while ((z & ~0x7FL) != 0) {
                buf[n++] = (byte) ((z & 0x7F) | 0x80);
                z >>>= 7;
            }
            buf[n++] = (byte) z;
        }

        /** Null as -1, a string met before as -2 - its index, else its length and UTF-8 bytes. */
        void string(String s) {
            if (s == null) {
                num(-1);
                return;
            }
            Integer seen = s.length() <= SHARED ? shared.get(s) : null;
            if (seen != null) {
                num(-2 - seen);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            num(b.length);
            room(b.length);
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
            if (s.length() <= SHARED) {
                shared.put(s, shared.size());
            }
        }

        /** A piece of an article's text: only a flag when it is text[start, end) of that article as read. */
        void quote(String article, int start, int end, String quote) {
            String text = article == null ? null : texts.apply(article);
            boolean own = text != null && quote != null && end <= text.length() && quote.length() == end - start
                    && text.startsWith(quote, start);
            bool(own);
            if (!own) {
                string(quote);
            }
        }

        void date(LocalDate date) {
            if (date == null) {
                bool(false);
            } else {
                bool(true);
                num(date.toEpochDay());
            }
        }

        void ordinal(Enum<?> e) {
            num(e == null ? -1 : e.ordinal());
        }

        <T> void list(Collection<T> items, Writer<T> each) {
            num(items.size());
            for (T t : items) {
                each.write(t);
            }
        }

        void article(Article a) {
            bool(a != null);
            if (a == null) {
                return;
            }
            string(a.fileName());
            string(a.text());
            meta(a.meta());
            list(a.paragraphs(), p -> {
                num(p.start());
                num(p.end());
                ordinal(p.kind());
            });
            list(a.sentences(), s -> {
                num(s.start());
                num(s.end());
                num(s.paragraph());
            });
            list(a.pageStarts(), p -> num(p));
        }

        void meta(ArticleMeta m) {
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

        void actors(ArticleActors a) {
            bool(a != null);
            if (a == null) {
                return;
            }
            string(a.article());
            list(a.mentions(), this::mention);
            list(a.actors().values(), this::actor);
            list(a.unresolved(), u -> {
                num(u.start());
                num(u.end());
                quote(a.article(), u.start(), u.end(), u.text());
            });
        }

        void mention(Mention m) {
            string(m.entityId());
            ordinal(m.kind());
            string(m.article());
            num(m.start());
            num(m.end());
            string(m.text()); // a name: shared with its other mentions
        }

        void actor(Actor a) {
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

        void events(ArticleEvents e) {
            bool(e != null);
            if (e == null) {
                return;
            }
            string(e.article());
            list(e.candidates(), this::candidate);
            num(e.rejected());
            list(e.warnings(), this::problem);
        }

        void passage(Passage p) {
            string(p.article());
            num(p.start());
            num(p.end());
            quote(p.article(), p.start(), p.end(), p.quote());
        }

        void topic(Topic t) {
            string(t.id());
            string(t.label());
        }

        void candidate(Candidate c) {
            passage(c.passage());
            string(c.title());
            eventDate(c.date());
            ordinal(c.category());
            list(c.actors(), this::string);
            list(c.places(), this::string);
            list(c.topics(), this::topic);
            string(c.speaker());
            num(c.speakerAt());
            num(c.resolvedAt());
            int[] terms = c.terms();
            num(terms.length);
            for (int t : terms) {
                num(t);
            }
            num(c.part());
        }

        void event(TimelineEvent e) {
            string(e.id());
            string(e.title());
            string(e.summary());
            eventDate(e.date());
            ordinal(e.category());
            list(e.actors(), this::string);
            list(e.places(), this::string);
            list(e.topics(), this::topic);
            list(e.sources(), this::passage);
            ordinal(e.origin());
            string(e.dispute());
        }

        void eventDate(EventDate e) {
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

        void problem(Problem p) {
            ordinal(p.severity());
            string(p.file());
            num(p.line());
            num(p.column());
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
        private static final Origin[] EVENT_ORIGINS = Origin.values();
        private static final Precision[] PRECISIONS = Precision.values();
        private static final Severity[] SEVERITIES = Severity.values();

        private final byte[] b;
        private int at;
        private final int limit;
        private final List<String> shared = new ArrayList<>();
        private final Function<String, String> texts;

        In(byte[] b, int offset, int length, Function<String, String> texts) {
            if (offset < 0 || length < 0 || offset + length > b.length) {
                throw new IllegalArgumentException("bad range");
            }
            this.b = b;
            this.at = offset;
            this.limit = offset + length;
            this.texts = texts;
        }

        void end() {
            if (at != limit) {
                throw new IllegalArgumentException("bytes left after the entry");
            }
        }

        private byte next() {
            if (at >= limit) {
                throw new IllegalArgumentException("cut short");
            }
            return b[at++];
        }

        boolean bool() {
            byte v = next();
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("not a boolean: " + v);
            }
            return v == 1;
        }

        long num() {
            long z = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 63) {
                    throw new IllegalArgumentException("number too long");
                }
                byte x = next();
                z |= (long) (x & 0x7F) << shift;
                if (x >= 0) {
                    break;
                }
            }
            return (z >>> 1) ^ -(z & 1);
        }

        int integer() {
            long v = num();
            if (v != (int) v) {
                throw new IllegalArgumentException("not an int: " + v);
            }
            return (int) v;
        }

        int count() {
            int k = integer();
            if (k < 0 || k > limit - at) {
                throw new IllegalArgumentException("bad count " + k);
            }
            return k;
        }

        String string() {
            int k = integer();
            if (k == -1) {
                return null;
            }
            if (k < -1) {
                int index = -2 - k;
                if (index >= shared.size()) {
                    throw new IllegalArgumentException("bad string reference " + index);
                }
                return shared.get(index);
            }
            if (k > limit - at) {
                throw new IllegalArgumentException("bad string length " + k);
            }
            String s = new String(b, at, k, StandardCharsets.UTF_8);
            at += k;
            if (s.length() <= SHARED) {
                shared.add(s);
            }
            return s;
        }

        String quote(String article, int start, int end) {
            if (!bool()) {
                return string();
            }
            String text = article == null ? null : texts.apply(article);
            if (text == null || start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException("a quote outside its article");
            }
            return text.substring(start, end);
        }

        LocalDate date() {
            return bool() ? LocalDate.ofEpochDay(num()) : null;
        }

        <E> E of(E[] values) {
            int k = integer();
            return k == -1 ? null : values[k];
        }

        <T> List<T> list(Function<In, T> each) {
            int k = count();
            List<T> out = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
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
            List<Paragraph> paragraphs = list(in -> new Paragraph(in.integer(), in.integer(), in.of(BLOCKS)));
            List<Sentence> sentences = list(in -> new Sentence(in.integer(), in.integer(), in.integer()));
            List<Integer> pages = list(In::integer);
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
            List<ArticleActors.Name> unresolved = list(in -> {
                int start = in.integer();
                int end = in.integer();
                return new ArticleActors.Name(start, end, in.quote(article, start, end));
            });
            return new ArticleActors(article, mentions, actors, unresolved);
        }

        Mention mention() {
            String id = string();
            EntityKind kind = of(ENTITIES);
            String article = string();
            int start = integer();
            int end = integer();
            return new Mention(id, kind, article, start, end, string());
        }

        Actor actor() {
            return new Actor(string(), string(), of(ACTOR_KINDS), string(), string(), string(), list(In::string),
                    string(), of(ORIGINS));
        }

        ArticleEvents events() {
            if (!bool()) {
                return null;
            }
            return new ArticleEvents(string(), list(In::candidate), integer(), list(In::problem));
        }

        Passage passage() {
            String article = string();
            int start = integer();
            int end = integer();
            return new Passage(article, start, end, quote(article, start, end));
        }

        Topic topic() {
            return new Topic(string(), string());
        }

        Candidate candidate() {
            Passage passage = passage();
            String title = string();
            EventDate date = eventDate();
            Category category = of(CATEGORIES);
            List<String> actors = list(In::string);
            List<String> places = list(In::string);
            Set<Topic> topics = new LinkedHashSet<>(list(In::topic));
            String speaker = string();
            int speakerAt = integer();
            int resolvedAt = integer();
            int k = count();
            int[] terms = new int[k];
            for (int i = 0; i < k; i++) {
                terms[i] = integer();
            }
            int part = integer();
            return new Candidate(passage, title, date, category, actors, places, topics, speaker, speakerAt,
                    resolvedAt, terms, part);
        }

        TimelineEvent event() {
            String id = string();
            String title = string();
            String summary = string();
            EventDate date = eventDate();
            Category category = of(CATEGORIES);
            List<String> actors = list(In::string);
            List<String> places = list(In::string);
            Set<Topic> topics = new LinkedHashSet<>(list(In::topic));
            List<Passage> sources = list(In::passage);
            return new TimelineEvent(id, title, summary, date, category, actors, places, topics, sources,
                    of(EVENT_ORIGINS), string());
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
            return new Problem(of(SEVERITIES), string(), integer(), integer(), string());
        }
    }
}
