package org.chronoscope.load.timex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One pass over the words of a text: only a word that can begin a date form (a month, a weekday, "last",
 * "the", a number…) tries the forms that begin with it, each a precompiled pattern matched in place, and a
 * function word ("the", "a", "this") only when the next word can continue a date ("the end", "a few"). The
 * longest form the context accepts wins; the preposition just before it ("since", "by", "on") joins it.
 * Words are looked up in the text in place: nothing is allocated per word.
 */
final class FormFinder {
    /** What a word can do: begin forms, stand as a date by itself, join as a preposition, continue a form. */
    private static final class Role {
        Shape[] shapes;
        boolean head;
        String prep;
        boolean second;
    }

    /** Prepositions that join the expression after them. */
    private static final String[] PREPOSITIONS = {"on", "in", "since", "from", "until", "till", "by", "before",
        "after", "during", "through", "throughout", "over", "within", "for", "around", "at", "as"};
    /** Start words that are dates by themselves; any other start word needs a date word after it. */
    private static final String[] HEADS = Lexicon.flatten(Lexicon.MONTH_WORDS, Lexicon.WEEKDAYS, "yesterday",
            "today", "tomorrow", "tonight", "now", "recently", "lately", "summer", "winter", "spring", "autumn", "fall",
            "decades", "years", "months", "weeks", "year").toArray(String[]::new);
    /** Words that may follow a non-head start word ("the end", "a few", "last Friday"). */
    private static final String[] SECONDS = Lexicon.flatten(Lexicon.MONTH_WORDS, Lexicon.WEEKDAYS, Lexicon.NUMBERS,
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades",
            "summer", "winter", "spring", "autumn", "fall", "previous", "next", "following", "preceding", "end",
            "close", "beginning", "start", "middle", "turn", "recent", "coming", "past", "last", "few", "couple",
            "foreseeable", "near", "distant", "immediate", "future", "first", "final", "long", "of", "night",
            "morning", "afternoon", "evening", "this", "upcoming", "hundred", "quarter", "same", "that", "hour",
            "hours", "minute", "minutes", "a", "an", "several", "many", "some").toArray(String[]::new);
    private static final WordTable<Role> ROLES = new WordTable<>(320);
    private static final Shape[] NUMBER_STARTS;

    static {
        Map<String, List<Shape>> byWord = new java.util.HashMap<>();
        for (Shape shape : Shape.values()) {
            for (String w : shape.startWords) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(shape);
            }
        }
        NUMBER_STARTS = byWord.remove("#").toArray(Shape[]::new);
        Map<String, Role> roles = new java.util.HashMap<>();
        byWord.forEach((w, shapes) -> roles.computeIfAbsent(w, k -> new Role()).shapes = shapes.toArray(Shape[]::new));
        for (String w : PREPOSITIONS) {
            roles.computeIfAbsent(w, k -> new Role()).prep = w;
        }
        for (String w : HEADS) {
            roles.computeIfAbsent(w, k -> new Role()).head = true;
        }
        for (String w : SECONDS) {
            roles.computeIfAbsent(w, k -> new Role()).second = true;
        }
        roles.forEach(ROLES::put);
    }

    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\s*\\(\\s*(?:(?<wd>"
            + Lexicon.WEEKDAY + ")|(?<m>" + Lexicon.MONTH_ANY + ")\\s+(?<d>" + Lexicon.DAY + ")(?:,?\\s+(?<y>"
            + Lexicon.YEAR + "))?)\\s*\\)");
    private final Map<Shape, Matcher> matchers = new EnumMap<>(Shape.class);
    private final Matcher bracket = BRACKET.matcher("");

    FormFinder() {
        for (Shape shape : Shape.values()) {
            matchers.put(shape, shape.pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
        }
    }

    List<Hit> find(String text, int from, int to) {
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
            if ((c == 'h' || c == 'w' || c == 'H' || c == 'W') && isAddress(text, i)) {
                i = addressEnd(text, i, to); // a web address: its digits are no dates ("/20251122/", "1920:1080")
                prep = null;
                prevWordStart = -1;
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            Role role = digit ? null : ROLES.get(text, start, i);
            Shape[] shapes = digit ? NUMBER_STARTS : role == null ? null : role.shapes;
            if (shapes != null && !digit && !role.head && !dateWordFollows(text, i, to)) {
                shapes = null;
            }
            boolean wordStart = start == 0 || !isJoiner(text.charAt(start - 1));
            Hit hit = shapes != null && wordStart && !afterEvery(text, prevWordStart)
                    ? longest(shapes, text, start, to, prep, prevWordStart) : null;
            if (hit != null) {
                hit = complete(hit, shapes, text, start, to, prep, prepStart, prevWordStart);
                hits.add(hit);
                i = hit.end;
                prep = null;
                prevWordStart = -1;
                continue;
            }
            prep = role != null && onlySpacesBetween(text, i) ? role.prep : null;
            prepStart = start;
            prevWordStart = start;
        }
        return hits;
    }

    /** The hit with what follows it read (a possessive, a bracket) and the preposition before it joined. */
    private Hit complete(Hit hit, Shape[] shapes, String text, int start, int to, String prep, int prepStart,
                         int prevWordStart) {
        if (prep != null && isPossessive(text, hit.end)) {
            prep = null; // "hit by Monday's earthquake": the preposition governs the noun, not the date
            Hit plain = longest(shapes, text, start, to, null, prevWordStart);
            hit = plain != null ? plain : hit;
        }
        hit = bracketed(hit, text, to);
        if ("as".equals(prep)) {
            hit.prep = prep; // "as soon as October": a time, but "as" stays out of the expression
        } else if (prep != null && (!"at".equals(prep) || text.regionMatches(true, start, "the ", 0, 4))) {
            hit.prep = prep; // "at the end of April", but not "At Thursday's press conference"
            hit.start = prepStart;
        }
        return hit;
    }

    private static int addressEnd(String text, int i, int to) {
        while (i < to && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAddress(String text, int i) {
        char c = text.charAt(i);
        return (c == 'h' || c == 'H') && (text.startsWith("http://", i) || text.startsWith("https://", i))
                || (c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4);
    }

    private static boolean isPossessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && text.charAt(end + 1) == 's' && (end + 2 == text.length() || !Character.isLetter(text.charAt(end + 2)));
    }

    /**
     * A weekday or date in brackets after an expression is part of it: "tomorrow (Friday)" confirms or corrects
     * the day (never a second date), "Tuesday (Jan 8)" and "Sunday (Nov 23)" are that date.
     */
    private Hit bracketed(Hit hit, String text, int to) {
        int j = hit.end;
        while (j < to && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= to || text.charAt(j) != '(' || hit.endDay != 0 || hit.endWeekday != 0) {
            return hit; // no bracket: most forms stop here
        }
        Matcher m = bracket.reset(text).region(hit.end, to);
        if (!m.lookingAt()) {
            return hit;
        }
        if (m.group("wd") != null) {
            if (hit.kind == Hit.Kind.FULL_DATE || hit.kind == Hit.Kind.WEEKDAY) {
                return hit; // "Friday (Friday)", "25 November 2025 (Tuesday)": nothing to read from it
            }
            if (hit.kind == Hit.Kind.MONTH_DAY) {
                hit.weekday = Lexicon.weekday(m.group("wd")); // picks the year, as "Friday, November 28"
            } else if (hit.kind == Hit.Kind.DAY_OFFSET || hit.kind == Hit.Kind.NARRATIVE_DAY) {
                hit.confirm = Lexicon.weekday(m.group("wd"));
            } else {
                return hit;
            }
            hit.end = m.end();
            return hit;
        }
        if (hit.kind != Hit.Kind.WEEKDAY || hit.mod != null && !"deadline".equals(hit.mod)) {
            return hit;
        }
        int month = Lexicon.month(m.group("m"));
        int day = Lexicon.dayNumber(m.group("d"));
        boolean full = m.group("y") != null;
        Hit date = new Hit(full ? Hit.Kind.FULL_DATE : Hit.Kind.MONTH_DAY, hit.start, m.end());
        date.year = full ? Integer.parseInt(m.group("y")) : 0;
        date.month = month;
        date.day = Math.min(day, java.time.YearMonth.of(2024, month).lengthOfMonth());
        date.weekday = full ? 0 : hit.weekday;
        date.prep = hit.prep;
        return date;
    }

    /** "every May 9", "each week": a recurrence, not a date. */
    private static boolean afterEvery(String text, int prevWordStart) {
        return prevWordStart >= 0 && (text.startsWith("every ", prevWordStart) || text.startsWith("each ", prevWordStart)
                || text.startsWith("Every ", prevWordStart) || text.startsWith("Each ", prevWordStart));
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
        Role role = ROLES.get(text, s, i);
        return role != null && role.second || text.startsWith("and a half ", s); // "nine and a half hours"
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
