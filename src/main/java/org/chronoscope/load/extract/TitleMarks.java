package org.chronoscope.load.extract;

/**
 * What leaves a title before the kept sequence is made: date expressions, bracketed asides and the long form of
 * a known person's name.
 */
final class TitleMarks {
    private final TitleTokens kept;
    private final Words w;

    TitleMarks(TitleTokens kept) {
        this.kept = kept;
        this.w = kept.w;
    }

    /**
     * Date expressions, with the preposition or time-of-day word that belongs to them ("late on Sunday evening",
     * "at noon on January 20", "on January 7 and 8"). A date in the possessive becomes "the": "Sunday's quake" →
     * "the quake".
     */
    void dropDates() {
        int t = 0;
        for (int[] d : kept.dates) {
            while (t < w.size && w.end[t] <= d[0]) {
                t++;
            }
            int a = t;
            int b = a;
            while (b < w.size && w.start[b] < d[1]) {
                b++;
            }
            if (a >= b || isTarget(a)) {
                continue;
            }
            boolean possessive = w.end[b - 1] > d[1] && isPossessiveToken(b - 1);
            for (int k = a; k < b; k++) {
                kept.drop[k] = !(possessive && k == a && TitleWords.isDatePreposition(w.lower(k)));
            }
            if (possessive) {
                kept.drop[b - 1] = false;
                kept.replace[b - 1] = "the";
                continue;
            }
            for (int k = a - 1, n = 0; k >= 0 && n < 3 && !kept.drop[k] && w.isWord(k)
                    && TitleWords.isDatePreposition(w.lower(k));
                 k--, n++) {
                kept.drop[k] = true;
            }
            int k = b;
            if (k + 1 < w.size && (w.kind[k] == Words.DASH || w.isWord(k) && (w.lower(k).equals("and")
                    || w.lower(k).equals("to"))) && w.isWord(k + 1) && TitleWords.isDayNumber(w.lower(k + 1))) {
                kept.drop[k] = true;
                kept.drop[k + 1] = true;
                k += 2;
            }
            while (k < w.size && w.isWord(k) && TitleWords.isDayPart(w.lower(k))) {
                kept.drop[k++] = true;
            }
            t = b;
        }
    }

    /**
     * A date the verb points to, not when the thing happened: "adjourned the case to March 3", "postponed the vote
     * until Friday". The title keeps it; dropped, it would leave the title ending on "to".
     */
    private boolean isTarget(int a) {
        int p = w.isWord(a) && TitleWords.TARGET_PREPOSITIONS.contains(w.lower(a)) ? a // "until May 14" is the date
                : a >= 1 && w.isWord(a - 1) && TitleWords.TARGET_PREPOSITIONS.contains(w.lower(a - 1)) ? a - 1 : -1;
        return p >= 1 && w.isLowerWord(p - 1) && !TitleWords.isDatePreposition(w.lower(p - 1))
                && !Lexicon.FUNCTION.contains(w.lower(p - 1));
    }

    private boolean isPossessiveToken(int t) {
        String s = w.lower(t);
        return s.endsWith("'s") || s.endsWith("\u2019s") || s.endsWith("s'") || s.endsWith("s\u2019");
    }

    /**
     * A known person is named as a headline names them: "Russian Foreign Minister Sergei Lavrov" → "Lavrov",
     * "Zelenskyj" → "Zelensky". The words of office before the name go with it.
     */
    void shortenNames() {
        int t = 0;
        for (EventTitles.Named n : kept.actors) {
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
            if (a >= b || kept.drop[a] || w.quoted[a] || w.start[a] != n.start() || isCompanyWord(b - 1)
                    || b < w.size && isCompanyWord(b)) {
                continue; // "Partners Limited" taken for a person is part of a company's name: keep it whole
            }
            String rest = w.text.substring(Math.min(n.end(), w.end[b - 1]), w.end[b - 1]);
            kept.replace[a] = n.name() + rest;
            for (int k = a + 1; k < b; k++) {
                kept.drop[k] = true;
            }
            int dropped = 0;
            int k = a - 1;
            boolean office = k >= 0 && w.isWord(k) && Lexicon.TITLE_WORDS.contains(w.lower(k));
            while (office && k >= 0 && a - k <= 7 && !kept.drop[k] && isOfficeWord(k)) {
                k--;
            }
            for (int j = k + 1; j < a; j++) {
                kept.drop[j] = true;
                dropped++;
            }
            if (dropped > 0 && k >= 0 && w.isWord(k) && w.lower(k).equals("the")) {
                kept.drop[k] = true;
            }
            t = b;
        }
    }

    private boolean isCompanyWord(int k) {
        return w.isWord(k) && TitleWords.COMPANY_WORDS.contains(w.lower(k));
    }

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
    void dropBracketed() {
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
                        kept.drop[k] = true;
                    }
                }
            } else if (w.is(t, ')') || w.is(t, ']')) {
                kept.drop[t] = true;
            }
        }
        if (depth > 0) {
            kept.drop[openedAt] = true;
        }
        for (int t = 1; t < w.size; t++) {
            if (isSpacedDash(t) && !kept.drop[t]) {
                for (int k = t + 2; k < Math.min(w.size - 1, t + 14); k++) {
                    if (isSpacedDash(k)) {
                        for (int j = t; j <= k; j++) {
                            kept.drop[j] = true;
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
}
