package org.chronoscope.load.extract;

/**
 * A title cut to its budget at a phrase boundary, after dropping an over-long subject modifier once if need be.
 */
final class TitleFit {
    private final TitleTokens kept;
    private final Words w;
    private boolean modifierDropped;

    TitleFit(TitleTokens kept) {
        this.kept = kept;
        this.w = kept.w;
    }

    /** Cuts the title to the budget at the last phrase boundary that fits, never after a function word. */
    void fit(int budget) {
        if (kept.renderedLength(kept.lo, kept.hi) <= budget) {
            return;
        }
        int best = -1;
        int fallback = -1;
        int length = 0;
        int prev = -1;
        boolean verb = false;
        for (int i = kept.lo; i < kept.hi; i++) {
            int t = kept.seq[i];
            int add = (prev >= 0 && kept.needsSpace(prev, t) ? 1 : 0) + kept.textLength(t);
            if (i > kept.lo && length <= budget) {
                boolean goodEnd = w.isWord(kept.seq[i - 1]) && !Lexicon.BAD_END.contains(kept.low(i - 1))
                        && !kept.insideName(i) && !(i - 1 > kept.lo && kept.insideName(i - 1))
                        && !(w.isCapitalised(kept.seq[i - 1]) && w.isCapitalised(kept.seq[i]));
                if (goodEnd && isCutPoint(i) && length >= TitleWords.MIN_KEEP && verb) {
                    best = i;
                }
                if (goodEnd) {
                    fallback = i;
                }
            }
            length += add;
            prev = t;
            verb |= i > kept.lo && kept.isVerbish(i);
            if (length > budget + 40) {
                break;
            }
        }
        if (best < 0 && !modifierDropped && dropLongModifier()) {
            modifierDropped = true; // once: a second pass could copy the rest of a hostile sentence again and again
            fit(budget);
            return;
        }
        int cut = best > 0 ? best : fallback > 0 ? fallback : kept.lo + 1;
        kept.hi = cut;
        while (kept.hi - 1 > kept.lo && (kept.isPunct(kept.hi - 1) && !kept.isQuote(kept.hi - 1)
                || w.isWord(kept.seq[kept.hi - 1])
                && Lexicon.BAD_END.contains(kept.low(kept.hi - 1)))) {
            kept.hi--;
        }
    }

    /**
     * A subject too long to leave room for its verb ("Delegates from the Federation of … Provinces walked out"):
     * the words after its head noun go, up to the verb that follows the name ("Delegates walked out"). True when
     * something was dropped.
     */
    private boolean dropLongModifier() {
        int limit = Math.min(kept.hi, kept.lo + 3 * TitleWords.SUBJECT_REACH);
        int head = -1;
        boolean name = false;
        for (int i = kept.lo + 1; i < limit; i++) {
            if (head < 0 && w.isLowerWord(kept.seq[i]) && (Lexicon.CUT_BEFORE.contains(kept.low(i))
                    || kept.isVerbish(i))) {
                head = i;
            }
            name |= head > 0 && w.isCapitalised(kept.seq[i]);
            if (name && i > head + 1 && kept.isVerbish(i) && !isParticipleBeforeName(i)
                    && w.isWord(kept.seq[i - 1])
                    && !Lexicon.FUNCTION.contains(kept.low(i - 1)) && !Lexicon.CUT_BEFORE.contains(kept.low(i - 1))) {
                int[] out = new int[(head - kept.lo) + (kept.hi - i)];
                System.arraycopy(kept.seq, kept.lo, out, 0, head - kept.lo);
                System.arraycopy(kept.seq, i, out, head - kept.lo, kept.hi - i);
                kept.seq = out;
                kept.lo = 0;
                kept.hi = out.length;
                kept.focus = -1;
                return true;
            }
            if (kept.isPunct(i)) {
                return false;
            }
        }
        return false;
    }

    /** "deposed president Bako", "elected Ali": a past participle used as an adjective before a title or name. */
    private boolean isParticipleBeforeName(int i) {
        if (i + 1 >= kept.hi) {
            return false;
        }
        return w.isCapitalised(kept.seq[i + 1]) || w.isWord(kept.seq[i + 1])
                && Lexicon.TITLE_WORDS.contains(kept.low(i + 1));
    }

    private boolean isCutPoint(int i) {
        int t = kept.seq[i];
        if (w.quoted[t]) {
            return false;
        }
        return w.isWord(t) && Lexicon.CUT_BEFORE.contains(w.lower(t)) || w.is(t, ',') || w.is(t, ';')
                || w.kind[t] == Words.DASH || w.is(t, '(') || kept.isQuote(i);
    }
}
