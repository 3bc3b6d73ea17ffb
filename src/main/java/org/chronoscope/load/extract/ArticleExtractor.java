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
import org.chronoscope.load.extract.EventTitles.Named;

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
        Named lastPerson = null;
        Named lastGroup = null;
        Named previousFirstPerson = null;
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
                } else {
                    out.addAll(o.candidates);
                }
            }
            Named firstPerson = null;
            for (Mention x : inside) {
                Named n = named(x, s.start(), found);
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

    /** What one sentence gives: candidates, nothing (no usable date), or a rejection (dated, but no event). */
    private static final class Outcome {
        static final Outcome NONE = new Outcome(List.of());
        static final Outcome REJECTED = new Outcome(List.of());
        final List<Candidate> candidates;

        Outcome(List<Candidate> c) {
            candidates = c;
        }
    }

    private Outcome candidate(Article a, Sentence s, List<Mention> inside, EventTitles.Antecedents before,
                              ArticleActors actors) {
        List<TemporalExpression> found = tagger.tag(a.fileName(), a.text(), s.start(), s.end(), a.published());
        if (best(found, s.start(), s.end(), a.text()) == null) {
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
        NotEvents.Reason reason = NotEvents.reason(w, dates);
        if (reason != null) {
            if (trace != null) {
                trace.rejected(a, s, reason);
            }
            return Outcome.REJECTED;
        }
        int dateline = Datelines.end(w);
        int from = s.start() + (dateline > 0 ? w.end[dateline - 1] : 0);
        int[] sub = subordinateClause(w);
        int subFrom = sub == null ? s.end() : s.start() + w.start[sub[0]];
        int subTo = sub == null ? s.end() : s.start() + (sub[1] < w.size ? w.start[sub[1]] : quote.length());
        TemporalExpression main = sub == null ? best(found, from, s.end(), a.text())
                : bestOutside(found, from, subFrom, subTo, a.text());
        TemporalExpression inClause = sub == null ? null : best(found, subFrom, subTo, a.text());
        int[] rel = sub == null ? relativeClause(w) : null;
        if (rel != null) {
            int relFrom = s.start() + w.start[rel[0]];
            int relTo = s.start() + (rel[1] < w.size ? w.start[rel[1]] : quote.length());
            for (TemporalExpression te : found) { // the clause's own date ends it: "that hit on Sunday rose on Tuesday"
                if (te.start() >= relFrom && te.end() <= relTo) {
                    relTo = te.end();
                    break;
                }
            }
            main = bestOutside(found, from, relFrom, relTo, a.text());
            if (main == null) { // the clause dates the thing it describes; the dateline, when given, the report
                main = from > s.start() ? best(found, s.start(), from, a.text()) : null;
            }
            if (main == null) { // else a past happening the clause tells is the event: "the junta that overthrew
                // the government last week"; a ", which will open on Saturday" only describes its noun
                TemporalExpression own = w.lower(rel[0]).equals("that") ? best(found, relFrom, relTo, a.text()) : null;
                if (own == null) {
                    return Outcome.NONE;
                }
                boolean[] clause = new boolean[w.size];
                for (int t = Math.max(0, rel[0] - 3); t < rel[1] && t < w.size; t++) {
                    clause[t] = true;
                }
                List<Candidate> out = new ArrayList<>(1);
                add(out, a, s, w, quote, dates, own, inside, named(inside, s.start(), actors), before, clause, 0);
                return out.isEmpty() ? Outcome.NONE : new Outcome(out);
            }
        }
        if (main == null && inClause == null) {
            main = best(found, s.start(), s.end(), a.text()); // only the dateline dates it: the day it was reported
        }
        int[] co = sub == null && rel == null && main != null ? Coordination.split(w) : null;
        if (co != null) { // "… will meet on Wednesday, and leaders will hold a summit on Thursday": two events
            int at = s.start() + w.start[co[1]];
            TemporalExpression first = best(found, from, s.start() + w.start[co[0]], a.text());
            TemporalExpression second = best(found, at, s.end(), a.text());
            if (first != null && second != null && !sameWindow(first, second)) {
                boolean[] left = new boolean[w.size];
                boolean[] right = new boolean[w.size];
                for (int t = 0; t < w.size; t++) {
                    left[t] = t < co[0];
                    right[t] = t >= co[1];
                }
                List<Named> named = named(inside, s.start(), actors);
                List<Candidate> out = new ArrayList<>(2);
                add(out, a, s, w, quote, dates, first, inside, named, before, left, 0);
                add(out, a, s, w, quote, dates, second, inside, named, before, right, 1);
                return out.isEmpty() ? Outcome.NONE : new Outcome(out);
            }
        }
        List<Named> named = named(inside, s.start(), actors);
        List<Candidate> out = new ArrayList<>(2);
        boolean[] mask = null;
        if (main != null && inClause != null) {
            mask = new boolean[w.size];
            for (int t = 0; t < w.size; t++) {
                mask[t] = t < sub[0] || t >= sub[1];
            }
        }
        if (main != null) {
            add(out, a, s, w, quote, dates, main, inside, named, before, mask, 0);
        }
        if (inClause != null && (main == null || !sameWindow(main, inClause))) {
            boolean[] clause = new boolean[w.size];
            for (int t = sub[0]; t < sub[1] && t < w.size; t++) {
                clause[t] = true;
            }
            add(out, a, s, w, quote, dates, inClause, inside, named, before, main == null ? null : clause,
                    main == null ? 0 : 1);
        }
        return out.isEmpty() ? Outcome.NONE : new Outcome(out);
    }

    private static boolean sameWindow(TemporalExpression x, TemporalExpression y) {
        return x.from().equals(y.from()) && java.util.Objects.equals(x.to(), y.to());
    }

    /**
     * The first clause opened by "since", "after", "when", "before", "until" or "once" with a subject of its own, as
     * [first token, token after its end): it may date an event of its own ("… the first talks since Xi and Trump
     * agreed a truce on December 1").
     */
    private static int[] subordinateClause(Words w) {
        for (int t = 1; t + 1 < w.size; t++) {
            if (!w.isWord(t) || w.quoted[t] || !Lexicon.CLAUSE_OPENERS.contains(w.lower(t))) {
                continue;
            }
            int n = t + 1;
            boolean subject = w.isCapitalised(n) || w.isWord(n) && (Lexicon.DETERMINERS.contains(w.lower(n))
                    || Lexicon.PRONOUN_PERSON.contains(w.lower(n)) || Lexicon.PRONOUN_GROUP.contains(w.lower(n)));
            if (!subject || Calendar.MONTHS.contains(w.lower(n)) || Calendar.WEEKDAYS.contains(w.lower(n))
                    || Character.isDigit(w.first(n))) {
                continue;
            }
            int end = n;
            boolean verb = false;
            while (end < w.size && !w.is(end, ',') && !w.is(end, ';') && !(w.kind[end] == Words.DASH
                    && w.spaceBefore(end))) {
                verb |= w.isLowerWord(end) && (w.lower(end).endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(w.lower(end)));
                end++;
            }
            if (verb) {
                return new int[] {t, end};
            }
        }
        return null;
    }

    /**
     * A non-restrictive relative clause (", which will open on Saturday", ", who arrived on Monday") as [its first
     * token, the token after its end): its date is the date of the thing it describes, not of the sentence's
     * happening ("Sherpas have finalized the text for the summit, which will open on Saturday").
     */
    private static int[] relativeClause(Words w) {
        int deeperFrom = w.size; // the first token after a preposition or a verb: a noun there is not the subject
        for (int k = 0; k < w.size && deeperFrom == w.size; k++) {
            if (w.isLowerWord(k) && (Lexicon.FUNCTION.contains(w.lower(k)) && !Lexicon.DETERMINERS.contains(w.lower(k))
                    || w.lower(k).endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(w.lower(k)))) {
                deeperFrom = k + 1;
            }
        }
        for (int t = Math.max(2, deeperFrom); t + 1 < w.size; t++) {
            if (!w.isWord(t) || w.quoted[t] || !isRelative(w, t)) {
                continue;
            }
            int end = t + 1;
            while (end < w.size && !w.is(end, ',') && !w.is(end, ';') && !w.is(end, '.')
                    && !(w.kind[end] == Words.DASH && w.spaceBefore(end))) {
                end++;
            }
            return new int[] {t, end};
        }
        return null;
    }

    /**
     * ", which" / ", who"; or "that" between a noun and a verb ("the toll from the earthquake that struck Turkey
     * Sunday"); not one that describes the sentence's subject ("The earthquake that struck on Thursday killed 40":
     * its date is the happening's).
     */
    private static boolean isRelative(Words w, int t) {
        String word = w.lower(t);
        if (word.equals("which") || word.equals("who")) {
            return w.is(t - 1, ',');
        }
        if (!word.equals("that") || !w.isLowerWord(t - 1) || !w.isLowerWord(t + 1)) {
            return false;
        }
        String before = w.lower(t - 1);
        String after = w.lower(t + 1);
        boolean noun = !before.endsWith("ed") && !Lexicon.SAYING.contains(before)
                && !Lexicon.SAYING_NEEDS_THAT.contains(before) && !Lexicon.FUNCTION.contains(before)
                && !Lexicon.PAST_IRREGULAR.contains(before) && !Lexicon.TELLING.contains(before);
        boolean verb = after.endsWith("ed") && !Lexicon.DETERMINERS.contains(after)
                || Lexicon.PAST_IRREGULAR.contains(after);
        return noun && verb;
    }

    private void add(List<Candidate> out, Article a, Sentence s, Words w, String quote, List<int[]> dates,
                     TemporalExpression best, List<Mention> inside, List<Named> named,
                     EventTitles.Antecedents before, boolean[] mask, int part) {
        EventDate date;
        try {
            date = ExpressionDates.of(best, a);
        } catch (IllegalArgumentException e) {
            return;
        }
        Set<String> actorIds = new LinkedHashSet<>();
        Set<String> placeIds = new LinkedHashSet<>();
        for (Mention x : inside) {
            (x.kind() == EntityKind.ACTOR ? actorIds : placeIds).add(x.entityId());
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
                : named.stream().filter(n -> n.at() == title.speakerAt()).map(Named::id).findFirst()
                .orElse(null);
        String[] words = new String[w.size];
        for (int t = 0; t < w.size; t++) {
            words[t] = w.isWord(t) && (mask == null || mask[t]) ? w.lower(t) : null;
        }
        out.add(new Candidate(new Passage(a.fileName(), s.start(), s.end(), quote), title.text(), date,
                Categories.of(w, best.text(), mask), List.copyOf(actorIds), List.copyOf(placeIds),
                topics.find(words, w.size), speaker, title.speakerAt(), title.resolvedAt(), Terms.of(w, dates, mask),
                part));
    }

    /** The sentence's actors as its headline names them; a person named in two pieces ("Donald J." "Trump") is one. */
    private static List<Named> named(List<Mention> inside, int sentenceStart, ArticleActors actors) {
        List<Named> named = new ArrayList<>();
        for (Mention x : inside) {
            Named n = named(x, sentenceStart, actors);
            if (n == null) {
                continue;
            }
            Named last = named.isEmpty() ? null : named.get(named.size() - 1);
            if (last != null && last.person() && n.person() && n.start() - last.end() <= 2) {
                named.set(named.size() - 1, new Named(last.start(), n.end(), n.at(), n.id(), n.name(), true));
            } else {
                named.add(n);
            }
        }
        return named;
    }

    /**
     * The finest date that can be placed, at or after offset from; vague references, relative years and years that
     * only describe a noun ("the 2016 election") never.
     */
    private static TemporalExpression best(List<TemporalExpression> found, int from, int to, String text) {
        TemporalExpression best = null;
        for (TemporalExpression te : found) {
            if (te.start() >= from && te.end() <= to && isUsable(te) && !isAttributiveYear(te, text)
                    && (best == null || te.precision().compareTo(best.precision()) < 0)) {
                best = te;
            }
        }
        return best;
    }

    /** The finest usable date at or after from, outside [clauseFrom, clauseTo). */
    private static TemporalExpression bestOutside(List<TemporalExpression> found, int from, int clauseFrom, int clauseTo,
                                                  String text) {
        TemporalExpression before = best(found, from, clauseFrom, text);
        TemporalExpression after = best(found, Math.max(from, clauseTo), Integer.MAX_VALUE, text);
        if (before == null || after == null) {
            return before != null ? before : after;
        }
        return after.precision().compareTo(before.precision()) < 0 ? after : before;
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

    /** "the 2016 election", "his 2016 White House bid", "a 2006 encounter": a year used as an adjective. */
    private static boolean isAttributiveYear(TemporalExpression te, String text) {
        if (te.precision() != Precision.YEAR || te.text().length() != 4 || !Character.isDigit(te.text().charAt(0))) {
            return false;
        }
        int i = te.start() - 1;
        while (i >= 0 && Words.isSpace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String before = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        int j = te.end();
        while (j < text.length() && Words.isSpace(text.charAt(j))) {
            j++;
        }
        boolean nounAfter = j < text.length() && Character.isLetter(text.charAt(j));
        return nounAfter && (Lexicon.DETERMINERS.contains(before) || before.endsWith("s") && end > 0
                && (text.charAt(end - 1) == 's' && end > 1 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')));
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
    private static Named named(Mention x, int sentenceStart, ArticleActors found) {
        if (x.kind() != EntityKind.ACTOR) {
            return null;
        }
        Actor actor = found.actor(x.entityId());
        boolean person = actor != null && actor.kind() == ActorKind.PERSON;
        return new Named(x.start() - sentenceStart, x.end() - sentenceStart, x.start(), x.entityId(),
                headlineName(actor, x.text(), person), person);
    }

    /**
     * A person by the one word of the name the articles call them by ("Vladimir Putin" → "Putin", "Xi Jinping" →
     * "Xi", "Hun Manet" → "Hun"), else by surname, but in full when the name may put the family name first (a
     * first word of three letters or fewer: "Hun Manet", "Kim Jong Un"); a state or body as the text wrote it.
     */
    static String headlineName(Actor actor, String written, boolean person) {
        if (person && actor != null) {
            String[] parts = actor.name().strip().split("\\s+");
            String last = parts[parts.length - 1];
            if (parts.length < 2 || !Character.isUpperCase(last.charAt(0)) || !Character.isUpperCase(parts[0].charAt(0))) {
                return actor.name();
            }
            String shortForm = null;
            for (String alias : actor.aliases()) {
                if (!alias.contains(" ") && List.of(parts).contains(alias) && !alias.endsWith(".")
                        && (shortForm == null || alias.equals(last))) {
                    shortForm = alias;
                }
            }
            if (shortForm != null) {
                return shortForm;
            }
            return parts[0].length() <= 3 && parts.length <= 3 && !parts[0].endsWith(".") ? actor.name() : last;
        }
        String s = written.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        return s.isEmpty() || !Character.isUpperCase(s.charAt(0)) && actor != null ? actor == null ? s : actor.name() : s;
    }
}
