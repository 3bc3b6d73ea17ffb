package org.chronoscope.load.extract;

import java.util.Set;

/**
 * The dateline a wire story opens with ("KYIV, March 3 (Reuters) -", "WASHINGTON —", "Geneva (AFP) -"): it says
 * where and when the story was filed, not what happened. Found on the first tokens only, so constant time.
 */
final class Datelines {
    static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "upi", "xinhua", "tass", "interfax", "dpa",
            "ani", "pti", "ians", "efe", "ansa", "kyodo", "yonhap", "bernama", "anadolu", "ria", "ukrinform", "irna",
            "wafa", "apa", "bloomberg", "cnn", "bbc", "aa", "kyivindependent", "unian", "sputnik", "rfe", "rferl",
            "voa", "cna", "aljazeera", "sana", "mena", "petra", "kuna", "wam", "spa", "qna", "bna", "atp", "ap photo");
    private static final int REACH = 14;

    private Datelines() {
    }

    /** The first token after a dateline at the start of the sentence, or 0 when it has none. */
    static int end(Words w) {
        int n = Math.min(w.size, REACH);
        int t = 0;
        int caps = 0;
        boolean place = false;
        while (t < n && w.isWord(t) && isPlaceWord(w, t)) {
            caps += isAllCaps(w, t) ? 1 : 0;
            place = true;
            t++;
        }
        int agency = -1;
        while (t < n) {
            if (w.is(t, ',') || w.isWord(t) && (isPlaceWord(w, t) || isDateWord(w, t))) {
                t++;
            } else if (w.is(t, '(') && agencyEnd(w, t) > 0) {
                agency = t;
                t = agencyEnd(w, t);
            } else {
                break;
            }
        }
        boolean dash = t < w.size && (w.kind[t] == Words.DASH || w.is(t, ':') || w.is(t, '|'));
        boolean known = agency >= 0 && isKnownAgency(w, agency);
        if (agency >= 0 && (dash || known && (place || agency == 0) || place && hasDate(w, 0, agency))) {
            return dash ? t + 1 : t;
        }
        if (place && caps > 0 && caps == countWords(w, 0, firstNonPlace(w, n)) && dash) {
            return t + 1;
        }
        if (place && dash && hasDate(w, 0, t) && t < n && (w.is(t, ':') || w.kind[t] == Words.DASH)) {
            return t + 1;
        }
        return 0;
    }

    /** "(Reuters)", "(ENS)", "(WJW / AP)": the token after the closing bracket, or 0. */
    private static int agencyEnd(Words w, int open) {
        boolean any = false;
        for (int t = open + 1; t < Math.min(w.size, open + 7); t++) {
            if (w.is(t, ')')) {
                return any ? t + 1 : 0;
            }
            if (w.isWord(t) && (AGENCIES.contains(w.lower(t)) || isAllCaps(w, t) && w.end[t] - w.start[t] <= 6)) {
                any = true;
            } else if (!w.is(t, '/') && !w.is(t, '-')) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isKnownAgency(Words w, int open) {
        for (int t = open + 1; t < w.size && !w.is(t, ')'); t++) {
            if (w.isWord(t) && !AGENCIES.contains(w.lower(t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDate(Words w, int from, int to) {
        for (int t = from; t + 1 < to; t++) {
            if (w.isWord(t) && Calendar.MONTHS.contains(w.lower(t)) && Character.isDigit(w.first(t + 1))
                    || w.isWord(t) && Character.isDigit(w.first(t)) && Calendar.MONTHS.contains(w.lower(t + 1))) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonPlace(Words w, int n) {
        int t = 0;
        while (t < n && w.isWord(t) && isPlaceWord(w, t)) {
            t++;
        }
        return t;
    }

    private static int countWords(Words w, int from, int to) {
        int c = 0;
        for (int t = from; t < to; t++) {
            c += w.isWord(t) ? 1 : 0;
        }
        return c;
    }

    private static boolean isPlaceWord(Words w, int t) {
        return w.isCapitalised(t) && !isDateWord(w, t);
    }

    static boolean isAllCaps(Words w, int t) {
        int letters = 0;
        for (int i = w.start[t]; i < w.end[t]; i++) {
            char c = w.text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    static boolean isDateWord(Words w, int t) {
        return Character.isDigit(w.first(t)) || Calendar.MONTHS.contains(w.lower(t))
                || Calendar.WEEKDAYS.contains(w.lower(t));
    }
}
