package org.chronoscope.load.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import org.chronoscope.load.ExpressionDates;
import org.chronoscope.load.actors.CorpusActors;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.TemporalExpression;
import org.chronoscope.model.TimelineEvent;

/**
 * Finds dated events in articles no catalogue knows. Each sentence with a resolvable date is a candidate: its
 * main clause is the title, the article's actor mentions give actors and places, the sentence is the passage. A candidate that
 * matches a curated event (overlapping date window, and a shared actor or key words) becomes a further source of
 * that event instead of a new one.
 */
public final class EventExtractor {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for",
            "with", "that", "this", "was", "were", "is", "are", "be", "been", "has", "had", "have", "it", "its",
            "by", "at", "as", "from", "said", "would", "will", "not", "but", "after", "over", "their", "his", "her",
            "he", "she", "they", "we", "us", "our", "than", "also", "which", "who");

    private final CorpusActors actors;
    private final TemporalTagger tagger;

    public EventExtractor(CorpusActors actors, TemporalTagger tagger) {
        this.actors = actors;
        this.tagger = tagger;
    }

    /** What extraction gives: new events, and the curated events with the further sources it found for them. */
    public record Result(List<TimelineEvent> extracted, List<TimelineEvent> curated, List<Problem> warnings) {
    }

    /** Past this many characters an article is not searched for events (its text still loads and reads). */
    public static final int MAX_CHARS = 4_000_000;

    public Result extract(List<Article> articles, List<TimelineEvent> curated) {
        List<Target> targets = curated.stream().map(this::target).toList();
        Map<String, List<Passage>> covered = new HashMap<>();
        curated.forEach(e -> e.sources().forEach(p -> covered.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p)));
        List<TimelineEvent> extracted = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Article a : articles) {
            List<Passage> taken = covered.getOrDefault(a.fileName(), List.of());
            if (a.text().length() > MAX_CHARS) {
                warnings.add(Problem.warning(a.fileName(), String.format(Locale.ROOT, "is %,d characters long; "
                        + "only the first %,d were searched for events (characters %,d to %,d were not)",
                        a.text().length(), MAX_CHARS, MAX_CHARS, a.text().length())));
            }
            for (Sentence s : a.sentences()) {
                if (s.end() > MAX_CHARS) {
                    break;
                }
                if (a.paragraphs().get(s.paragraph()).kind() == BlockKind.HEADING
                        || taken.stream().anyMatch(p -> p.start() < s.end() && s.start() < p.end())) {
                    continue;
                }
                Candidate c = candidate(a, s);
                if (c == null) {
                    continue;
                }
                Target match = bestMatch(c, targets);
                if (match != null) {
                    match.further.add(c.passage);
                } else {
                    extracted.add(c.toEvent());
                }
            }
        }
        List<TimelineEvent> updated = new ArrayList<>();
        for (Target t : targets) {
            if (t.further.isEmpty()) {
                updated.add(t.event);
            } else {
                List<Passage> sources = new ArrayList<>(t.event.sources());
                sources.addAll(t.further);
                updated.add(t.event.withSources(sources));
            }
        }
        return new Result(extracted, updated, warnings);
    }

    /** A curated event as extraction matches against it: its words and people, and the sources found for it. */
    private record Target(TimelineEvent event, Set<String> words, Set<String> people, List<Passage> further) {
    }

    private Target target(TimelineEvent e) {
        Set<String> words = words(e.title() + " " + e.summary());
        e.sources().forEach(p -> words.addAll(words(p.quote())));
        Set<String> people = new HashSet<>(e.actors());
        people.removeIf(this::isSide);
        return new Target(e, words, people, new ArrayList<>());
    }

    private record Candidate(Article article, Passage passage, EventDate date, List<String> actors,
                             List<String> places) {
        TimelineEvent toEvent() {
            String id = "x-" + article.fileName().replaceAll("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9]+", "-")
                    .toLowerCase(Locale.ROOT) + "-" + passage.start();
            return new TimelineEvent(id, EventTitles.of(passage.quote()), passage.quote(), date,
                    Categories.of(passage.quote()), actors, places, Set.of(), List.of(passage), Origin.EXTRACTED,
                    null);
        }
    }

    private Candidate candidate(Article a, Sentence s) {
        if (!a.isQuotable(s.start(), s.end())) {
            return null;
        }
        TemporalExpression best = null;
        for (TemporalExpression te : tagger.tag(a.fileName(), a.text(), s.start(), s.end(), a.published())) {
            if (te.from() != null && te.precision() != Precision.APPROXIMATE && !isVagueYear(te)
                    && (best == null || te.precision().compareTo(best.precision()) < 0)) {
                best = te;
            }
        }
        if (best == null) {
            return null;
        }
        EventDate date = ExpressionDates.of(best, a);
        Set<String> actors = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Mention m : this.actors.article(a.fileName()).in(s.start(), s.end())) {
            (m.kind() == EntityKind.ACTOR ? actors : places).add(m.entityId());
        }
        String quote = a.text().substring(s.start(), s.end());
        return new Candidate(a, new Passage(a.fileName(), s.start(), s.end(), quote), date, List.copyOf(actors),
                List.copyOf(places));
    }

    /** "this year", "next year": a relative year says when a sentence was written, not when anything happened. */
    private static boolean isVagueYear(TemporalExpression te) {
        return te.anchor() != null && te.precision().compareTo(Precision.YEAR) >= 0;
    }

    private static Target bestMatch(Candidate c, List<Target> targets) {
        Target best = null;
        int bestScore = 0;
        Set<String> words = null;
        for (Target t : targets) {
            if (!windowsOverlap(c.date, t.event.date())) {
                continue;
            }
            if (words == null) {
                words = words(c.passage.quote());
            }
            int shared = (int) c.actors.stream().filter(t.people::contains).count();
            int sharedWords = (int) words.stream().filter(t.words::contains).count();
            int score = shared * 3 + sharedWords;
            if ((shared > 0 || sharedWords >= 3) && score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return best;
    }

    /** The candidate's window overlaps the event's and is not much wider ("this year" is no match for a day). */
    private static boolean windowsOverlap(EventDate candidate, EventDate event) {
        if (candidate.start() == null || event.start() == null
                || candidate.start().isAfter(event.last()) || event.start().isAfter(candidate.last())) {
            return false;
        }
        long c = ChronoUnit.DAYS.between(candidate.start(), candidate.last()) + 1;
        long e = ChronoUnit.DAYS.between(event.start(), event.last()) + 1;
        return c <= Math.max(3 * e, e + 7);
    }

    /** States and organisations are too common to match events by; people are not. */
    private boolean isSide(String actorId) {
        Actor a = actors.actor(actorId);
        return a == null || a.kind() != ActorKind.PERSON;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Events in date order, for callers that merge the two lists. */
    public static List<TimelineEvent> merged(Result r, Comparator<TimelineEvent> order) {
        List<TimelineEvent> all = new ArrayList<>(r.curated());
        all.addAll(r.extracted());
        all.sort(order);
        return all;
    }
}
