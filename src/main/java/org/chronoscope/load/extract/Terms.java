package org.chronoscope.load.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The content words of a sentence as merging compares them: lower case, crudely stemmed ("meeting", "meets" and
 * "met" are one term), date words and common words left out, kept as sorted distinct hashes (small and cacheable).
 */
final class Terms {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("met", "meet"),
            Map.entry("held", "hold"), Map.entry("struck", "strike"), Map.entry("fought", "fight"),
            Map.entry("spoke", "speak"), Map.entry("won", "win"), Map.entry("lost", "lose"),
            Map.entry("took", "take"), Map.entry("began", "begin"), Map.entry("shot", "shoot"),
            Map.entry("sent", "send"), Map.entry("left", "leave"), Map.entry("flew", "fly"),
            Map.entry("went", "go"), Map.entry("gave", "give"), Map.entry("brought", "bring"),
            Map.entry("led", "lead"), Map.entry("sought", "seek"), Map.entry("drew", "draw"),
            Map.entry("broke", "break"), Map.entry("killed", "kill"), Map.entry("dead", "kill"),
            Map.entry("deaths", "kill"), Map.entry("talks", "talk"), Map.entry("negotiations", "negotiat"),
            Map.entry("negotiated", "negotiat"), Map.entry("negotiators", "negotiat"));

    private Terms() {
    }

    /** The terms of the sentence's words outside the given date spans (relative to the sentence). */
    static int[] of(Words w, List<int[]> dates) {
        return of(w, dates, null);
    }

    /** The same, of the tokens the mask keeps (all when null). */
    static int[] of(Words w, List<int[]> dates, boolean[] mask) {
        int[] out = new int[w.size];
        int n = 0;
        int d = 0;
        for (int t = 0; t < w.size; t++) {
            if (mask != null && !mask[t]) {
                continue;
            }
            while (d < dates.size() && dates.get(d)[1] <= w.start[t]) {
                d++;
            }
            if (!w.isWord(t) || d < dates.size() && dates.get(d)[0] < w.end[t]) {
                continue;
            }
            String word = w.lower(t);
            if (word.indexOf('-') > 0) {
                for (String part : word.split("-")) {
                    String stem = stem(part);
                    if (stem != null) {
                        if (n == out.length) {
                            out = java.util.Arrays.copyOf(out, n * 2 + 4);
                        }
                        out[n++] = stem.hashCode();
                    }
                }
                continue;
            }
            String stem = stem(word);
            if (stem != null) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2 + 4);
                }
                out[n++] = stem.hashCode();
            }
        }
        return distinct(out, n);
    }

    /** The terms of any text (a curated event's title, summary and quotes). */
    static int[] of(String text) {
        return of(Words.of(text), List.of());
    }

    static int[] distinct(int[] a, int n) {
        int[] s = Arrays.copyOf(a, n);
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[k++] = s[i];
            }
        }
        return Arrays.copyOf(s, k);
    }

    /** Null for a word too common or too short to tell events apart. */
    static String stem(String word) {
        String s = word;
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.length() < 3 || Lexicon.STOP.contains(s) || Character.isDigit(s.charAt(0)) && s.length() < 3) {
            return null;
        }
        String irregular = IRREGULAR.get(s);
        if (irregular != null) {
            return irregular;
        }
        if (s.length() > 5 && s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.length() > 5 && s.endsWith("ing")) {
            return undouble(s.substring(0, s.length() - 3));
        }
        if (s.length() > 5 && s.endsWith("ers")) {
            return undouble(s.substring(0, s.length() - 3));
        }
        if (s.length() > 5 && s.endsWith("er")) {
            return undouble(s.substring(0, s.length() - 2));
        }
        if (s.length() > 4 && s.endsWith("ed")) {
            return undouble(s.substring(0, s.length() - (s.endsWith("eed") ? 1 : 2)));
        }
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0) {
            s = s.substring(0, n - 1);
        }
        if (s.length() > 4 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** How many terms two sorted arrays share, not counting those the filter calls common. */
    static int shared(int[] a, int[] b, java.util.function.IntPredicate common) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n += common.test(a[i]) ? 0 : 1;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** How many terms two sorted arrays share. */
    static int shared(int[] a, int[] b) {
        return shared(a, b, term -> false);
    }
}
