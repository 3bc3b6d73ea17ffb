package org.chronoscope.load.extract;

/**
 * The main clause of a title: relative clauses, appositives and self-naming clauses between commas go, and the
 * title is cut before a trailing clause.
 */
final class TitleClauses {
    private final TitleTokens kept;
    private final Words w;

    TitleClauses(TitleTokens kept) {
        this.kept = kept;
        this.w = kept.w;
    }

    /** Relative clauses and appositives between commas go; the sentence is cut before a trailing clause. */
    void trimClauses() {
        int[] out = new int[kept.hi - kept.lo];
        int n = 0;
        int i = kept.lo;
        int end = kept.hi;
        while (i < end) {
            int named = selfNamingEnd(i, end);
            if (named > i) { // "a group that calls itself the Movement for …": the name it gives itself goes
                i = named;
                continue;
            }
            if (kept.is(i, ',') && i > kept.lo && !kept.quoted(i) && i + 1 < end) {
                String next = kept.low(i + 1);
                if (Lexicon.RELATIVES.contains(next)) {
                    int close = kept.comma(i + 2, Math.min(end, i + 25));
                    if (close > 0 && close + 1 < end && isVerbLike(close + 1)) {
                        i = close + 1;
                        continue;
                    }
                    end = i;
                    break;
                }
                if (TitleWords.LIST_OPENERS.contains(next)) { // "Lenders, including X and Y, rejected …"
                    int close = kept.comma(i + 2, Math.min(end, i + 25));
                    if (close > 0 && close + 1 < end && isVerbLike(close + 1)) {
                        i = close + 1;
                        continue;
                    }
                }
                if (isNameEnd(i - 1) && opensAppositive(i + 1)) {
                    int close = kept.comma(i + 2, Math.min(end, i + 25));
                    int rel = relativeIn(i + 2, close); // "the two candidates who had led the polls"
                    if (close > 0 && close + 1 < end && !hasSaying(i + 1, rel) && !hasVerb(i + 1, rel)
                            && (rel < close || close <= i + 12)
                            && (isVerbLike(close + 1) || Lexicon.RELATIVES.contains(kept.low(close + 1)))) {
                        i = Lexicon.RELATIVES.contains(kept.low(close + 1)) ? close : close + 1;
                        continue;
                    }
                }
            }
            out[n++] = kept.seq[i];
            i++;
        }
        kept.seq = out;
        kept.lo = 0;
        kept.hi = n;
        int length = 0;
        for (int k = kept.lo + 1; k < kept.hi; k++) {
            length += kept.textLength(kept.seq[k - 1]) + 1;
            if (kept.quoted(k) || !isClauseBreak(k) || length <= TitleWords.MIN_KEEP) {
                continue;
            }
            kept.hi = k;
            return;
        }
    }

    /**
     * Where a clause in which a group names itself ends ("that calls itself the X of Y", "calling themselves X"),
     * when one starts at i; else i. The name is the run of capitalised words and the small words joining them.
     */
    private int selfNamingEnd(int i, int end) {
        if (i <= kept.lo || kept.quoted(i) || !w.isLowerWord(kept.seq[i])) {
            return i;
        }
        int k = i;
        if (Lexicon.RELATIVES.contains(kept.low(k)) || kept.low(k).equals("that")) {
            k++;
        }
        if (k + 1 >= end || !w.isLowerWord(kept.seq[k]) || !TitleWords.NAMING.contains(kept.low(k))
                || !kept.isReflexive(k + 1)) {
            return i;
        }
        k += 2;
        if (k < end && w.isWord(kept.seq[k]) && kept.low(k).equals("the")) {
            k++;
        }
        int name = k;
        while (k < end && w.isWord(kept.seq[k]) && (w.isCapitalised(kept.seq[k])
                || TitleWords.NAME_JOINERS.contains(kept.low(k)) && k > name && k + 1 < end
                        && kept.isNameContinuation(k + 1))) {
            k++;
        }
        return k > name ? k : i;
    }

    /**
     * ", two days after …", ", hours before …", ", a week later": a trailing adjunct that says when relative to
     * something else; the title ends before it.
     */
    private boolean opensTimeAdjunct(int k) {
        for (int j = k + 1, n = 0; j < kept.hi && n < 5; j++, n++) {
            if (!w.isWord(kept.seq[j]) || w.isCapitalised(kept.seq[j]) && n > 0) {
                return false;
            }
            String s = kept.low(j);
            if (n > 0 && (s.equals("after") || s.equals("before") || s.equals("later") || s.equals("earlier")
                    || s.equals("ago"))) {
                return true;
            }
            if (n == 0 && !(Character.isDigit(w.first(kept.seq[j])) || TitleWords.TIME_COUNTS.contains(s))) {
                return false;
            }
        }
        return false;
    }

    private boolean isClauseBreak(int k) {
        int t = kept.seq[k];
        if (w.is(t, ';') || w.is(t, ':') || w.is(t, '.') || w.is(t, '!') || w.is(t, '?')) {
            return true;
        }
        if (w.kind[t] == Words.DASH && w.spaceBefore(t) && (t + 1 >= w.size || w.start[t + 1] > w.end[t])) {
            return true;
        }
        if (w.isWord(t) && kept.low(k).equals("and") && k + 1 < kept.hi && w.isLowerWord(kept.seq[k + 1])
                && Lexicon.SAYING.contains(kept.low(k + 1))) {
            return true;
        }
        if (!w.is(t, ',') || k + 1 >= kept.hi || !w.isWord(kept.seq[k + 1])) {
            return false;
        }
        String next = kept.low(k + 1);
        return Lexicon.CLAUSE_BREAKERS.contains(next) || opensTimeAdjunct(k)
                || w.isLowerWord(kept.seq[k + 1]) && (next.endsWith("ing") || next.endsWith("ed")) && next.length() > 4;
    }

    /** Where a relative pronoun starts a clause in [a, b), else b. */
    private int relativeIn(int a, int b) {
        for (int k = a; k < b; k++) {
            if (w.isWord(kept.seq[k]) && (kept.low(k).equals("who") || kept.low(k).equals("which")
                    || kept.low(k).equals("that"))) {
                return k;
            }
        }
        return b;
    }

    /** A past-tense word inside an appositive means it is a clause, not a title. */
    private boolean hasVerb(int a, int b) {
        for (int i = a; i < b; i++) {
            if (w.isLowerWord(kept.seq[i]) && (kept.low(i).endsWith("ed")
                    || Lexicon.PAST_IRREGULAR.contains(kept.low(i)))
                    && !Lexicon.TITLE_WORDS.contains(kept.low(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameEnd(int i) {
        return w.isCapitalised(kept.seq[i]) || w.isWord(kept.seq[i]) && Character.isDigit(w.first(kept.seq[i]));
    }

    private boolean opensAppositive(int i) {
        if (!w.isWord(kept.seq[i])) {
            return false;
        }
        String s = kept.low(i);
        return Lexicon.DETERMINERS.contains(s) || Lexicon.POSITIONS.contains(s)
                || Character.isDigit(w.first(kept.seq[i]))
                || w.isCapitalised(kept.seq[i]) && s.endsWith("'s") || s.endsWith("\u2019s");
    }

    private boolean isVerbLike(int i) {
        if (!w.isLowerWord(kept.seq[i])) {
            return false;
        }
        String s = kept.low(i);
        return !Lexicon.CLAUSE_BREAKERS.contains(s) && !Lexicon.DETERMINERS.contains(s)
                && !Lexicon.FUNCTION.contains(s);
    }

    private boolean hasSaying(int a, int b) {
        for (int i = a; i < b; i++) {
            if (w.isWord(kept.seq[i]) && Lexicon.SAYING.contains(kept.low(i))) {
                return true;
            }
        }
        return false;
    }
}
