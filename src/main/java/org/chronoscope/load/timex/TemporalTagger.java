package org.chronoscope.load.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;

/**
 * Finds date expressions in English news text and resolves them against an anchor date.
 *
 * <p>One pass over the words: only a word that can begin a date form (a month, a weekday, "last",
 * "the", a number…) tries the forms that begin with it, each a precompiled pattern matched in place; the
 * longest form the context accepts wins, and the preposition just before it ("since", "by", "on") joins it.
 * Instances are not thread-safe (they reuse their matchers); use one per thread.
 */
public final class TemporalTagger {
    /** Prepositions that join the expression after them. */
    private static final String[] PREPOSITIONS = {"on", "in", "since", "from", "until", "till", "by", "before",
        "after", "during", "through", "throughout", "over", "within", "for", "around", "at"};
    private static final WordTable<Shape[]> STARTS = new WordTable<>(256);
    private static final WordTable<String> PREPS = new WordTable<>(PREPOSITIONS.length);
    private static final Shape[] NUMBER_STARTS;
    /** Start words that are dates by themselves; any other start word needs a date word after it. */
    private static final WordTable<String> HEADS = new WordTable<>(64);
    /** Words that may follow a non-head start word ("the end", "a few", "last Friday"). */
    private static final WordTable<String> SECOND = new WordTable<>(128);

    static {
        Map<String, List<Shape>> byWord = new java.util.HashMap<>();
        for (Shape shape : Shape.values()) {
            for (String w : shape.startWords) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(shape);
            }
        }
        byWord.forEach((w, shapes) -> STARTS.put(w, shapes.toArray(Shape[]::new)));
        NUMBER_STARTS = byWord.get("#").toArray(Shape[]::new);
        for (String p : PREPOSITIONS) {
            PREPS.put(p, p);
        }
        for (String w : Lexicon.flatten(Lexicon.MONTH_WORDS, Lexicon.WEEKDAYS, "yesterday", "today", "tomorrow",
                "tonight", "now", "recently", "lately", "summer", "winter", "spring", "autumn", "fall", "decades",
                "years", "months", "weeks", "year")) {
            HEADS.put(w, w);
        }
        for (String w : Lexicon.flatten(Lexicon.MONTH_WORDS, Lexicon.WEEKDAYS, Lexicon.NUMBERS, "day", "days", "week",
                "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "summer", "winter",
                "spring", "autumn", "fall", "previous", "next", "following", "preceding", "end", "close", "beginning",
                "start", "middle", "turn", "recent", "coming", "past", "last", "few", "couple", "foreseeable", "near",
                "distant", "immediate", "future", "first", "final", "long", "of", "night", "morning", "afternoon",
                "evening", "this", "upcoming", "hundred", "quarter", "a", "an", "few", "several", "many", "some")) {
            SECOND.put(w, w);
        }
    }

    private final Map<Shape, Matcher> matchers = new EnumMap<>(Shape.class);

    public TemporalTagger() {
        for (Shape shape : Shape.values()) {
            matchers.put(shape, shape.pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
        }
    }

    /**
     * Tags text[from, to) of one article.
     *
     * @param article file name, copied into each result
     * @param text    the whole article text as read; offsets of the results point into it
     * @param from    first offset to look at
     * @param to      offset after the last to look at
     * @param anchor  the article's publication date, or null for an undated article
     * @return the expressions found, in text order
     */
    public List<TemporalExpression> tag(String article, String text, int from, int to, LocalDate anchor) {
        List<Hit> hits = find(text, Math.max(0, from), Math.min(text.length(), to));
        List<TemporalExpression> out = new ArrayList<>(hits.size());
        LocalDate narrative = anchor;
        for (Hit h : hits) {
            Resolution r = Resolver.resolve(h, anchor, () -> Tense.around(text, h.start, h.end, from, to), narrative);
            out.add(express(article, text, h, r, anchor));
            if (r.precision() == Precision.DAY && r.from() != null) {
                narrative = r.from();
            }
        }
        if (anchor != null) {
            QuotedSpeech.reanchor(article, text, hits, out, from, to);
        }
        return out;
    }

    /** Tags a whole text. */
    public List<TemporalExpression> tag(String article, String text, LocalDate anchor) {
        return tag(article, text, 0, text.length(), anchor);
    }

    /** A sentence for people: "'last weekend' in an article of Fri 28 Nov 2025: Sat 22 – Sun 23 Nov 2025". */
    public static String describe(TemporalExpression e) {
        return TimexDescriber.describe(e);
    }

    static TemporalExpression express(String article, String text, Hit h, Resolution r, LocalDate anchor) {
        return new TemporalExpression(article, h.start, h.end, text.substring(h.start, h.end), r.value(),
                r.precision(), r.rule(), r.from(), r.to(), r.relative() ? anchor : null);
    }

    private List<Hit> find(String text, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        int prepStart = -1;
        String prep = null;
        int prevWordStart = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = c >= '0' && c <= '9';
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            Shape[] shapes = digit ? NUMBER_STARTS : STARTS.get(text, start, i);
            if (shapes != null && !digit && HEADS.get(text, start, i) == null && !dateWordFollows(text, i, to)) {
                shapes = null;
            }
            boolean wordStart = start == 0 || !isJoiner(text.charAt(start - 1));
            Hit hit = shapes != null && wordStart ? longest(shapes, text, start, to, prep, prevWordStart) : null;
            if (hit != null) {
                if (prep != null) {
                    hit.prep = prep;
                    hit.start = prepStart;
                }
                hits.add(hit);
                i = hit.end;
                prep = null;
                prevWordStart = -1;
                continue;
            }
            prep = digit ? null : onlySpacesBetween(text, i) ? PREPS.get(text, start, i) : null;
            prepStart = start;
            prevWordStart = start;
        }
        return hits;
    }

    /** Whether the word after {@code i} ("the [end]", "a [few]", "mid-[December]") can continue a date. */
    private static boolean dateWordFollows(String text, int i, int to) {
        int limit = Math.min(to, i + 3);
        while (i < limit && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i >= to || !Character.isLetterOrDigit(text.charAt(i))) {
            return false;
        }
        if (Character.isDigit(text.charAt(i))) {
            return true;
        }
        int s = i;
        while (i < to && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return SECOND.get(text, s, i) != null;
    }

    /** A letter after one of these is inside a word: "Mar-a-Lago", "U.S.", "30th". */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '\'' || c == '’' || c == '/' || c == '_' || c == '@';
    }

    private static boolean onlySpacesBetween(String text, int afterWord) {
        return afterWord < text.length() && Character.isWhitespace(text.charAt(afterWord));
    }

    private Hit longest(Shape[] shapes, String text, int start, int to, String prep, int prevWordStart) {
        Hit best = null;
        for (Shape shape : shapes) {
            Matcher m = matchers.get(shape);
            m.reset(text).region(start, to);
            if (m.lookingAt() && (best == null || m.end() > best.end)) {
                Hit h = HitReader.read(shape, m, text, prep, prevWordStart);
                if (h != null) {
                    best = h;
                }
            }
        }
        return best;
    }
}
