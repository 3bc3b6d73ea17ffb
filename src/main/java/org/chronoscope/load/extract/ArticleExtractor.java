package org.chronoscope.load.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronoscope.load.ExpressionDates;
import org.chronoscope.load.Topics;
import org.chronoscope.load.actors.ArticleActors;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.TemporalExpression;

/**
 * The per-article stage of extraction: every body sentence with a date that can be placed on a timeline and that
 * reports something (not a dateline, byline or caption) becomes a {@link Candidate} with its headline, date,
 * actors, places, category, topics and terms. A pure function of the article and its actor mentions; one pass
 * over the sentences. Not thread-safe (the tagger reuses its matchers): one instance per thread.
 */
public final class ArticleExtractor {
    /** Past this many characters an article is not searched for events (its text still loads and reads). */
    public static final int MAX_CHARS = 4_000_000;
    /** An approximate date ("in early March") makes an event only when its window is this short (days). */
    private static final int APPROXIMATE_REACH = 31;

    private final TemporalTagger tagger = new TemporalTagger();
    private final Topics topics;
    private Trace trace;

    /** Told what became of each dated sentence: for looking at extraction by eye and for its evaluation. */
    interface Trace {
        void rejected(Article a, Sentence s, NotEvents.Reason reason);
    }

    ArticleExtractor tracing(Trace t) {
        this.trace = t;
        return this;
    }

    public ArticleExtractor(Topics topics) {
        this.topics = topics;
    }

    /**
     * @param found the article's actors and their mentions, as the per-article actor stage gives them
     */
    public ArticleEvents extract(Article a, ArticleActors found) {
        List<Mention> mentions = found.mentions();
        List<Problem> warnings = new ArrayList<>();
        if (a.text().length() > MAX_CHARS) {
            warnings.add(Problem.warning(a.fileName(), String.format(Locale.ROOT, "is %,d characters long; "
                    + "only the first %,d were searched for events (characters %,d to %,d were not)",
                    a.text().length(), MAX_CHARS, MAX_CHARS, a.text().length())));
        }
        List<Candidate> out = new ArrayList<>();
        int rejected = 0;
        int m = 0;
        EventTitles.Named lastPerson = null;
        EventTitles.Named lastGroup = null;
        EventTitles.Named previousFirstPerson = null;
        for (Sentence s : a.sentences()) {
            if (s.end() > MAX_CHARS) {
                break;
            }
            while (m < mentions.size() && mentions.get(m).start() < s.start()) {
                m++;
            }
            int firstMention = m;
            while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                m++;
            }
            List<Mention> inside = mentions.subList(firstMention, m);
            BlockKind kind = a.paragraphs().get(s.paragraph()).kind();
            if (kind == BlockKind.BODY) {
                EventTitles.Antecedents before = new EventTitles.Antecedents(
                        previousFirstPerson != null ? previousFirstPerson : lastPerson, lastGroup);
                Outcome o = candidate(a, s, inside, before, found);
                if (o == Outcome.REJECTED) {
                    rejected++;
                } else if (o != null && o != Outcome.NONE) {
                    out.add(o.candidate);
                }
            }
            EventTitles.Named firstPerson = null;
            for (Mention x : inside) {
                EventTitles.Named n = named(x, s.start(), found);
                if (n == null) {
                    continue;
                }
                if (n.person()) {
                    firstPerson = firstPerson == null ? n : firstPerson;
                    lastPerson = n;
                } else {
                    lastGroup = n;
                }
            }
            previousFirstPerson = firstPerson;
        }
        return new ArticleEvents(a.fileName(), out, rejected, warnings);
    }

    /** What one sentence gives: a candidate, nothing (no usable date), or a rejection (dated, but no event). */
    private static final class Outcome {
        static final Outcome NONE = new Outcome(null);
        static final Outcome REJECTED = new Outcome(null);
        final Candidate candidate;

        Outcome(Candidate c) {
            candidate = c;
        }
    }

    private Outcome candidate(Article a, Sentence s, List<Mention> inside, EventTitles.Antecedents before,
                              ArticleActors actors) {
        List<TemporalExpression> found = tagger.tag(a.fileName(), a.text(), s.start(), s.end(), a.published());
        if (best(found, s.start()) == null) {
            return Outcome.NONE;
        }
        String quote = a.text().substring(s.start(), s.end());
        Words w = Words.of(quote);
        List<int[]> dates = new ArrayList<>(found.size());
        for (TemporalExpression te : found) {
            if (!isDuration(te)) {
                dates.add(new int[] {te.start() - s.start(), te.end() - s.start()});
            }
        }
        int dateline = Datelines.end(w);
        TemporalExpression best = best(found, s.start() + (dateline > 0 ? w.end[dateline - 1] : 0));
        NotEvents.Reason reason = best == null ? NotEvents.Reason.DATELINE : NotEvents.reason(w, dates);
        if (reason != null) {
            if (trace != null) {
                trace.rejected(a, s, reason);
            }
            return Outcome.REJECTED;
        }
        EventDate date;
        try {
            date = ExpressionDates.of(best, a);
        } catch (IllegalArgumentException e) {
            return Outcome.NONE;
        }
        Set<String> actorIds = new LinkedHashSet<>();
        Set<String> placeIds = new LinkedHashSet<>();
        List<EventTitles.Named> named = new ArrayList<>();
        for (Mention x : inside) {
            if (x.kind() == EntityKind.ACTOR) {
                actorIds.add(x.entityId());
                EventTitles.Named n = named(x, s.start(), actors);
                if (n != null) {
                    named.add(n);
                }
            } else {
                placeIds.add(x.entityId());
            }
        }
        EventTitles.Title title = EventTitles.write(w, dates, best.start() - s.start(), named, before);
        String resolved = idAt(title.resolvedAt(), before);
        if (resolved != null && !actorIds.contains(resolved)) {
            Set<String> withResolved = new LinkedHashSet<>();
            withResolved.add(resolved);
            withResolved.addAll(actorIds);
            actorIds = withResolved;
        }
        String speaker = title.speakerAt() < 0 ? null : title.speakerAt() == title.resolvedAt() ? resolved
                : named.stream().filter(n -> n.at() == title.speakerAt()).map(EventTitles.Named::id).findFirst()
                .orElse(null);
        String[] words = new String[w.size];
        for (int t = 0; t < w.size; t++) {
            words[t] = w.isWord(t) ? w.lower(t) : null;
        }
        Candidate c = new Candidate(new Passage(a.fileName(), s.start(), s.end(), quote), title.text(), date,
                Categories.of(w, best.text()), List.copyOf(actorIds), List.copyOf(placeIds),
                topics.find(words, w.size), speaker, title.speakerAt(), title.resolvedAt(), Terms.of(w, dates));
        return new Outcome(c);
    }

    /** The finest date that can be placed, at or after offset from; vague references and relative years never. */
    private static TemporalExpression best(List<TemporalExpression> found, int from) {
        TemporalExpression best = null;
        for (TemporalExpression te : found) {
            if (te.start() >= from && isUsable(te) && (best == null || te.precision().compareTo(best.precision()) < 0)) {
                best = te;
            }
        }
        return best;
    }

    private static boolean isUsable(TemporalExpression te) {
        if (te.from() == null || te.value().endsWith("_REF") || isBound(te.text())) {
            return false;
        }
        if (te.anchor() != null && te.precision().compareTo(Precision.YEAR) >= 0 && te.precision() != Precision.APPROXIMATE) {
            return false;
        }
        return te.precision() != Precision.APPROXIMATE
                || te.to() != null && ChronoUnit.DAYS.between(te.from(), te.to()) < APPROXIMATE_REACH;
    }

    /** "since 2014", "before 2022", "until May": a bound of a state of affairs, not the date of a happening. */
    private static boolean isBound(String expression) {
        String s = expression.toLowerCase(Locale.ROOT);
        return s.startsWith("since ") || s.startsWith("before ") || s.startsWith("until ") || s.startsWith("till ")
                || s.startsWith("prior to ") || s.startsWith("up to ") || s.startsWith("ever since");
    }

    private static boolean isDuration(TemporalExpression te) {
        String v = te.value();
        return v.length() > 1 && v.charAt(0) == 'P' && (Character.isDigit(v.charAt(1)) || v.charAt(1) == 'T');
    }

    private static String idAt(int at, EventTitles.Antecedents before) {
        if (at < 0) {
            return null;
        }
        if (before.person() != null && before.person().at() == at) {
            return before.person().id();
        }
        return before.group() != null && before.group().at() == at ? before.group().id() : null;
    }

    /** A mention as a headline names it: a person by surname, a state or body as the text wrote it. */
    private static EventTitles.Named named(Mention x, int sentenceStart, ArticleActors found) {
        if (x.kind() != EntityKind.ACTOR) {
            return null;
        }
        Actor actor = found.actor(x.entityId());
        boolean person = actor != null && actor.kind() == ActorKind.PERSON;
        return new EventTitles.Named(x.start() - sentenceStart, x.end() - sentenceStart, x.start(), x.entityId(),
                headlineName(actor, x.text(), person), person);
    }

    static String headlineName(Actor actor, String written, boolean person) {
        if (person && actor != null) {
            String[] parts = actor.name().strip().split("\\s+");
            String last = parts[parts.length - 1];
            return parts.length >= 2 && Character.isUpperCase(last.charAt(0))
                    && Character.isUpperCase(parts[0].charAt(0)) ? last : actor.name();
        }
        String s = written.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.isEmpty() || !Character.isUpperCase(s.charAt(0)) && actor != null ? actor == null ? s : actor.name() : s;
    }
}
