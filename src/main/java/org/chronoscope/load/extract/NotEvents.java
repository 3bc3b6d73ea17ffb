package org.chronoscope.load.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences that carry a date but report no happening: datelines, bylines, photo captions and credits, copyright
 * and publishing lines, embedded posts, promotions, questions, and lines with no clause at all ("Geneva,
 * Switzerland", "KYIV, March 3 (Reuters) -"). Each rule looks at the sentence's first tokens or walks them once.
 */
final class NotEvents {
    /** Why a sentence is not an event. */
    enum Reason { DATELINE, BYLINE, CAPTION, CREDIT, COPYRIGHT, PUBLISHING, EMBED, PROMOTION, QUESTION, NO_CLAUSE }

    private static final Set<String> BYLINE_LEADS = Set.of("reporting", "writing", "editing", "additional",
            "compiled", "written", "reported", "contributed", "produced", "edited", "research", "graphics",
            "translated", "text", "words", "story", "interview", "photos", "photography", "video");
    private static final Set<String> AGENCY_CREDITS = Set.of("reuters", "afp", "ap", "getty", "epa", "pool",
            "efe", "tass", "sputnik", "anadolu", "xinhua", "sipa", "sopa", "nurphoto", "ria");
    private static final Set<String> CREDIT_LEADS = Set.of("photo", "photograph", "photos", "picture", "pictures",
            "image", "images", "credit", "credits", "pictured", "caption", "illustration", "graphic", "video",
            "file", "footage", "screenshot", "screengrab", "source");
    /** Present-tense caption verbs after a name: "Macron speaks during…". */
    private static final Set<String> CAPTION_VERBS = Set.of("speaks", "gestures", "looks", "poses", "pose", "attends",
            "arrives", "arrive", "walks", "walk", "listens", "listen", "waves", "shakes", "shake", "sits", "sit",
            "stands", "stand", "smiles", "addresses", "greets", "greet", "inspects", "chats", "reacts", "react",
            "embrace", "embraces", "hug", "hugs", "are", "is");
    private static final Set<String> CAPTION_FOLLOWERS = Set.of("during", "as", "on", "at", "with", "after",
            "before", "upon", "for", "in", "seen", "pictured", "shown", "photographed", "hands", "next", "to");
    private static final Set<String> PUBLISHING_LEADS = Set.of("published", "updated", "posted", "modified",
            "created", "first", "originally", "last", "uploaded", "released", "issued", "filed", "date", "dated");
    private static final Set<String> PROMOTION_LEADS = Set.of("read", "watch", "listen", "related", "see",
            "click", "sign", "subscribe", "follow", "download", "join", "share", "advertisement", "sponsored",
            "more", "also", "recommended", "explore", "opinion", "analysis", "live", "breaking", "exclusive");
    private static final Set<String> EDITORIAL_LEADS = Set.of("correction", "clarification", "update",
            "editor's", "editor\u2019s", "editors", "disclaimer", "note");

    private NotEvents() {
    }

    /**
     * Why the sentence is no event, or null when it may be one.
     *
     * @param w     the sentence's tokens
     * @param dates its date expressions, [start, end) relative to the sentence
     */
    static Reason reason(Words w, List<int[]> dates) {
        if (w.size == 0) {
            return Reason.NO_CLAUSE;
        }
        int from = Datelines.end(w);
        if (from > 0 && words(w, from) < 3) {
            return Reason.DATELINE;
        }
        if (from > 0 && from + 2 < w.size && Datelines.isAllCaps(w, from) && Calendar.MONTHS.contains(w.lower(from))
                && Character.isDigit(w.first(from + 1))) {
            return Reason.CAPTION;
        }
        Reason r = leading(w, 0);
        if (r == null && from > 0) {
            r = leading(w, from);
        }
        if (r != null) {
            return r;
        }
        if (endsWithCaptionDate(w)) {
            return Reason.CAPTION;
        }
        r = inside(w);
        if (r != null) {
            return r;
        }
        if (isQuestion(w)) {
            return Reason.QUESTION;
        }
        return hasClause(w, from, dates) ? null : from > 0 ? Reason.DATELINE : Reason.NO_CLAUSE;
    }

    private static int words(Words w, int from) {
        int n = 0;
        for (int t = from; t < w.size && n < 3; t++) {
            n += w.isWord(t) ? 1 : 0;
        }
        return n;
    }

    private static Reason leading(Words w, int from) {
        int t = from;
        while (t < w.size && !w.isWord(t) && !w.is(t, '\u00a9')) {
            t++;
        }
        if (t >= w.size) {
            return Reason.NO_CLAUSE;
        }
        if (w.is(t, '\u00a9')) {
            return Reason.COPYRIGHT;
        }
        String first = w.lower(t);
        String second = t + 1 < w.size ? w.lower(t + 1) : "";
        if (first.equals("copyright") || first.equals("c") && t > 0 && w.is(t - 1, '(')) {
            return Reason.COPYRIGHT;
        }
        if (first.equals("by") && isNameRun(w, t + 1)) {
            return Reason.BYLINE;
        }
        if (BYLINE_LEADS.contains(first) && (second.equals("by") || t + 2 < w.size && w.lower(t + 2).equals("by"))) {
            return Reason.BYLINE;
        }
        if (CREDIT_LEADS.contains(first) && t + 1 < w.size && (w.is(t + 1, ':') || second.equals("by")
                || second.equals("credit") || second.equals("courtesy") || w.is(t + 1, '/'))) {
            return Reason.CREDIT;
        }
        if (PUBLISHING_LEADS.contains(first) && isPublishingLine(w, t, first, second)) {
            return Reason.PUBLISHING;
        }
        if ((first.equals("this") || first.equals("a")) && (second.equals("article") || second.equals("story")
                || second.equals("version") || second.equals("report"))
                && contains(w, t + 2, Math.min(w.size, t + 8), "published", "updated", "appeared", "corrected",
                "amended", "originally", "first")) {
            return Reason.PUBLISHING;
        }
        if (PROMOTION_LEADS.contains(first) && (t + 1 >= w.size || w.is(t + 1, ':') || Datelines.isAllCaps(w, t)
                || second.equals("more") || second.equals("also") || second.equals("up") || second.equals("us")
                || second.equals("here") || second.equals("now"))) {
            return Reason.PROMOTION;
        }
        if (EDITORIAL_LEADS.contains(first) && (w.is(Math.min(t + 1, w.size - 1), ':') || second.equals("note"))) {
            return Reason.PUBLISHING;
        }
        if (isCaptionOpening(w, t)) {
            return Reason.CAPTION;
        }
        return null;
    }

    /** "Published: 3 March 2025", "Last updated 12:30 GMT", "Posted on March 3": short, a date right after. */
    private static boolean isPublishingLine(Words w, int t, String first, String second) {
        if (first.equals("first") || first.equals("last") || first.equals("originally")) {
            return second.equals("published") || second.equals("updated") || second.equals("modified")
                    || second.equals("posted");
        }
        if (t + 1 < w.size && w.is(t + 1, ':')) {
            return true;
        }
        int words = 0;
        for (int k = t; k < w.size && words <= 14; k++) {
            words += w.isWord(k) ? 1 : 0;
        }
        if (words > 14 || t + 1 >= w.size) {
            return false;
        }
        int d = second.equals("on") || second.equals("at") ? t + 2 : t + 1;
        return d < w.size && w.isWord(d) && Datelines.isDateWord(w, d);
    }

    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters": capitalised words, "and", commas, nothing else. */
    private static boolean isNameRun(Words w, int t) {
        int names = 0;
        for (; t < w.size; t++) {
            if (w.isCapitalised(t)) {
                names++;
            } else if (w.isWord(t) && Character.isDigit(w.first(t))) {
                continue;
            } else if (w.isWord(t) && (w.lower(t).equals("and") || w.lower(t).equals("in") || w.lower(t).equals("for")
                    || w.lower(t).equals("de") || w.lower(t).equals("van") || w.lower(t).equals("von"))) {
                continue;
            } else if (!w.isWord(t) && !w.is(t, '(')) {
                continue;
            } else {
                return false;
            }
        }
        return names > 0 && names <= 12;
    }

    /** Credits and caption markers anywhere: "(Photo: …)", "… via Getty Images", "(L)", "Jane Doe, left, and…". */
    private static Reason inside(Words w) {
        for (int t = 0; t < w.size; t++) {
            if (w.is(t, '\u00a9')) {
                return Reason.COPYRIGHT;
            }
            if (!w.isWord(t)) {
                if (w.is(t, '(') && t + 2 < w.size && w.is(t + 2, ')') && isPositionLetter(w, t + 1)) {
                    return Reason.CAPTION;
                }
                continue;
            }
            String s = w.lower(t);
            if ((s.equals("https") || s.equals("http")) && t + 1 < w.size && w.is(t + 1, ':')
                    || s.startsWith("www.") || isTimeStamp(s)) {
                return Reason.PUBLISHING;
            }
            if (s.equals("getty") || s.equals("shutterstock") || s.equals("alamy") || s.equals("pic.twitter.com")) {
                return s.startsWith("pic") ? Reason.EMBED : Reason.CREDIT;
            }
            if ((s.equals("photo") || s.equals("photograph") || s.equals("picture") || s.equals("image"))
                    && t > 0 && (w.is(t - 1, '(') || w.is(t - 1, '/')) && (t + 1 < w.size
                    && (w.is(t + 1, ':') || w.lower(t + 1).equals("by") || w.is(t + 1, '/')))) {
                return Reason.CREDIT;
            }
            if (s.equals("all") && t + 2 < w.size && w.lower(t + 1).equals("rights")
                    && w.lower(t + 2).equals("reserved")) {
                return Reason.COPYRIGHT;
            }
            if (Lexicon.POSITIONS.contains(s) && isPositionMark(w, t)) {
                return Reason.CAPTION;
            }
            if (s.startsWith("@") || t > 0 && w.is(t - 1, '@') && t > 1 && w.is(t - 2, '(')) {
                return Reason.EMBED;
            }
            if (s.equals("via") && t + 1 < w.size && AGENCY_CREDITS.contains(w.lower(t + 1))) {
                return Reason.CREDIT;
            }
            int slash = s.indexOf('/');
            if (slash > 0 && (AGENCY_CREDITS.contains(s.substring(0, slash))
                    || AGENCY_CREDITS.contains(s.substring(s.lastIndexOf('/') + 1)))) {
                return Reason.CREDIT;
            }
        }
        return null;
    }

    /** ", left," or ", right)" after a capitalised name: the caption's way of pointing at people. */
    private static boolean isPositionMark(Words w, int t) {
        if (t < 2 || !(w.is(t - 1, ',') || w.is(t - 1, '(')) || t + 1 >= w.size) {
            return false;
        }
        String s = w.lower(t);
        boolean plain = s.equals("left") || s.equals("right") || s.equals("centre") || s.equals("center");
        int next = t + 1;
        if (!plain && (s.equals("second") || s.equals("third")) && next < w.size
                && (w.lower(next).equals("left") || w.lower(next).equals("right"))) {
            next++;
            plain = true;
        }
        return plain && next < w.size && (w.is(next, ',') || w.is(next, ')')) && w.isCapitalised(t - 2);
    }

    private static boolean isPositionLetter(Words w, int t) {
        String s = w.word(t);
        return s.equals("L") || s.equals("R") || s.equals("C") || s.equals("L-R") || s.equals("R-L")
                || s.equals("left") || s.equals("right") || s.equals("centre") || s.equals("center");
    }

    /** "Emmanuel Macron speaks during a press conference in Paris": a name, then a present-tense caption verb. */
    private static boolean isCaptionOpening(Words w, int t) {
        int names = 0;
        while (t < w.size && (w.isCapitalised(t) || w.is(t, '.') || w.is(t, '-'))) {
            names += w.isCapitalised(t) ? 1 : 0;
            t++;
        }
        if (names == 0 || t + 1 >= w.size || !w.isWord(t)) {
            return false;
        }
        String verb = w.lower(t);
        if (!CAPTION_VERBS.contains(verb)) {
            return false;
        }
        String next = w.lower(t + 1);
        if (verb.equals("is") || verb.equals("are")) {
            String after = t + 2 < w.size ? w.lower(t + 2) : "";
            return (next.equals("seen") || next.equals("pictured") || next.equals("shown"))
                    && !after.equals("as") && !after.equals("to");
        }
        return CAPTION_FOLLOWERS.contains(next) || verb.equals("poses") || verb.equals("pose")
                || verb.equals("gestures") || verb.equals("looks") && next.equals("on");
    }

    /** "2025-11-22T10:34+0000" as the tokenizer sees it ("2025-11-22T10"). */
    private static boolean isTimeStamp(String s) {
        return s.length() >= 13 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-' && s.indexOf('t', 8) == 10;
    }

    /**
     * Agency photo captions end with a comma and the picture's date: "…, near the city of Van, October 24, 2011."
     * A sentence of news names its date inside the clause, not as a trailing "Month D, YYYY".
     */
    private static boolean endsWithCaptionDate(Words w) {
        int t = w.size - 1;
        while (t > 0 && !w.isWord(t)) {
            t--;
        }
        return t >= 4 && w.isWord(t) && w.end[t] - w.start[t] == 4 && Character.isDigit(w.first(t))
                && w.is(t - 1, ',') && Character.isDigit(w.first(t - 2)) && Calendar.MONTHS.contains(w.lower(t - 3))
                && w.is(t - 4, ',');
    }

    private static boolean isQuestion(Words w) {
        int t = w.size - 1;
        while (t > 0 && w.kind[t] == Words.QUOTE) {
            t--;
        }
        return w.is(t, '?') && !w.quoted[t];
    }

    /**
     * A clause has a lower-case word that is neither a function word nor part of a date: "Russia annexed Crimea
     * in 2014" has "annexed"; "Geneva, Switzerland" and "March 3, 2025" have none.
     */
    private static boolean hasClause(Words w, int from, List<int[]> dates) {
        int d = 0;
        for (int t = from; t < w.size; t++) {
            while (d < dates.size() && dates.get(d)[1] <= w.start[t]) {
                d++;
            }
            boolean inDate = d < dates.size() && dates.get(d)[0] < w.end[t];
            if (!inDate && w.isLowerWord(t) && w.end[t] - w.start[t] > 1
                    && !Lexicon.FUNCTION.contains(w.lower(t)) && !Calendar.MONTHS.contains(w.lower(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Words w, int from, int to, String... any) {
        for (int t = from; t < to; t++) {
            if (w.isWord(t)) {
                String s = w.lower(t);
                for (String a : any) {
                    if (a.equals(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String describe(Reason r) {
        return r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
