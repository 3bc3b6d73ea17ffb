package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chronoscope.load.TextCut;

/**
 * One title being written: the sentence's tokens, which are kept (a sequence of token indices, narrowed from both
 * ends), which are replaced (a pronoun by its actor), and the speaker when the sentence is reported speech.
 * Each step below walks the tokens once or looks at a bounded window, so writing a title is linear in the sentence.
 */
final class TitleDraft {
    private static final int LEAD_REACH = 25;
    private static final int SUBJECT_REACH = 20;
    private static final int TAIL_REACH = 16;

    private final Words w;
    private final List<int[]> dates;
    private final List<EventTitles.Named> actors;
    private final EventTitles.Antecedents before;
    private final boolean[] drop;
    private final String[] replace;
    private int[] seq;
    private int speakerAt = -1;
    /** The speaker is two or three people ("Smith and Li say …"). */
    private boolean pluralSpeaker;
    private int resolvedAt = -1;
    private boolean modifierDropped;
    private int lo;
    /** The kept position of the event's date (the token after it), or -1. */
    private int focus = -1;
    private final int focusChar;
    private int hi;

    TitleDraft(Words w, List<int[]> dates, int focusChar, List<EventTitles.Named> actors,
               EventTitles.Antecedents before) {
        this.w = w;
        this.focusChar = focusChar;
        this.dates = dates;
        this.actors = actors;
        this.before = before;
        this.drop = new boolean[w.size];
        this.replace = new String[w.size];
    }

    EventTitles.Title write() {
        String text = text();
        return new EventTitles.Title(text, speakerAt, resolvedAt);
    }

    private String text() {
        int dateline = Datelines.end(w);
        for (int t = 0; t < dateline; t++) {
            drop[t] = true;
        }
        dropDates();
        dropBracketed();
        shortenNames();
        for (int t = 0; t < w.size; t++) {
            if (!w.quoted[t] && w.isWord(t) && w.lower(t).equals("also")) {
                drop[t] = true;
            }
        }
        keep();
        selectClause();
        String speaker = stripFront();
        boolean speech = speaker != null;
        boolean leading = false;
        if (!speech) {
            int[] found = speechAtFront();
            leading = found != null;
            if (found == null) {
                found = speechInMiddle();
            }
            if (found == null) {
                found = speechAtEnd();
            }
            if (found != null) {
                speaker = speakerName(found[0], found[1]);
                lo = found[2];
                hi = found[3];
                speech = true;
            } else if (lo < hi && isQuote(lo) && lo + 1 < hi && quoted(lo + 1) && before.person() != null) {
                speaker = before.person().name(); // a paragraph of quotation goes on from who was just quoted
                speakerAt = before.person().at();
                resolvedAt = speakerAt;
                speech = true;
            }
        }
        boolean direct = false;
        if (speech) {
            trimQuotesAround();
            direct = lo < hi && quoted(lo);
            stripFront();
        }
        trimClauses();
        if (!speech) {
            selfDesignation();
        }
        String says = null;
        if (speaker != null && leading && !direct && lo < hi && isPronounSubject(lo)) {
            says = speaker + (pluralSpeaker ? " say " : " says ");
            speaker = null;
        } else if (!direct) {
            resolveLeadingPronoun();
        }
        if (speaker == null && says == null && lo + 2 < hi && isArticle(lo)) {
            lo++;
        }
        boolean quote = speech && speaker == null && direct;
        String prefix = speaker != null ? speaker + ": " : says != null ? says : "";
        fit(EventTitles.MAX - prefix.length() - (quote ? 2 : 0));
        String body = render(lo, hi, true);
        if (body.isEmpty()) {
            return fallback();
        }
        if (quote) {
            return "\u201c" + body + "\u201d";
        }
        if (prefix.isEmpty()) {
            return capitalise(body);
        }
        return capitalise(prefix) + (speaker != null ? claimCase(body) : body);
    }

    // ----- what is left out before anything else

    /**
     * Date expressions, with the preposition or time-of-day word that belongs to them ("late on Sunday evening",
     * "at noon on January 20", "on January 7 and 8"). A date in the possessive becomes "the": "Sunday's quake" →
     * "the quake".
     */
    private void dropDates() {
        int t = 0;
        for (int[] d : dates) {
            while (t < w.size && w.end[t] <= d[0]) {
                t++;
            }
            int a = t;
            int b = a;
            while (b < w.size && w.start[b] < d[1]) {
                b++;
            }
            if (a >= b) {
                continue;
            }
            boolean possessive = w.end[b - 1] > d[1] && isPossessiveToken(b - 1);
            for (int k = a; k < b; k++) {
                drop[k] = !(possessive && k == a && isDatePreposition(w.lower(k)));
            }
            if (possessive) {
                drop[b - 1] = false;
                replace[b - 1] = "the";
                continue;
            }
            for (int k = a - 1, n = 0; k >= 0 && n < 3 && !drop[k] && w.isWord(k) && isDatePreposition(w.lower(k));
                 k--, n++) {
                drop[k] = true;
            }
            int k = b;
            if (k + 1 < w.size && (w.kind[k] == Words.DASH || w.isWord(k) && (w.lower(k).equals("and")
                    || w.lower(k).equals("to"))) && w.isWord(k + 1) && isDayNumber(w.lower(k + 1))) {
                drop[k] = true;
                drop[k + 1] = true;
                k += 2;
            }
            while (k < w.size && w.isWord(k) && isDayPart(w.lower(k))) {
                drop[k++] = true;
            }
            t = b;
        }
    }

    private boolean isPossessiveToken(int t) {
        String s = w.lower(t);
        return s.endsWith("'s") || s.endsWith("\u2019s") || s.endsWith("s'") || s.endsWith("s\u2019");
    }

    private static boolean isDayNumber(String s) {
        if (s.isEmpty() || s.length() > 2 || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        return Integer.parseInt(s.replaceAll("\\D", "0")) <= 31;
    }

    private static boolean isDatePreposition(String s) {
        return switch (s) {
            case "on", "in", "at", "since", "from", "until", "till", "by", "during", "as", "of", "over", "through",
                 "throughout", "around", "late", "early", "earlier", "later", "between", "overnight", "noon",
                 "midnight", "morning", "afternoon", "evening", "night", "midday" -> true;
            default -> false;
        };
    }

    private static boolean isDayPart(String s) {
        return switch (s) {
            case "morning", "afternoon", "evening", "night", "midday", "noon", "overnight" -> true;
            default -> false;
        };
    }

    /**
     * A known person is named as a headline names them: "Russian Foreign Minister Sergei Lavrov" → "Lavrov",
     * "Zelenskyj" → "Zelensky". The words of office before the name go with it.
     */
    private void shortenNames() {
        int t = 0;
        for (EventTitles.Named n : actors) {
            if (!n.person()) {
                continue;
            }
            while (t < w.size && w.end[t] <= n.start()) {
                t++;
            }
            int a = t;
            int b = a;
            while (b < w.size && w.start[b] < n.end()) {
                b++;
            }
            if (a >= b || drop[a] || w.quoted[a] || w.start[a] != n.start() || isCompanyWord(b - 1)
                    || b < w.size && isCompanyWord(b)) {
                continue; // "Partners Limited" taken for a person is part of a company's name: keep it whole
            }
            String rest = w.text.substring(Math.min(n.end(), w.end[b - 1]), w.end[b - 1]);
            replace[a] = n.name() + rest;
            for (int k = a + 1; k < b; k++) {
                drop[k] = true;
            }
            int dropped = 0;
            int k = a - 1;
            boolean office = k >= 0 && w.isWord(k) && Lexicon.TITLE_WORDS.contains(w.lower(k));
            while (office && k >= 0 && a - k <= 7 && !drop[k] && isOfficeWord(k)) {
                k--;
            }
            for (int j = k + 1; j < a; j++) {
                drop[j] = true;
                dropped++;
            }
            if (dropped > 0 && k >= 0 && w.isWord(k) && w.lower(k).equals("the")) {
                drop[k] = true;
            }
            t = b;
        }
    }

    private boolean isCompanyWord(int k) {
        return w.isWord(k) && COMPANY_WORDS.contains(w.lower(k));
    }

    private static final java.util.Set<String> COMPANY_WORDS = java.util.Set.of("limited", "ltd", "ltd.", "inc",
            "inc.", "plc", "llc", "llp", "gmbh", "ag", "sa", "holdings", "partners", "group", "corp", "corp.",
            "corporation", "company", "bank", "capital", "investments", "ventures", "enterprises", "industries");

    /** A word that may stand in a title before a name: an office, a country's adjective, "Trump's". */
    private boolean isOfficeWord(int k) {
        if (!w.isWord(k) || w.quoted[k]) {
            return false;
        }
        String s = w.lower(k);
        if (s.equals("of")) {
            return k > 0 && w.isCapitalised(k - 1);
        }
        return Lexicon.TITLE_WORDS.contains(s) || w.isCapitalised(k) && !Lexicon.DETERMINERS.contains(s)
                && !Lexicon.NEVER_FIRST.contains(s) && !Lexicon.DISCOURSE.contains(s)
                && !Lexicon.LEADING_OPENERS.contains(s);
    }

    /** Parentheses and brackets, nested or not; an unmatched one is dropped alone. One pass with a depth count. */
    private void dropBracketed() {
        int depth = 0;
        int openedAt = -1;
        for (int t = 0; t < w.size; t++) {
            if (w.is(t, '(') || w.is(t, '[')) {
                if (depth == 0) {
                    openedAt = t;
                }
                depth++;
            } else if ((w.is(t, ')') || w.is(t, ']')) && depth > 0) {
                depth--;
                if (depth == 0) {
                    for (int k = openedAt; k <= t; k++) {
                        drop[k] = true;
                    }
                }
            } else if (w.is(t, ')') || w.is(t, ']')) {
                drop[t] = true;
            }
        }
        if (depth > 0) {
            drop[openedAt] = true;
        }
        for (int t = 1; t < w.size; t++) {
            if (isSpacedDash(t) && !drop[t]) {
                for (int k = t + 2; k < Math.min(w.size - 1, t + 14); k++) {
                    if (isSpacedDash(k)) {
                        for (int j = t; j <= k; j++) {
                            drop[j] = true;
                        }
                        t = k;
                        break;
                    }
                    if (!w.isWord(k) && !w.is(k, ',') && !w.is(k, '.')) {
                        break;
                    }
                }
            }
        }
    }

    /** " – " or " - " between words: a dash that sets off a phrase, not a hyphen or a range. */
    private boolean isSpacedDash(int t) {
        return w.kind[t] == Words.DASH && w.spaceBefore(t) && t + 1 < w.size && w.start[t + 1] > w.end[t];
    }

    private void keep() {
        int n = 0;
        for (int t = 0; t < w.size; t++) {
            n += drop[t] ? 0 : 1;
        }
        seq = new int[n];
        n = 0;
        for (int t = 0; t < w.size; t++) {
            if (!drop[t]) {
                if (focus < 0 && focusChar >= 0 && w.start[t] >= focusChar) {
                    focus = n;
                }
                seq[n++] = t;
            }
        }
        lo = 0;
        hi = n;
    }

    // ----- the front of the sentence

    /** When the event's date lies in a later clause (", but Trump …", "; Russia …"), the title starts there. */
    private void selectClause() {
        if (focus < 0) {
            return;
        }
        int lastVerb = -1; // the last verb before k: one pass, whatever lo becomes
        for (int k = lo; k < Math.min(lo + 3, hi); k++) {
            lastVerb = isVerbAt(k) ? k : lastVerb;
        }
        for (int k = lo + 3; k < focus && k < hi; lastVerb = isVerbAt(k) ? k : lastVerb, k++) {
            if (quoted(k)) {
                continue;
            }
            int next = afterCoordination(k);
            if (next < 0 && w.isWord(seq[k]) && Lexicon.CLAUSE_OPENERS.contains(low(k)) && k + 1 < hi
                    && opensClause(k + 1) && !Lexicon.LEADING_OPENERS.contains(low(k + 1)) && hasVerbBeforeComma(k + 1)) {
                next = k + 1;
            }
            if (next > 0 && next + 3 < hi && next <= focus && opensClause(next) && !(is(k, ',') && lastVerb < lo)) {
                lo = next; // but "Smith, the chief executive, and Li, the chairman, said": one subject
            }
        }
    }

    private boolean isVerbAt(int k) {
        return !quoted(k) && (isVerbish(k) || w.isLowerWord(seq[k]) && Lexicon.PAST_IRREGULAR.contains(low(k)));
    }

    /** A clause has a verb: "until the early hours" is a phrase, "since Xi and Trump met" a clause. */
    private boolean hasVerbBeforeComma(int i) {
        for (int k = i; k < hi && !is(k, ',') && !is(k, ';'); k++) {
            if (isVerbish(k) || w.isLowerWord(seq[k]) && Lexicon.PAST_IRREGULAR.contains(low(k))) {
                return true;
            }
        }
        return false;
    }

    /** A clause starts with a subject: a name, a determiner or a pronoun. */
    private boolean opensClause(int i) {
        if (!w.isWord(seq[i])) {
            return isQuote(i);
        }
        String s = low(i);
        return w.isCapitalised(seq[i]) || Lexicon.DETERMINERS.contains(s) || Lexicon.PRONOUN_PERSON.contains(s)
                || Lexicon.PRONOUN_GROUP.contains(s) || s.equals("we") || Lexicon.LEADING_OPENERS.contains(s);
    }

    /**
     * Drops what comes before the subject: discourse words, reporting frames, a leading adverbial up to its comma.
     * Returns the speaker when the front was "According to X,".
     */
    private String stripFront() {
        String speaker = null;
        for (int round = 0; round < 8 && lo < hi; round++) {
            if (isPunct(lo) && !isQuote(lo) && !is(lo, '(')) {
                lo++;
                continue;
            }
            int phrase = phraseAt(lo);
            if (phrase > 0) {
                lo = skipComma(lo + phrase);
                continue;
            }
            String first = low(lo);
            if (first.equals("according") && lo + 1 < hi && low(lo + 1).equals("to")) {
                int comma = comma(lo + 2, Math.min(hi, lo + 16));
                if (comma > lo + 2) {
                    speaker = speakerName(lo + 2, comma);
                    lo = comma + 1;
                    continue;
                }
            }
            if (Lexicon.DISCOURSE.contains(first) && !quoted(lo) && lo + 1 < hi) {
                lo = skipComma(lo + 1);
                continue;
            }
            if (Lexicon.DISCOURSE_NEEDS_COMMA.contains(first) && lo + 1 < hi && is(lo + 1, ',')) {
                lo += 2;
                continue;
            }
            if (first.equals("there") && lo + 2 < hi && isBe(low(lo + 1))) {
                lo += low(lo + 2).equals("been") ? 3 : 2;
                continue;
            }
            if (first.equals("it") && lo + 2 < hi && isBe(low(lo + 1)) && isJudgement(lo + 2)) {
                lo += 2;
                continue;
            }
            boolean participle = first.endsWith("ing") && first.length() > 5 && w.isCapitalised(seq[lo]);
            if ((Lexicon.LEADING_OPENERS.contains(first) || participle) && !quoted(lo) && !isQuantity(lo)) {
                int comma = comma(lo + 1, Math.min(hi, lo + LEAD_REACH));
                if (comma > 0 && plausibleSubject(comma + 1) && !isAttributionOnly(comma + 1)) {
                    lo = comma + 1;
                    continue;
                }
                int subject = comma < 0 && Lexicon.CUT_BEFORE.contains(first) ? clauseAfterOpener(lo + 1) : -1;
                if (subject > 0) { // "At the sixth hearing of the petition the judge ordered …": no comma
                    lo = subject;
                    continue;
                }
            }
            break;
        }
        return speaker;
    }

    /**
     * Where the main clause starts after a leading prepositional phrase with no comma: a determiner, one or two
     * words and a past tense ("… the judge ordered"), within reach; else -1.
     */
    private int clauseAfterOpener(int from) {
        int limit = Math.min(hi - 2, from + LEAD_REACH);
        for (int j = from + 2; j < limit; j++) {
            if (!w.isLowerWord(seq[j]) || !Lexicon.DETERMINERS.contains(low(j)) || !w.isWord(seq[j - 1])
                    || Lexicon.FUNCTION.contains(low(j - 1))) {
                continue;
            }
            for (int v = j + 2; v <= Math.min(j + 3, hi - 2); v++) {
                String s = low(v);
                if (w.isLowerWord(seq[v]) && (s.endsWith("ed") && s.length() > 4 || Lexicon.PAST_IRREGULAR.contains(s))
                        && w.isWord(seq[v - 1]) && !Lexicon.FUNCTION.contains(low(v - 1))) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** "At least 12 …", "Up to 40 …", "About 300 …": a number, not an adverbial. */
    private boolean isQuantity(int i) {
        String s = low(i);
        String next = i + 1 < hi ? low(i + 1) : "";
        return s.equals("at") && (next.equals("least") || next.equals("most"))
                || s.equals("up") && next.equals("to") || (s.equals("about") || s.equals("around") || s.equals("nearly")
                || s.equals("almost") || s.equals("over") || s.equals("some")) && i + 1 < hi
                && Character.isDigit(w.first(seq[i + 1]));
    }

    /** What follows is only "witnesses said." or too short to be a clause. */
    private boolean isAttributionOnly(int i) {
        int words = 0;
        boolean saying = false;
        for (int k = i; k < hi && words < 8; k++) {
            if (w.isWord(seq[k])) {
                words++;
                saying |= Lexicon.SAYING.contains(low(k));
            }
        }
        return words < 3 || saying && words <= 6;
    }

    private int phraseAt(int i) {
        for (String[] p : Lexicon.DISCOURSE_PHRASES) {
            if (i + p.length <= hi && !quoted(i)) {
                boolean match = true;
                for (int k = 0; k < p.length && match; k++) {
                    match = w.isWord(seq[i + k]) && low(i + k).equals(p[k]);
                }
                if (match) {
                    return p.length;
                }
            }
        }
        return 0;
    }

    private boolean plausibleSubject(int i) {
        if (i >= hi) {
            return false;
        }
        if (isQuote(i) || w.isCapitalised(seq[i])) {
            return true;
        }
        if (!w.isWord(seq[i])) {
            return false;
        }
        String s = low(i);
        if (Lexicon.DETERMINERS.contains(s) || Lexicon.NEVER_FIRST.contains(s)) {
            return true;
        }
        return !s.endsWith("ing") && !s.endsWith("ed") && !Lexicon.CLAUSE_BREAKERS.contains(s)
                && !Lexicon.BAD_END.contains(s);
    }

    // ----- reported speech

    /**
     * "X said (on Monday) (that) …", "X told reporters: '…'": {subject from, subject to, claim from, claim to}
     * as positions in the kept sequence, or null.
     */
    private int[] speechAtFront() {
        int limit = Math.min(hi, lo + SUBJECT_REACH);
        int commas = 0;
        int relFrom = -1;
        int relTo = -1;
        for (int v = lo + 1; v < limit; v++) {
            if (quoted(v) || isQuote(v)) {
                return null;
            }
            if (is(v, ',')) {
                commas++;
                continue;
            }
            if (!w.isWord(seq[v])) {
                continue;
            }
            String verb = low(v);
            if ((verb.equals("who") || verb.equals("which")) && is(v - 1, ',') && relFrom < 0) {
                int close = comma(v + 1, Math.min(hi, v + SUBJECT_REACH)); // "X, which is owed …, said"
                if (close < 0) {
                    return null;
                }
                relFrom = v - 1;
                relTo = close;
                commas--;
                limit = Math.min(hi, close + SUBJECT_REACH / 2);
                v = close;
                continue;
            }
            if (verb.equals("that") || verb.equals("who") || verb.equals("which")) {
                return null;
            }
            boolean subject = relFrom < 0 ? isSubject(lo, v) : isSubject(lo, relFrom) && isSubject(relTo + 1, v);
            if (!Lexicon.SAYING.contains(verb) || !w.isLowerWord(seq[v]) || isPassive(v) || !subject
                    || isReflexive(v + 1)) {
                continue;
            }
            if ((commas == 1 || commas > 2) && joinedNames(w.start[seq[lo]], w.end[seq[v - 1]]) == null) {
                continue;
            }
            int claim = claimStart(v);
            if (claim < 0 && Lexicon.SAYING_NEEDS_THAT.contains(verb)) {
                return null;
            }
            if (claim < 0) {
                claim = afterReportingPlace(Lexicon.TELLING.contains(verb) ? afterObject(v + 1) : v + 1);
                if (claim < hi && w.isWord(seq[claim]) && Lexicon.CUT_BEFORE.contains(low(claim))) {
                    return null; // "contended with the cold": no claim follows
                }
            }
            if (claim >= hi - 1) {
                return null;
            }
            return new int[] {lo, v, claim, hi};
        }
        return null;
    }

    /** A subject has no clause in it: no subordinator, no past tense after a name ("Trump adopted … when he"). */
    private boolean isSubject(int a, int b) {
        for (int i = a; i < b; i++) {
            if (!w.isWord(seq[i])) {
                continue;
            }
            String s = low(i);
            if (Lexicon.SUBORDINATORS.contains(s)) {
                return false;
            }
            if (w.isLowerWord(seq[i]) && i > a && w.isCapitalised(seq[i - 1])
                    && (s.endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(s)) && !Lexicon.TITLE_WORDS.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** "is said to", "was told": not speech. */
    private boolean isPassive(int v) {
        return v > lo && isBe(low(v - 1)) || v + 1 < hi && low(v + 1).equals("to") && !Lexicon.TELLING.contains(low(v));
    }

    /** Where the claim begins after the verb of saying: after "that", a colon, or at an opening quote; else -1. */
    private int claimStart(int v) {
        int limit = Math.min(hi, v + 12);
        for (int j = v + 1; j < limit && !quoted(j) && !isQuote(j); j++) {
            if (is(j, ':')) {
                return j + 1;
            }
        }
        for (int j = v + 1; j < limit; j++) {
            if (isQuote(j)) {
                return j <= v + 3 ? j : -1;
            }
            if (quoted(j)) {
                return -1;
            }
            if (is(j, ':')) {
                return j + 1;
            }
            if (is(j, ',')) {
                return j + 1 < hi && isQuote(j + 1) ? j + 1 : -1;
            }
            if (w.isWord(seq[j]) && low(j).equals("that")) {
                return j + 1;
            }
            if (w.isWord(seq[j]) && Lexicon.SAYING.contains(low(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** "said in a statement …", "said on Telegram …": the claim starts after the phrase that places the words. */
    private int afterReportingPlace(int i) {
        if (i >= hi || !w.isWord(seq[i]) || !isPlacePreposition(low(i))) {
            return i;
        }
        for (int j = i + 1; j < Math.min(hi, i + 6); j++) {
            if (w.isWord(seq[j]) && Lexicon.REPORTING_PLACES.contains(low(j))) {
                j++;
                if (j + 1 < hi && (low(j).equals("with") || low(j).equals("to")) && w.isCapitalised(seq[j + 1])) {
                    j += 2;
                    while (j < hi && w.isCapitalised(seq[j])) {
                        j++;
                    }
                }
                return j;
            }
        }
        return i;
    }

    /** "told reporters …", "told the BBC …": the claim starts after a short object. */
    private int afterObject(int i) {
        if (i < hi && w.isWord(seq[i]) && Lexicon.DETERMINERS.contains(low(i))) {
            i++;
            while (i + 1 < hi && w.isCapitalised(seq[i]) && w.isCapitalised(seq[i + 1])) {
                i++;
            }
        }
        return i + 1;
    }

    /** "'…,' X said, '…'": the first part of a quote interrupted by its attribution. */
    private int[] speechInMiddle() {
        for (int q = lo + 1; q < hi; q++) {
            if (!isQuote(q) || !closes(seq[q])) {
                continue;
            }
            int limit = Math.min(hi, q + 9);
            for (int v = q + 1; v < limit; v++) {
                if (!w.isLowerWord(seq[v]) || !Lexicon.SAYING.contains(low(v))) {
                    continue;
                }
                for (int c = v + 1; c < Math.min(hi - 1, v + 5); c++) {
                    if (is(c, ',') && isQuote(c + 1)) {
                        return v == q + 1 ? new int[] {v + 1, nameEnd(v + 1), lo, q} : new int[] {q + 1, v, lo, q};
                    }
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /** "…, X said." and "'…,' said X." and "…, according to X.": as {@link #speechAtFront()}. */
    private int[] speechAtEnd() {
        for (int j = hi - 2; j > lo + 2 && j >= hi - TAIL_REACH; j--) {
            if (!is(j, ',')) {
                continue;
            }
            int tail = j + 1;
            if (tail < hi && isQuote(tail)) {
                tail++;
            }
            if (quoted(tail < hi ? tail : j)) {
                return null;
            }
            if (tail < hi && w.isWord(seq[tail]) && (low(tail).equals("and") || low(tail).equals("but"))) {
                return null;
            }
            if (tail + 1 < hi && low(tail).equals("according") && low(tail + 1).equals("to")) {
                return new int[] {tail + 2, nameEnd(tail + 2), lo, j};
            }
            for (int v = tail; v < Math.min(hi, tail + 8); v++) {
                if (w.isLowerWord(seq[v]) && Lexicon.SAYING.contains(low(v)) && !isPassive(v)) {
                    if (!endsSoonAfter(v)) {
                        return null;
                    }
                    if (v == tail) {
                        return v + 1 < hi && speakerFollows(v + 1) ? new int[] {v + 1, nameEnd(v + 1), lo, j} : null;
                    }
                    return new int[] {tail, v, lo, j};
                }
                if (isPunct(v)) {
                    break;
                }
            }
            return null;
        }
        return null;
    }

    /** "said the minister", "said Lavrov", "said he": who speaks, not an object ("conceded defeat"). */
    private boolean speakerFollows(int i) {
        if (!w.isWord(seq[i])) {
            return false;
        }
        String s = low(i);
        boolean pronoun = Lexicon.PRONOUN_PERSON.contains(s) || Lexicon.PRONOUN_GROUP.contains(s);
        return w.isCapitalised(seq[i]) || Lexicon.DETERMINERS.contains(s) || pronoun && (i + 1 >= hi || isPunct(i + 1));
    }

    private boolean isReflexive(int i) {
        return i < hi && w.isWord(seq[i]) && REFLEXIVES.contains(low(i));
    }

    /**
     * "declared himself the country's new leader": a self-designation, not speech; the headline puts it in the
     * present as it does a verb of saying ("Doumbouya declares himself …").
     */
    private void selfDesignation() {
        for (int k = lo; k + 1 < hi; k++) {
            if (!w.isLowerWord(seq[k]) || !isReflexive(k + 1)) {
                continue;
            }
            String present = SELF_DESIGNATION.get(low(k));
            if (present != null) {
                boolean plural = low(k + 1).equals("themselves");
                replace[seq[k]] = plural ? present.substring(0, present.length() - 1) : present;
                return;
            }
        }
    }

    private static final java.util.Set<String> REFLEXIVES = java.util.Set.of("himself", "herself", "itself",
            "themselves");
    private static final java.util.Map<String, String> SELF_DESIGNATION = java.util.Map.of("declared", "declares",
            "proclaimed", "proclaims", "named", "names", "crowned", "crowns", "appointed", "appoints", "styled",
            "styles", "anointed", "anoints", "nominated", "nominates");

    /** After the verb of a trailing attribution only a few words may follow ("…, he told reporters in Kyiv."). */
    private boolean endsSoonAfter(int v) {
        int words = 0;
        for (int k = v + 1; k < hi; k++) {
            if (w.isWord(seq[k])) {
                if (low(k).equals("that") || ++words > 6) {
                    return false;
                }
            }
        }
        return true;
    }

    private int nameEnd(int i) {
        int j = i;
        while (j < hi && !isPunct(j) && !(w.isWord(seq[j]) && isPlacePreposition(low(j)))) {
            j++;
        }
        return j;
    }

    private static boolean isPlacePreposition(String s) {
        return switch (s) {
            case "in", "on", "at", "to", "during", "after", "before", "while", "when", "as", "from" -> true;
            default -> false;
        };
    }

    /** A headline's name for the speaker in [a, b): a known actor, a pronoun's antecedent, or the noun phrase. */
    private String speakerName(int a, int b) {
        if (a >= b) {
            return null;
        }
        int from = w.start[seq[a]];
        int to = w.end[seq[b - 1]];
        EventTitles.Named head = null;
        for (EventTitles.Named n : actors) {
            if (n.start() >= from && n.start() < to) {
                head = n;
            }
        }
        String joined = joinedNames(from, to);
        if (joined != null) {
            speakerAt = actors.stream().filter(n -> n.end() > from).findFirst().orElseThrow().at();
            pluralSpeaker = true;
            return joined;
        }
        if (head != null && isHeadOfSubject(head, b)) {
            speakerAt = head.at();
            return head.name();
        }
        if (b - a == 1 && w.isWord(seq[a])) {
            String p = low(a);
            EventTitles.Named n = Lexicon.PRONOUN_PERSON.contains(p) ? before.person()
                    : Lexicon.PRONOUN_GROUP.contains(p) ? before.group() : null;
            if (n != null) {
                speakerAt = n.at();
                resolvedAt = n.at();
                return n.name();
            }
            if (Lexicon.NEVER_FIRST.contains(p)) {
                return null;
            }
        }
        int end = a;
        while (end < b && !isPunct(end) && !Lexicon.SPEAKER_STOPS.contains(low(end))) {
            end++;
        }
        int start = a;
        while (start < end && Lexicon.DETERMINERS.contains(low(start))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        boolean owner = isPossessive(start) && end - start <= 3;
        pluralSpeaker = isPluralNoun(end - 1);
        return capitalise(render(owner ? start : Math.max(start, end - 3), end, false));
    }

    /** "leaders", "ministers", "witnesses": a common noun in the plural ("Nordic leaders say"). */
    private boolean isPluralNoun(int i) {
        if (!w.isLowerWord(seq[i])) {
            return false;
        }
        String s = low(i);
        return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")
                && !Lexicon.FUNCTION.contains(s);
    }

    /**
     * Two or three actors joined by "and" in text[from, to), each perhaps with an appositive ("Smith, the chief
     * executive, and Li, the chairman"): "Smith and Li"; else null.
     */
    private String joinedNames(int from, int to) {
        List<EventTitles.Named> in = new ArrayList<>();
        for (EventTitles.Named n : actors) {
            if (n.end() > from && n.start() < to) {
                in.add(n);
            }
        }
        if (in.size() < 2 || in.size() > 3) {
            return null;
        }
        for (int k = 1; k < in.size(); k++) {
            if (!joins(w.text.substring(in.get(k - 1).end(), in.get(k).start()), k == in.size() - 1)) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < in.size(); k++) {
            sb.append(k == 0 ? "" : k == in.size() - 1 ? " and " : ", ").append(in.get(k).name());
        }
        return sb.toString();
    }

    /** What lies between two joined names: an appositive, then "and" (or a comma) and at most a short title. */
    private static boolean joins(String between, boolean last) {
        String b = between.strip() + " ";
        if (b.startsWith(",")) {
            int close = b.indexOf(',', 1);
            if (close > 0 && close < 60 && (b.startsWith(", and ", close) || !last && b.length() == close + 2)) {
                b = b.substring(close + 1).strip();
            } else if (!last || !b.startsWith(", and ")) {
                return b.equals(", ") && !last;
            }
        }
        if (b.startsWith(",")) {
            b = b.substring(1).strip();
        }
        b = b.strip();
        if (last != (b.startsWith("and ") || b.equals("and"))) {
            return false;
        }
        String[] words = b.isEmpty() ? new String[0] : b.split("\\s+");
        if (words.length > 4) {
            return false;
        }
        for (int k = last ? 1 : 0; k < words.length; k++) {
            String x = words[k].toLowerCase(Locale.ROOT);
            if (x.endsWith("ed") || Lexicon.SAYING.contains(x) || Lexicon.FUNCTION.contains(x)
                    && !Lexicon.DETERMINERS.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The actor is the subject's head, not a modifier: nothing but a title or appositive follows it. */
    private boolean isHeadOfSubject(EventTitles.Named n, int b) {
        int words = 0;
        for (int i = b - 1; i >= lo && w.end[seq[i]] > n.end(); i--) {
            if (is(i, ',')) {
                words = 0;
                continue;
            }
            if (w.isWord(seq[i]) && replace[seq[i]] == null) {
                words++;
            }
        }
        return words == 0;
    }

    /** The quote marks around a direct quote that makes up the claim. */
    private void trimQuotesAround() {
        if (lo < hi && isQuote(lo) && lo + 1 < hi && quoted(lo + 1)) {
            lo++;
            int k = lo;
            while (k < hi && quoted(k)) {
                k++;
            }
            if (k < hi && isQuote(k) && k > lo + 1) {
                hi = k;
            }
        }
        while (hi > lo && (isQuote(hi - 1) || is(hi - 1, ','))) {
            hi--;
        }
    }

    private boolean isPronounSubject(int i) {
        String s = low(i);
        return w.isWord(seq[i]) && !quoted(i) && (Lexicon.PRONOUN_PERSON.contains(s) || s.equals("they")
                || s.equals("it") && i + 1 < hi && !isExpletiveVerb(low(i + 1)) || s.equals("we"));
    }

    private static boolean isExpletiveVerb(String s) {
        return s.equals("is") || s.equals("was") || s.equals("seems") || s.equals("appears") || s.equals("remains");
    }

    // ----- the main clause

    private static final java.util.Set<String> LIST_OPENERS = java.util.Set.of("including", "notably", "especially",
            "among", "namely", "like", "such");

    /** Relative clauses and appositives between commas go; the sentence is cut before a trailing clause. */
    private void trimClauses() {
        int[] out = new int[hi - lo];
        int n = 0;
        int i = lo;
        int end = hi;
        while (i < end) {
            int named = selfNamingEnd(i, end);
            if (named > i) { // "a group that calls itself the Movement for …": the name it gives itself goes
                i = named;
                continue;
            }
            if (is(i, ',') && i > lo && !quoted(i) && i + 1 < end) {
                String next = low(i + 1);
                if (Lexicon.RELATIVES.contains(next)) {
                    int close = comma(i + 2, Math.min(end, i + 25));
                    if (close > 0 && close + 1 < end && isVerbLike(close + 1)) {
                        i = close + 1;
                        continue;
                    }
                    end = i;
                    break;
                }
                if (LIST_OPENERS.contains(next)) { // "Lenders, including X and Y, rejected …"
                    int close = comma(i + 2, Math.min(end, i + 25));
                    if (close > 0 && close + 1 < end && isVerbLike(close + 1)) {
                        i = close + 1;
                        continue;
                    }
                }
                if (isNameEnd(i - 1) && opensAppositive(i + 1)) {
                    int close = comma(i + 2, Math.min(end, i + 25));
                    int rel = relativeIn(i + 2, close); // "the two candidates who had led the polls"
                    if (close > 0 && close + 1 < end && !hasSaying(i + 1, rel) && !hasVerb(i + 1, rel)
                            && (rel < close || close <= i + 12)
                            && (isVerbLike(close + 1) || Lexicon.RELATIVES.contains(low(close + 1)))) {
                        i = Lexicon.RELATIVES.contains(low(close + 1)) ? close : close + 1;
                        continue;
                    }
                }
            }
            out[n++] = seq[i];
            i++;
        }
        seq = out;
        lo = 0;
        hi = n;
        int length = 0;
        for (int k = lo + 1; k < hi; k++) {
            length += textLength(seq[k - 1]) + 1;
            if (quoted(k) || !isClauseBreak(k) || length <= MIN_KEEP) {
                continue;
            }
            hi = k;
            return;
        }
    }

    /**
     * Where a clause in which a group names itself ends ("that calls itself the X of Y", "calling themselves X"),
     * when one starts at i; else i. The name is the run of capitalised words and the small words joining them.
     */
    private int selfNamingEnd(int i, int end) {
        if (i <= lo || quoted(i) || !w.isLowerWord(seq[i])) {
            return i;
        }
        int k = i;
        if (Lexicon.RELATIVES.contains(low(k)) || low(k).equals("that")) {
            k++;
        }
        if (k + 1 >= end || !w.isLowerWord(seq[k]) || !NAMING.contains(low(k)) || !isReflexive(k + 1)) {
            return i;
        }
        k += 2;
        if (k < end && w.isWord(seq[k]) && low(k).equals("the")) {
            k++;
        }
        int name = k;
        while (k < end && w.isWord(seq[k]) && (w.isCapitalised(seq[k])
                || NAME_JOINERS.contains(low(k)) && k > name && k + 1 < end && isNameContinuation(k + 1))) {
            k++;
        }
        return k > name ? k : i;
    }

    private boolean isNameContinuation(int k) {
        if (w.isWord(seq[k]) && low(k).equals("the")) {
            k++;
        }
        return k < hi && w.isCapitalised(seq[k]);
    }

    private static final java.util.Set<String> NAMING = java.util.Set.of("calls", "call", "called", "calling",
            "styles", "style", "styled", "styling", "names", "named", "naming", "dubs", "dubbed");
    /** Small words inside an organisation's name: "Council for the Safeguarding of the Homeland". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "the", "and", "de",
            "du", "des", "la", "on", "in", "to", "&");

    /** A lower-case word between two capitalised ones belongs to a name: "Movement for the Defence". */
    private boolean insideName(int i) {
        return i > lo && i + 1 < hi && w.isWord(seq[i]) && NAME_JOINERS.contains(low(i))
                && w.isCapitalised(seq[i - 1]) && isNameContinuation(i + 1);
    }

    /**
     * ", two days after …", ", hours before …", ", a week later": a trailing adjunct that says when relative to
     * something else; the title ends before it.
     */
    private boolean opensTimeAdjunct(int k) {
        for (int j = k + 1, n = 0; j < hi && n < 5; j++, n++) {
            if (!w.isWord(seq[j]) || w.isCapitalised(seq[j]) && n > 0) {
                return false;
            }
            String s = low(j);
            if (n > 0 && (s.equals("after") || s.equals("before") || s.equals("later") || s.equals("earlier")
                    || s.equals("ago"))) {
                return true;
            }
            if (n == 0 && !(Character.isDigit(w.first(seq[j])) || TIME_COUNTS.contains(s))) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TIME_COUNTS = java.util.Set.of("a", "an", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "several", "hours", "days", "weeks", "months",
            "minutes", "moments", "shortly", "just", "only", "barely", "soon", "some", "few", "less", "more",
            "years");

    /** Where the clause after a coordinating break starts (", but he…", "; Russia…"), or -1. */
    private int afterCoordination(int k) {
        if (is(k, ';') || w.kind[seq[k]] == Words.DASH) {
            return k + 1;
        }
        if (is(k, ',') && k + 1 < hi && w.isWord(seq[k + 1])) {
            String s = low(k + 1);
            if (s.equals("but") || s.equals("and") || s.equals("while") || s.equals("whereas") || s.equals("yet")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** Shortest title a cut may leave (characters). */
    private static final int MIN_KEEP = 22;

    private boolean isClauseBreak(int k) {
        int t = seq[k];
        if (w.is(t, ';') || w.is(t, ':') || w.is(t, '.') || w.is(t, '!') || w.is(t, '?')) {
            return true;
        }
        if (w.kind[t] == Words.DASH && w.spaceBefore(t) && (t + 1 >= w.size || w.start[t + 1] > w.end[t])) {
            return true;
        }
        if (w.isWord(t) && low(k).equals("and") && k + 1 < hi && w.isLowerWord(seq[k + 1])
                && Lexicon.SAYING.contains(low(k + 1))) {
            return true;
        }
        if (!w.is(t, ',') || k + 1 >= hi || !w.isWord(seq[k + 1])) {
            return false;
        }
        String next = low(k + 1);
        return Lexicon.CLAUSE_BREAKERS.contains(next) || opensTimeAdjunct(k)
                || w.isLowerWord(seq[k + 1]) && (next.endsWith("ing") || next.endsWith("ed")) && next.length() > 4;
    }

    /** Where a relative pronoun starts a clause in [a, b), else b. */
    private int relativeIn(int a, int b) {
        for (int k = a; k < b; k++) {
            if (w.isWord(seq[k]) && (low(k).equals("who") || low(k).equals("which") || low(k).equals("that"))) {
                return k;
            }
        }
        return b;
    }

    /** A past-tense word inside an appositive means it is a clause, not a title. */
    private boolean hasVerb(int a, int b) {
        for (int i = a; i < b; i++) {
            if (w.isLowerWord(seq[i]) && (low(i).endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(low(i)))
                    && !Lexicon.TITLE_WORDS.contains(low(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameEnd(int i) {
        return w.isCapitalised(seq[i]) || w.isWord(seq[i]) && Character.isDigit(w.first(seq[i]));
    }

    private boolean opensAppositive(int i) {
        if (!w.isWord(seq[i])) {
            return false;
        }
        String s = low(i);
        return Lexicon.DETERMINERS.contains(s) || Lexicon.POSITIONS.contains(s) || Character.isDigit(w.first(seq[i]))
                || w.isCapitalised(seq[i]) && s.endsWith("'s") || s.endsWith("\u2019s");
    }

    private boolean isVerbLike(int i) {
        if (!w.isLowerWord(seq[i])) {
            return false;
        }
        String s = low(i);
        return !Lexicon.CLAUSE_BREAKERS.contains(s) && !Lexicon.DETERMINERS.contains(s)
                && !Lexicon.FUNCTION.contains(s);
    }

    private boolean hasSaying(int a, int b) {
        for (int i = a; i < b; i++) {
            if (w.isWord(seq[i]) && Lexicon.SAYING.contains(low(i))) {
                return true;
            }
        }
        return false;
    }

    /** "He met…" → "Macron met…", "Its army…" → "Russia’s army…", "This move…" → "Move…". */
    private void resolveLeadingPronoun() {
        if (lo >= hi || !w.isWord(seq[lo]) || quoted(lo)) {
            return;
        }
        String s = low(lo);
        EventTitles.Named named = null;
        boolean possessive = false;
        if (Lexicon.PRONOUN_PERSON.contains(s)) {
            named = before.person();
        } else if (Lexicon.PRONOUN_GROUP.contains(s)) {
            named = before.group();
        } else if (Lexicon.POSSESSIVE_PERSON.contains(s)) {
            named = before.person();
            possessive = true;
        } else if (Lexicon.POSSESSIVE_GROUP.contains(s)) {
            named = before.group();
            possessive = true;
        } else if (Lexicon.DEMONSTRATIVES.contains(s) && lo + 2 < hi && w.isLowerWord(seq[lo + 1])
                && !isBe(low(lo + 1)) && !Lexicon.BAD_END.contains(low(lo + 1))) {
            lo++;
            return;
        } else if (!Lexicon.NEVER_FIRST.contains(s)) {
            return;
        }
        if (named != null) {
            resolvedAt = named.at();
            replace[seq[lo]] = possessive ? named.name() + "\u2019s" : named.name();
            return;
        }
        if (lo + 2 < hi) {
            lo++;
            while (lo + 2 < hi && w.isWord(seq[lo]) && Lexicon.DISCOURSE.contains(low(lo))) {
                lo++;
            }
        }
    }

    // ----- length

    /** Cuts the title to the budget at the last phrase boundary that fits, never after a function word. */
    private void fit(int budget) {
        if (renderedLength(lo, hi) <= budget) {
            return;
        }
        int best = -1;
        int fallback = -1;
        int length = 0;
        int prev = -1;
        boolean verb = false;
        for (int i = lo; i < hi; i++) {
            int t = seq[i];
            int add = (prev >= 0 && needsSpace(prev, t) ? 1 : 0) + textLength(t);
            if (i > lo && length <= budget) {
                boolean goodEnd = w.isWord(seq[i - 1]) && !Lexicon.BAD_END.contains(low(i - 1))
                        && !insideName(i) && !(i - 1 > lo && insideName(i - 1))
                        && !(w.isCapitalised(seq[i - 1]) && w.isCapitalised(seq[i]));
                if (goodEnd && isCutPoint(i) && length >= MIN_KEEP && verb) {
                    best = i;
                }
                if (goodEnd) {
                    fallback = i;
                }
            }
            length += add;
            prev = t;
            verb |= i > lo && isVerbish(i);
            if (length > budget + 40) {
                break;
            }
        }
        if (best < 0 && !modifierDropped && dropLongModifier()) {
            modifierDropped = true; // once: a second pass could copy the rest of a hostile sentence again and again
            fit(budget);
            return;
        }
        int cut = best > 0 ? best : fallback > 0 ? fallback : lo + 1;
        hi = cut;
        while (hi - 1 > lo && (isPunct(hi - 1) && !isQuote(hi - 1) || w.isWord(seq[hi - 1])
                && Lexicon.BAD_END.contains(low(hi - 1)))) {
            hi--;
        }
    }

    /**
     * A subject too long to leave room for its verb ("Delegates from the Federation of … Provinces walked out"):
     * the words after its head noun go, up to the verb that follows the name ("Delegates walked out"). True when
     * something was dropped.
     */
    private boolean dropLongModifier() {
        int limit = Math.min(hi, lo + 3 * SUBJECT_REACH);
        int head = -1;
        boolean name = false;
        for (int i = lo + 1; i < limit; i++) {
            if (head < 0 && w.isLowerWord(seq[i]) && (Lexicon.CUT_BEFORE.contains(low(i)) || isVerbish(i))) {
                head = i;
            }
            name |= head > 0 && w.isCapitalised(seq[i]);
            if (name && i > head + 1 && isVerbish(i) && w.isWord(seq[i - 1])
                    && !Lexicon.FUNCTION.contains(low(i - 1)) && !Lexicon.CUT_BEFORE.contains(low(i - 1))) {
                int[] out = new int[(head - lo) + (hi - i)];
                System.arraycopy(seq, lo, out, 0, head - lo);
                System.arraycopy(seq, i, out, head - lo, hi - i);
                seq = out;
                lo = 0;
                hi = out.length;
                focus = -1;
                return true;
            }
            if (isPunct(i)) {
                return false;
            }
        }
        return false;
    }

    /** A word that is probably a verb: a past tense, an auxiliary, a modal, or a present tense after a name. */
    private boolean isVerbish(int i) {
        if (!w.isLowerWord(seq[i])) {
            return false;
        }
        String s = low(i);
        if (Lexicon.PAST_IRREGULAR.contains(s) || s.endsWith("ed") && s.length() > 3 || Lexicon.SAYING.contains(s)) {
            return true;
        }
        return s.endsWith("s") && !s.endsWith("ss") && i > lo && w.isCapitalised(seq[i - 1])
                && !Lexicon.FUNCTION.contains(s);
    }

    private boolean isCutPoint(int i) {
        int t = seq[i];
        if (w.quoted[t]) {
            return false;
        }
        return w.isWord(t) && Lexicon.CUT_BEFORE.contains(w.lower(t)) || w.is(t, ',') || w.is(t, ';')
                || w.kind[t] == Words.DASH || w.is(t, '(') || isQuote(i);
    }

    // ----- output

    /** The kept tokens [a, b) as text; with balance, quote marks that have lost their partner are left out. */
    private String render(int a, int b, boolean balance) {
        boolean quotes = balance && !quotesBalanced(a, b);
        StringBuilder sb = new StringBuilder();
        int prev = -1;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            if (quotes && w.kind[t] == Words.QUOTE) {
                continue;
            }
            if (prev >= 0 && needsSpace(prev, t)) {
                sb.append(' ');
            }
            if (replace[t] != null) {
                sb.append(replace[t]);
            } else {
                sb.append(w.text, w.start[t], w.end[t]);
            }
            prev = t;
        }
        int end = sb.length();
        while (end > 0 && ",;:-\u2013\u2014.|".indexOf(sb.charAt(end - 1)) >= 0) {
            end--;
        }
        sb.setLength(end);
        int begin = 0;
        while (begin < sb.length() && (",;:.-\u2013\u2014|".indexOf(sb.charAt(begin)) >= 0
                || Words.isSpace(sb.charAt(begin)))) {
            begin++;
        }
        String s = sb.substring(begin).strip();
        if (s.length() > EventTitles.MAX + 40 && balance) {
            s = s.substring(0, TextCut.safeEnd(s, EventTitles.MAX));
        }
        return s;
    }

    private boolean quotesBalanced(int a, int b) {
        int open = 0;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            if (w.kind[t] != Words.QUOTE) {
                continue;
            }
            if (opens(t)) {
                open++;
            } else if (closes(t) && open > 0) {
                open--;
            } else {
                return false;
            }
        }
        return open == 0;
    }

    private boolean opens(int t) {
        return t + 1 < w.size && w.quoted[t + 1] && (t == 0 || !w.quoted[t - 1]);
    }

    private boolean closes(int t) {
        return t > 0 && w.quoted[t - 1] && (t + 1 >= w.size || !w.quoted[t + 1]);
    }

    private boolean needsSpace(int p, int t) {
        if (t == p + 1 && w.start[t] == w.end[p]) {
            return false;
        }
        if (w.kind[t] == Words.PUNCT && ",.;:!?)]%".indexOf(w.first(t)) >= 0) {
            return false;
        }
        if (w.kind[t] == Words.QUOTE && closes(t) || w.kind[p] == Words.QUOTE && opens(p)) {
            return false;
        }
        return !(w.is(p, '(') || w.is(p, '['));
    }

    /** The length of {@code render(a, b, false)}, give or take trailing punctuation, without building it. */
    private int renderedLength(int a, int b) {
        int length = 0;
        int prev = -1;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            length += (prev >= 0 && needsSpace(prev, t) ? 1 : 0) + textLength(t);
            prev = t;
        }
        return length;
    }

    private int textLength(int t) {
        return replace[t] != null ? replace[t].length() : w.end[t] - w.start[t];
    }

    private String fallback() {
        String s = w.text.strip();
        int cut = s.length() <= EventTitles.MAX ? s.length() : s.lastIndexOf(' ', EventTitles.MAX);
        return capitalise(s.substring(0, cut > 20 ? cut : TextCut.safeEnd(s, Math.min(s.length(), EventTitles.MAX)))
                .strip());
    }

    private static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    /** After "Speaker:", a common word starts in lower case ("Minister: talks resume"), a name keeps its capital. */
    private static String claimCase(String claim) {
        int i = 0;
        while (i < claim.length() && !Character.isLetter(claim.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < claim.length() && Character.isLetter(claim.charAt(j))) {
            j++;
        }
        String first = claim.substring(i, j);
        String low = first.toLowerCase(Locale.ROOT);
        if (!first.equals("I") && first.length() > 0 && Character.isUpperCase(first.charAt(0))
                && (Lexicon.STOP.contains(low) || Lexicon.DETERMINERS.contains(low) || Lexicon.NEVER_FIRST.contains(low)
                || Lexicon.BAD_END.contains(low))) {
            return claim.substring(0, i) + low + claim.substring(j);
        }
        return claim;
    }

    // ----- token helpers (positions in the kept sequence)

    /** The kept token at i in lower case, as the title will show it (a shortened name is its new text). */
    private String low(int i) {
        String r = replace[seq[i]];
        return r != null ? r.toLowerCase(Locale.ROOT) : w.lower(seq[i]);
    }

    private boolean quoted(int i) {
        return w.quoted[seq[i]];
    }

    private boolean isPunct(int i) {
        return !w.isWord(seq[i]);
    }

    private boolean isQuote(int i) {
        return w.kind[seq[i]] == Words.QUOTE;
    }

    private boolean is(int i, char c) {
        return w.is(seq[i], c);
    }

    private boolean isPossessive(int i) {
        String s = low(i);
        return s.endsWith("'s") || s.endsWith("\u2019s");
    }

    private boolean isArticle(int i) {
        String s = low(i);
        return (s.equals("the") || s.equals("a") || s.equals("an")) && !quoted(i);
    }

    private boolean isJudgement(int i) {
        String s = low(i);
        return s.equals("not") || s.equals("unclear") || s.equals("clear") || s.equals("likely")
                || s.equals("unlikely") || s.equals("possible") || s.equals("expected") || s.equals("understood")
                || s.equals("believed") || s.equals("thought") || s.equals("feared") || s.equals("hoped")
                || s.equals("uncertain") || s.equals("still") || s.equals("now");
    }

    private static boolean isBe(String s) {
        return switch (s) {
            case "is", "are", "was", "were", "be", "been", "being", "'s", "has", "have", "had" -> true;
            default -> false;
        };
    }

    private int comma(int from, int to) {
        for (int i = from; i < to; i++) {
            if (is(i, ',') && !quoted(i)) {
                return i;
            }
        }
        return -1;
    }

    private int skipComma(int i) {
        return i < hi && is(i, ',') ? i + 1 : i;
    }
}
