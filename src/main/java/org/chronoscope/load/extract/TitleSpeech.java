package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reported speech in a title: "X said (that) …", "'…,' X said", "…, according to X" become a speaker and a claim;
 * a self-designation ("declared himself …") is put in the present.
 */
final class TitleSpeech {
    private final TitleTokens kept;
    private final Words w;
    int speakerAt = -1;
    /** The speaker is two or three people ("Smith and Li say …"). */
    boolean pluralSpeaker;

    TitleSpeech(TitleTokens kept) {
        this.kept = kept;
        this.w = kept.w;
    }

    /**
     * "X said (on Monday) (that) …", "X told reporters: '…'": {subject from, subject to, claim from, claim to}
     * as positions in the kept sequence, or null.
     */
    int[] speechAtFront() {
        int limit = Math.min(kept.hi, kept.lo + TitleWords.SUBJECT_REACH);
        int commas = 0;
        int relFrom = -1;
        int relTo = -1;
        for (int v = kept.lo + 1; v < limit; v++) {
            if (kept.quoted(v) || kept.isQuote(v)) {
                return null;
            }
            if (kept.is(v, ',')) {
                commas++;
                continue;
            }
            if (!w.isWord(kept.seq[v])) {
                continue;
            }
            String verb = kept.low(v);
            if ((verb.equals("who") || verb.equals("which")) && kept.is(v - 1, ',') && relFrom < 0) {
                int close = kept.comma(v + 1, Math.min(kept.hi,
                        v + TitleWords.SUBJECT_REACH)); // "X, which is owed …, said"
                if (close < 0) {
                    return null;
                }
                relFrom = v - 1;
                relTo = close;
                commas--;
                limit = Math.min(kept.hi, close + TitleWords.SUBJECT_REACH / 2);
                v = close;
                continue;
            }
            if (verb.equals("that") || verb.equals("who") || verb.equals("which")) {
                return null;
            }
            boolean subject = relFrom < 0 ? isSubject(kept.lo, v) : isSubject(kept.lo, relFrom)
                    && isSubject(relTo + 1, v);
            if (!Lexicon.SAYING.contains(verb) || !w.isLowerWord(kept.seq[v]) || isPassive(v) || !subject
                    || kept.isReflexive(v + 1) || isPluralNounNotVerb(v)) {
                continue;
            }
            if ((commas == 1 || commas > 2)
                    && joinedNames(w.start[kept.seq[kept.lo]], w.end[kept.seq[v - 1]]) == null) {
                continue;
            }
            int claim = claimStart(v);
            if (claim < 0 && Lexicon.SAYING_NEEDS_THAT.contains(verb)) {
                return null;
            }
            if (claim < 0) {
                claim = afterReportingPlace(Lexicon.TELLING.contains(verb) ? afterObject(v + 1) : v + 1);
                if (claim < kept.hi && w.isWord(kept.seq[claim]) && Lexicon.CUT_BEFORE.contains(kept.low(claim))) {
                    return null; // "contended with the cold": no claim follows
                }
            }
            if (claim >= kept.hi - 1) {
                return null;
            }
            return new int[] {kept.lo, v, claim, kept.hi};
        }
        return null;
    }

    /**
     * "West African states have sent …", "member states", "news reports": a word of saying that is also a plural
     * noun is the noun unless "that" or a colon follows it.
     */
    private boolean isPluralNounNotVerb(int v) {
        if (!TitleWords.SAYING_NOUNS.contains(kept.low(v))) {
            return false;
        }
        return v + 1 >= kept.hi || !(kept.low(v + 1).equals("that") || kept.is(v + 1, ':'));
    }

    /** A subject has no clause in it: no subordinator, no past tense after a name ("Trump adopted … when he"). */
    private boolean isSubject(int a, int b) {
        for (int i = a; i < b; i++) {
            if (!w.isWord(kept.seq[i])) {
                continue;
            }
            String s = kept.low(i);
            if (Lexicon.SUBORDINATORS.contains(s)) {
                return false;
            }
            if (w.isLowerWord(kept.seq[i]) && i > a && w.isCapitalised(kept.seq[i - 1])
                    && (s.endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(s)) && !Lexicon.TITLE_WORDS.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** "is said to", "was told": not speech. */
    private boolean isPassive(int v) {
        return v > kept.lo && TitleWords.isBe(kept.low(v - 1)) || v + 1 < kept.hi && kept.low(v + 1).equals("to")
                && !Lexicon.TELLING.contains(kept.low(v));
    }

    /** Where the claim begins after the verb of saying: after "that", a colon, or at an opening quote; else -1. */
    private int claimStart(int v) {
        int limit = Math.min(kept.hi, v + 12);
        for (int j = v + 1; j < limit && !kept.quoted(j) && !kept.isQuote(j); j++) {
            if (kept.is(j, ':')) {
                return j + 1;
            }
        }
        for (int j = v + 1; j < limit; j++) {
            if (kept.isQuote(j)) {
                return j <= v + 3 ? j : -1;
            }
            if (kept.quoted(j)) {
                return -1;
            }
            if (kept.is(j, ':')) {
                return j + 1;
            }
            if (kept.is(j, ',')) {
                return j + 1 < kept.hi && kept.isQuote(j + 1) ? j + 1 : -1;
            }
            if (w.isWord(kept.seq[j]) && kept.low(j).equals("that")) {
                return j + 1;
            }
            if (w.isWord(kept.seq[j]) && Lexicon.SAYING.contains(kept.low(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** "said in a statement …", "said on Telegram …": the claim starts after the phrase that places the words. */
    private int afterReportingPlace(int i) {
        if (i >= kept.hi || !w.isWord(kept.seq[i]) || !TitleWords.isPlacePreposition(kept.low(i))) {
            return i;
        }
        for (int j = i + 1; j < Math.min(kept.hi, i + 6); j++) {
            if (w.isWord(kept.seq[j]) && Lexicon.REPORTING_PLACES.contains(kept.low(j))) {
                j++;
                if (j + 1 < kept.hi && (kept.low(j).equals("with") || kept.low(j).equals("to"))
                        && w.isCapitalised(kept.seq[j + 1])) {
                    j += 2;
                    while (j < kept.hi && w.isCapitalised(kept.seq[j])) {
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
        if (i < kept.hi && w.isWord(kept.seq[i]) && Lexicon.DETERMINERS.contains(kept.low(i))) {
            i++;
            while (i + 1 < kept.hi && w.isCapitalised(kept.seq[i]) && w.isCapitalised(kept.seq[i + 1])) {
                i++;
            }
        }
        return i + 1;
    }

    /** "'…,' X said, '…'": the first part of a quote interrupted by its attribution. */
    int[] speechInMiddle() {
        for (int q = kept.lo + 1; q < kept.hi; q++) {
            if (!kept.isQuote(q) || !kept.closes(kept.seq[q])) {
                continue;
            }
            int limit = Math.min(kept.hi, q + 9);
            for (int v = q + 1; v < limit; v++) {
                if (!w.isLowerWord(kept.seq[v]) || !Lexicon.SAYING.contains(kept.low(v))) {
                    continue;
                }
                for (int c = v + 1; c < Math.min(kept.hi - 1, v + 5); c++) {
                    if (kept.is(c, ',') && kept.isQuote(c + 1)) {
                        return v == q + 1 ? new int[] {v + 1, nameEnd(v + 1), kept.lo, q}
                                : new int[] {q + 1, v, kept.lo, q};
                    }
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /** "…, X said." and "'…,' said X." and "…, according to X.": as {@link #speechAtFront()}. */
    int[] speechAtEnd() {
        for (int j = kept.hi - 2; j > kept.lo + 2 && j >= kept.hi - TitleWords.TAIL_REACH; j--) {
            if (!kept.is(j, ',')) {
                continue;
            }
            int tail = j + 1;
            if (tail < kept.hi && kept.isQuote(tail)) {
                tail++;
            }
            if (kept.quoted(tail < kept.hi ? tail : j)) {
                return null;
            }
            if (tail < kept.hi && w.isWord(kept.seq[tail]) && (kept.low(tail).equals("and")
                    || kept.low(tail).equals("but"))) {
                return null;
            }
            if (tail + 1 < kept.hi && kept.low(tail).equals("according") && kept.low(tail + 1).equals("to")) {
                return new int[] {tail + 2, nameEnd(tail + 2), kept.lo, j};
            }
            for (int v = tail; v < Math.min(kept.hi, tail + 8); v++) {
                if (w.isLowerWord(kept.seq[v]) && Lexicon.SAYING.contains(kept.low(v)) && !isPassive(v)) {
                    if (!endsSoonAfter(v)) {
                        return null;
                    }
                    if (v == tail) {
                        return v + 1 < kept.hi && speakerFollows(v + 1)
                                ? new int[] {v + 1, nameEnd(v + 1), kept.lo, j} : null;
                    }
                    return new int[] {tail, v, kept.lo, j};
                }
                if (kept.isPunct(v)) {
                    break;
                }
            }
            return null;
        }
        return null;
    }

    /** "said the minister", "said Lavrov", "said he": who speaks, not an object ("conceded defeat"). */
    private boolean speakerFollows(int i) {
        if (!w.isWord(kept.seq[i])) {
            return false;
        }
        String s = kept.low(i);
        boolean pronoun = Lexicon.PRONOUN_PERSON.contains(s) || Lexicon.PRONOUN_GROUP.contains(s);
        return w.isCapitalised(kept.seq[i]) || Lexicon.DETERMINERS.contains(s) || pronoun && (i + 1 >= kept.hi
                || kept.isPunct(i + 1));
    }

    /**
     * "declared himself the country's new leader": a self-designation, not speech; the headline puts it in the
     * present as it does a verb of saying ("Doumbouya declares himself …").
     */
    void selfDesignation() {
        for (int k = kept.lo; k + 1 < kept.hi; k++) {
            if (!w.isLowerWord(kept.seq[k]) || !kept.isReflexive(k + 1)) {
                continue;
            }
            String present = TitleWords.SELF_DESIGNATION.get(kept.low(k));
            if (present != null) {
                boolean plural = kept.low(k + 1).equals("themselves");
                kept.replace[kept.seq[k]] = plural ? present.substring(0, present.length() - 1) : present;
                return;
            }
        }
    }

    /** After the verb of a trailing attribution only a few words may follow ("…, he told reporters in Kyiv."). */
    private boolean endsSoonAfter(int v) {
        int words = 0;
        for (int k = v + 1; k < kept.hi; k++) {
            if (w.isWord(kept.seq[k])) {
                if (kept.low(k).equals("that") || ++words > 6) {
                    return false;
                }
            }
        }
        return true;
    }

    private int nameEnd(int i) {
        int j = i;
        while (j < kept.hi && !kept.isPunct(j) && !(w.isWord(kept.seq[j])
                && TitleWords.isPlacePreposition(kept.low(j)))) {
            j++;
        }
        return j;
    }

    /** A headline's name for the speaker in [a, b): a known actor, a pronoun's antecedent, or the noun phrase. */
    String speakerName(int a, int b) {
        if (a >= b) {
            return null;
        }
        int from = w.start[kept.seq[a]];
        int to = w.end[kept.seq[b - 1]];
        EventTitles.Named head = null;
        for (EventTitles.Named n : kept.actors) {
            if (n.start() >= from && n.start() < to) {
                head = n;
            }
        }
        String joined = joinedNames(from, to);
        if (joined != null) {
            speakerAt = kept.actors.stream().filter(n -> n.end() > from).findFirst().orElseThrow().at();
            pluralSpeaker = true;
            return joined;
        }
        if (head != null && isHeadOfSubject(head, b)) {
            speakerAt = head.at();
            return head.name();
        }
        if (b - a == 1 && w.isWord(kept.seq[a])) {
            String p = kept.low(a);
            EventTitles.Named n = Lexicon.PRONOUN_PERSON.contains(p) ? kept.before.person()
                    : Lexicon.PRONOUN_GROUP.contains(p) ? kept.before.group() : null;
            if (n != null) {
                speakerAt = n.at();
                kept.resolvedAt = n.at();
                return n.name();
            }
            if (Lexicon.NEVER_FIRST.contains(p)) {
                return null;
            }
        }
        int end = a;
        while (end < b && !kept.isPunct(end) && !Lexicon.SPEAKER_STOPS.contains(kept.low(end))) {
            end++;
        }
        int start = a;
        while (start < end && Lexicon.DETERMINERS.contains(kept.low(start))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        boolean owner = kept.isPossessive(start) && end - start <= 3;
        pluralSpeaker = kept.isPluralNoun(end - 1);
        return TitleWords.capitalise(kept.render(owner ? start : Math.max(start, end - 3), end, false));
    }

    /**
     * Two or three actors joined by "and" in text[from, to), each perhaps with an appositive ("Smith, the chief
     * executive, and Li, the chairman"): "Smith and Li"; else null.
     */
    private String joinedNames(int from, int to) {
        List<EventTitles.Named> in = new ArrayList<>();
        for (EventTitles.Named n : kept.actors) {
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
        for (int i = b - 1; i >= kept.lo && w.end[kept.seq[i]] > n.end(); i--) {
            if (kept.is(i, ',')) {
                words = 0;
                continue;
            }
            if (w.isWord(kept.seq[i]) && kept.replace[kept.seq[i]] == null) {
                words++;
            }
        }
        return words == 0;
    }

    /** The quote marks around a direct quote that makes up the claim. */
    void trimQuotesAround() {
        if (kept.lo < kept.hi && kept.isQuote(kept.lo) && kept.lo + 1 < kept.hi && kept.quoted(kept.lo + 1)) {
            kept.lo++;
            int k = kept.lo;
            while (k < kept.hi && kept.quoted(k)) {
                k++;
            }
            if (k < kept.hi && kept.isQuote(k) && k > kept.lo + 1) {
                kept.hi = k;
            }
        }
        while (kept.hi > kept.lo && (kept.isQuote(kept.hi - 1) || kept.is(kept.hi - 1, ','))) {
            kept.hi--;
        }
    }

    boolean isPronounSubject(int i) {
        String s = kept.low(i);
        return w.isWord(kept.seq[i]) && !kept.quoted(i) && (Lexicon.PRONOUN_PERSON.contains(s) || s.equals("they")
                || s.equals("it") && i + 1 < kept.hi && !TitleWords.isExpletiveVerb(kept.low(i + 1)) || s.equals("we"));
    }
}
