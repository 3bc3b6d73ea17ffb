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
            } else if (w.is(t, '(') && t + 2 < w.size && w.is(t + 2, ')') && AGENCIES.contains(w.lower(t + 1))) {
                agency = t;
                t += 3;
            } else if (w.is(t, '(') && t + 4 < w.size && w.is(t + 4, ')') && w.lower(t + 1).equals("ap")) {
                agency = t;
                t += 5;
            } else {
                break;
            }
        }
        boolean dash = t < w.size && (w.kind[t] == Words.DASH || w.is(t, ':') || w.is(t, '|'));
        if (agency >= 0 && (dash || place || agency == 0)) {
            return dash ? t + 1 : t;
        }
        if (place && caps > 0 && caps == countWords(w, 0, firstNonPlace(w, n)) && dash) {
            return t + 1;
        }
        return 0;
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
