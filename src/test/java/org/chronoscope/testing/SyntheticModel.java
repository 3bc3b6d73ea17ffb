package org.chronoscope.testing;

import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.PublicationDate;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic corpora for tests and benchmarks: N events over a span, clumped like the real corpus
 * (a thin spread over years, two busy bursts at the end), actors from five sides with colours, every category,
 * days, ranges, approximate months, deadlines, a few unresolved dates, extracted events and disputes, and
 * passages that really are substrings of the synthetic articles.
 *
 * <pre>{@code Corpus c = SyntheticModel.corpus(10_000, 42);}</pre>
 */
public final class SyntheticModel {
    public static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    private static final List<Topic> TOPICS = java.util.stream.Stream.of("territory", "crimea", "donbas", "nato",
            "security-guarantees", "sanctions", "frozen-assets", "nuclear-plant", "army-size", "referendum")
            .map(Topic::of).toList();
    /** The kinds of event the generator draws from (the first eight, so its draws stay as they were). */
    private static final Category[] CATEGORIES = java.util.Arrays.copyOf(Category.values(), 8);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);

    public static final List<Actor> ACTORS = List.of(
            actor("us", "United States", ActorKind.STATE, "us", "#2b6cb0"),
            actor("russia", "Russia", ActorKind.STATE, "russia", "#c53030"),
            actor("ukraine", "Ukraine", ActorKind.STATE, "ukraine", "#d69e2e"),
            actor("europe", "Europe", ActorKind.ORGANISATION, "europe", "#2f855a"),
            actor("trump", "Donald Trump", ActorKind.PERSON, "us", "#2b6cb0"),
            actor("witkoff", "Steve Witkoff", ActorKind.PERSON, "us", "#2b6cb0"),
            actor("putin", "Vladimir Putin", ActorKind.PERSON, "russia", "#c53030"),
            actor("lavrov", "Sergei Lavrov", ActorKind.PERSON, "russia", "#c53030"),
            actor("zelensky", "Volodymyr Zelensky", ActorKind.PERSON, "ukraine", "#d69e2e"),
            actor("umerov", "Rustem Umerov", ActorKind.PERSON, "ukraine", "#d69e2e"),
            actor("kallas", "Kaja Kallas", ActorKind.PERSON, "europe", "#2f855a"),
            actor("macron", "Emmanuel Macron", ActorKind.PERSON, "europe", "#2f855a"),
            actor("erdogan", "Recep Tayyip Erdoğan", ActorKind.PERSON, "other", "#718096"));

    private static final String[] PLACES = {"Geneva", "Moscow", "Kyiv", "Paris", "Berlin", "Istanbul", "Miami",
        "Abu Dhabi", "Brussels", "Washington"};
    private static final String[] VERBS = {"talks in", "plan discussed in", "statement from", "deadline set in",
        "strikes near", "sanctions announced in", "treaty signed in", "meeting in"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private SyntheticModel() {
    }

    public static Corpus corpus(int events, long seed) {
        return corpus(events, seed, FROM, TO);
    }

    public static Corpus corpus(int events, long seed, LocalDate from, LocalDate to) {
        Random rnd = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            articles.add(article(a, to.minusDays(a * 7L)));
        }
        List<TimelineEvent> list = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            list.add(event(i, rnd, from, to, articles));
        }
        list.sort(Comparator.comparing((TimelineEvent e) -> e.date().start(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(TimelineEvent::id));
        return new Corpus("synthetic-" + events, "synthetic", articles, list, ACTORS, List.of(), List.of(),
                List.of());
    }

    private static Actor actor(String id, String name, ActorKind kind, String side, String color) {
        return new Actor(id, name, kind, "", side, id.equals(side) ? null : side, List.of(name), color,
                ActorOrigin.CATALOGUE);
    }

    private static Article article(int a, LocalDate published) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        text.append("Synthetic article ").append(a).append('\n');
        paragraphs.add(new Paragraph(0, text.length() - 1, BlockKind.HEADING));
        for (int p = 0; p < 10; p++) {
            int pStart = text.length();
            for (int s = 0; s < 4; s++) {
                int sStart = text.length();
                String place = PLACES[(p * 4 + s + a) % PLACES.length];
                text.append("Officials met in ").append(place).append(" last weekend, sentence ")
                        .append(p * 4 + s).append(" of article ").append(a).append('.');
                sentences.add(new Sentence(sStart, text.length(), paragraphs.size()));
                text.append(' ');
            }
            paragraphs.add(new Paragraph(pStart, text.length() - 1, BlockKind.BODY));
            text.append('\n');
        }
        ArticleMeta meta = new ArticleMeta("Synthetic report " + a, "Outlet " + (char) ('A' + a), null, null, "en",
                null, new PublicationDate(published, DateSource.STAMP, null));
        return new Article(String.format("%03d_synthetic.txt", a), text.toString(), meta, paragraphs, sentences);
    }

    private static TimelineEvent event(int i, Random rnd, LocalDate from, LocalDate to, List<Article> articles) {
        long span = to.toEpochDay() - from.toEpochDay();
        double pick = rnd.nextDouble();
        long offset;
        if (pick < 0.4) {
            offset = (long) (rnd.nextDouble() * span);
        } else if (pick < 0.7) {
            offset = span - (long) (rnd.nextDouble() * Math.min(span, 45));
        } else {
            offset = Math.max(0, span - 250 + (long) (rnd.nextDouble() * Math.min(span, 30)));
        }
        LocalDate start = from.plusDays(Math.min(span, offset));
        Category category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
        Article art = articles.get(rnd.nextInt(articles.size()));
        EventDate date = date(rnd, start, to, category, art);
        List<String> actors = new ArrayList<>();
        actors.add(ACTORS.get(rnd.nextInt(ACTORS.size())).id());
        if (rnd.nextDouble() < 0.35) {
            String second = ACTORS.get(rnd.nextInt(ACTORS.size())).id();
            if (!actors.contains(second)) {
                actors.add(second);
            }
        }
        Set<Topic> topics = Set.of(TOPICS.get(rnd.nextInt(TOPICS.size())));
        int sources = rnd.nextDouble() < 0.2 ? 2 + rnd.nextInt(2) : 1;
        List<Passage> passages = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            Article src = s == 0 ? art : articles.get(rnd.nextInt(articles.size()));
            Sentence sent = src.sentences().get(rnd.nextInt(src.sentences().size()));
            passages.add(new Passage(src.fileName(), sent.start(), sent.end(), src.slice(sent.start(), sent.end())));
        }
        String place = PLACES[rnd.nextInt(PLACES.length)];
        String title = capital(VERBS[category.ordinal()]) + " " + place + " #" + i;
        Origin origin = rnd.nextDouble() < 0.1 ? Origin.EXTRACTED : Origin.CURATED;
        String dispute = rnd.nextDouble() < 0.05 ? "Outlet A reports it; Outlet B denies it took place." : null;
        return new TimelineEvent(String.format("e%06d", i), title, "Synthetic event " + i + " in " + place + ".",
                date, category, actors, List.of(), topics, passages, origin, dispute);
    }

    private static EventDate date(Random rnd, LocalDate start, LocalDate to, Category category, Article art) {
        double p = rnd.nextDouble();
        if (p < 0.02) {
            return new EventDate(null, null, Precision.DAY, new DateBasis(BasisKind.UNRESOLVED, "on Friday",
                    art.fileName(), null, "'on Friday' in an undated article"));
        }
        if (category == Category.DEADLINE) {
            return new EventDate(start, null, Precision.DAY, new DateBasis(BasisKind.STATED, "by " + start,
                    art.fileName(), art.published(), "deadline stated as " + DAY.format(start)));
        }
        if (p < 0.12) {
            LocalDate end = min(start.plusDays(1 + rnd.nextInt(9)), to);
            return new EventDate(start, end, Precision.DAY, new DateBasis(BasisKind.STATED, "from … to …",
                    art.fileName(), art.published(), "stated as a range"));
        }
        if (p < 0.22) {
            LocalDate first = start.withDayOfMonth(1);
            LocalDate end = min(first.plusMonths(1).minusDays(1), to);
            return new EventDate(first, end, Precision.MONTH, new DateBasis(BasisKind.APPROXIMATE,
                    "by the end of the month", art.fileName(), art.published(), "'by the end of the month'"));
        }
        if (p < 0.27) {
            LocalDate sat = start.with(java.time.DayOfWeek.SATURDAY);
            LocalDate sun = min(sat.plusDays(1), to);
            if (sat.isAfter(to)) {
                sat = to;
                sun = to;
            }
            return new EventDate(sat, sun, Precision.WEEKEND, new DateBasis(BasisKind.RELATIVE, "last weekend",
                    art.fileName(), art.published(), "'last weekend' in an article of " + DAY.format(art.published())));
        }
        return new EventDate(start, null, Precision.DAY, new DateBasis(BasisKind.STATED, DAY.format(start),
                art.fileName(), art.published(), "stated as " + DAY.format(start)));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
