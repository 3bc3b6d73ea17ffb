package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronoscope.load.Tokens;

/**
 * Phrases (word sequences) with values, matched at a token of a text, longest first. A phrase word written all
 * in lower case matches any case ("27-nation bloc"); any other word matches exactly ("US" is not "us"). Words of
 * one phrase may be apart by a space, dot, hyphen or apostrophe ("U.S.", "Jean-Noël"). Longest phrases are kept
 * first, so matching reads the table only; a filled table may be shared between threads.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {
    private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();
    /** First words of the phrases that match any case, so a lower-case token is looked up only when one fits. */
    private final List<String> caseFreeFirstWords = new ArrayList<>();
    /** The first letters of those words (ASCII), to turn most lower-case words away at one glance. */
    private final boolean[] caseFreeInitials = new boolean[128];

    /** A phrase's words, which of them match any case, and its value. */
    private record Phrase<V>(String[] words, boolean[] caseFree, V value) {
    }

    /** The longest phrase found at a token: its length in tokens and every value given to it, in added order. */
    public record Match<V>(int length, List<V> values) {
    }

    public void add(String phrase, V value) {
        String[] words = Tokens.of(phrase).stream().map(t -> phrase.substring(t[0], t[1])).toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        List<Phrase<V>> list = byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        int i = 0;
        while (i < list.size() && list.get(i).words.length >= words.length) {
            i++;
        }
        boolean[] caseFree = new boolean[words.length];
        for (int k = 0; k < words.length; k++) {
            caseFree[k] = words[k].equals(words[k].toLowerCase(Locale.ROOT));
        }
        if (caseFree[0] && !caseFreeFirstWords.contains(words[0])) {
            caseFreeFirstWords.add(words[0]);
            char c = words[0].charAt(0);
            if (c < 128) {
                caseFreeInitials[c] = true;
            } else {
                java.util.Arrays.fill(caseFreeInitials, true);
            }
        }
        list.add(i, new Phrase<>(words, caseFree, value));
    }

    /**
     * True when a phrase may start with the word text[start, end): any word not in lower case, or one of the few
     * lower-case first words ("senior Kremlin aide"). Lets a caller skip most words of a text, allocating nothing.
     */
    public boolean mayStartWith(String text, int start, int end) {
        char first = text.charAt(start);
        if (!Character.isLowerCase(first)) {
            return true;
        }
        if (first < 128 && !caseFreeInitials[first]) {
            return false;
        }
        for (String w : caseFreeFirstWords) {
            if (w.length() == end - start && text.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest phrase starting at token {@code at} of {@code bounds} (see {@link Tokens#bounds}), or null;
     * {@code lowerCaseWord} is that token's word in lower case.
     */
    public Match<V> longest(String text, int[] bounds, int at, String lowerCaseWord) {
        List<Phrase<V>> candidates = byFirstWord.get(lowerCaseWord);
        if (candidates == null) {
            return null;
        }
        int longest = 0;
        List<V> values = null;
        for (Phrase<V> p : candidates) {
            if (p.words.length < longest) {
                break;
            }
            if (matches(p, text, bounds, at)) {
                longest = p.words.length;
                if (values == null) {
                    values = new ArrayList<>(2);
                }
                values.add(p.value);
            }
        }
        return values == null ? null : new Match<>(longest, values);
    }

    private static boolean matches(Phrase<?> p, String text, int[] bounds, int at) {
        if (2 * (at + p.words.length) > bounds.length) {
            return false;
        }
        for (int k = 0; k < p.words.length; k++) {
            int start = bounds[2 * (at + k)];
            int end = bounds[2 * (at + k) + 1];
            String want = p.words[k];
            if (end - start != want.length() || k > 0 && !Tokens.joinable(text, bounds[2 * (at + k) - 1], start)
                    || !text.regionMatches(p.caseFree[k], start, want, 0, want.length())) {
                return false;
            }
        }
        return true;
    }
}
