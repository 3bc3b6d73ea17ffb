package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spellings of one word of a name that outlets write differently: transliterations ("Debi" / "Deby", "Mahammat" /
 * "Mahamat") and typos ("Mohammmed", "Bazuom"). Words are accent-folded before they get here ({@link Draft#words}).
 * Each word of the corpus's people's names is filed under a few keys (its consonant skeleton; for a long word, the
 * word less one letter), and only words that share a key are compared, at most {@value #BUCKET} per key: linear in
 * the words. Two words are variants when, doubled letters collapsed, they differ only in one vowel, or (six letters
 * or more) by one edit, or (nine or more) by two, and end on the same letter (a final "i" / "y" aside): "Maria" and
 * "Mario" are two people. Every variant maps to the spelling with the most mentions.
 */
final class SpellingVariants {
    private static final int BUCKET = 32;
    private static final int MIN_VOWEL = 4;
    private static final int MIN_ONE_EDIT = 6;
    private static final int MIN_TWO_EDITS = 9;

    private final Map<String, Integer> weight = new HashMap<>();
    private Map<String, String> canonical;

    /** A word of a name, with how many mentions the name has. */
    void add(String word, int mentions) {
        if (word.length() >= MIN_VOWEL) {
            weight.merge(word, Math.max(1, mentions), Integer::sum);
        }
        canonical = null;
    }

    /** The spelling that stands for the word's variants (the word itself when it has none). */
    String of(String word) {
        if (canonical == null) {
            canonical = build();
        }
        return canonical.getOrDefault(word, word);
    }

    /** The words with each one replaced by its standing spelling. */
    List<String> of(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        words.forEach(w -> out.add(of(w)));
        return out;
    }

    private Map<String, String> build() {
        List<String> all = new ArrayList<>(weight.keySet());
        all.sort((a, b) -> weight.get(b) - weight.get(a) != 0 ? weight.get(b) - weight.get(a) : a.compareTo(b));
        Map<String, String> out = new HashMap<>();
        Map<String, List<String>> byKey = new HashMap<>();
        for (String w : all) { // heaviest first: a word joins the heaviest spelling it is a variant of
            String into = null;
            for (String key : keys(w)) {
                List<String> bucket = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
                for (int i = 0; i < bucket.size() && into == null; i++) {
                    if (variants(bucket.get(i), w)) {
                        into = bucket.get(i);
                    }
                }
                if (into != null) {
                    break;
                }
            }
            if (into != null) {
                out.put(w, out.getOrDefault(into, into));
                continue;
            }
            for (String key : keys(w)) {
                List<String> bucket = byKey.get(key);
                if (bucket.size() < BUCKET) {
                    bucket.add(w);
                }
            }
        }
        return out;
    }

    private static List<String> keys(String w) {
        String c = collapse(w);
        List<String> keys = new ArrayList<>(c.length() + 1);
        keys.add("s:" + skeleton(c));
        if (c.length() >= MIN_ONE_EDIT) {
            for (int i = 1; i < c.length(); i++) { // the first letter is kept: outlets agree on it
                keys.add("d:" + c.substring(0, i) + c.substring(i + 1));
            }
            keys.add("d:" + c);
        }
        return keys;
    }

    /** Whether two different words are spellings of one: see the class comment. */
    static boolean variants(String a, String b) {
        if (a.equals(b) || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String x = collapse(a);
        String y = collapse(b);
        if (x.equals(y)) {
            return x.length() >= MIN_VOWEL - 1;
        }
        char lx = x.charAt(x.length() - 1);
        char ly = y.charAt(y.length() - 1);
        if (lx != ly && !(lx == 'i' && ly == 'y' || lx == 'y' && ly == 'i')) {
            return false; // "Maria" / "Mario", "Aleksandr" / "Aleksandra": another person, not another spelling
        }
        int n = Math.min(x.length(), y.length());
        int d = distance(x, y);
        if (d == 1 && n >= MIN_VOWEL && skeleton(x).equals(skeleton(y))) {
            return true;
        }
        return d == 1 && n >= MIN_ONE_EDIT || d == 2 && n >= MIN_TWO_EDITS;
    }

    /** The word with each run of one letter written once: "mohammmed" → "mohamed". */
    static String collapse(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The first letter and the consonants after it ("y" counts as a vowel): "deby" and "debi" → "db". */
    private static String skeleton(String w) {
        StringBuilder sb = new StringBuilder(w.length()).append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) < 0) {
                sb.append(w.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Edit distance with adjacent transpositions, stopping early past 2. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > 2) {
                return 3;
            }
        }
        return d[a.length()][b.length()];
    }
}
