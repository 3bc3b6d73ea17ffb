package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * People's full names indexed by each of their words, so that a shorter name finds the longer one it is part of:
 * "Wong", "Ms Wong" and "Tiffany Wong" are all in "Tiffany Wong Wing-sze"; "Bazoum" in "Mohamed Bazoum";
 * "S. Jaishankar" in "Subrahmanyam Jaishankar" (an initial stands for a word it begins). A shorter name part of
 * exactly one indexed name is that person; part of several ("Kim" with "Kim Jong Un" and "Kim Yo Jong") it is
 * ambiguous and stays apart. A lookup reads the list of the shorter name's rarest word, at most
 * {@value #SCAN_LIMIT} entries, so joining the people of a corpus stays linear in the names found.
 *
 * @param <T> what a name belongs to (a draft, an actor)
 */
final class PersonNames<T> {
    private static final int SCAN_LIMIT = 64;
    /** Words that say which of a family's generations is meant: a name with one only takes names with it. */
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    private final Function<T, List<String>> words;
    private final Map<String, List<T>> byWord = new HashMap<>();

    /** @param words the folded words of a name ({@link Draft#words(String)}) */
    PersonNames(Function<T, List<String>> words) {
        this.words = words;
    }

    void add(T name) {
        List<String> own = words.apply(name);
        for (int i = 0; i < own.size(); i++) {
            String w = own.get(i);
            if (isKey(w) && own.indexOf(w) == i) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(name);
            }
        }
    }

    /**
     * The indexed names, other than {@code self}, that hold every word of {@code shorter} in order: none, one,
     * or two (meaning several, or too many to tell; the lookup stops there). A name that is not longer than {@code shorter} counts
     * only when it spells out an initial of it.
     */
    List<T> containing(List<String> shorter, T self) {
        List<T> candidates = null;
        for (String w : shorter) {
            List<T> list = isKey(w) ? byWord.get(w) : null;
            if (isKey(w) && list == null) {
                return List.of();
            }
            if (list != null && (candidates == null || list.size() < candidates.size())) {
                candidates = list;
            }
        }
        if (candidates == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(2);
        int scanned = 0;
        for (T c : candidates) {
            if (c == self) {
                continue;
            }
            if (++scanned > SCAN_LIMIT) {
                return List.of(candidates.get(0), candidates.get(1));
            }
            if (contains(words.apply(c), shorter)) {
                out.add(c);
                if (out.size() == 2) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The one indexed name that holds {@code shorter}, or null when there is none or several. */
    T unique(List<String> shorter, T self) {
        List<T> found = containing(shorter, self);
        return found.size() == 1 ? found.get(0) : null;
    }

    /** Every word of {@code shorter} in {@code longer}, in order, an initial standing for a word it begins. */
    static boolean contains(List<String> longer, List<String> shorter) {
        if (shorter.isEmpty() || shorter.size() > longer.size() || shorter.equals(longer)) {
            return false;
        }
        for (String w : longer) {
            if (GENERATIONS.contains(w) && !shorter.contains(w)) {
                return false;
            }
        }
        int j = 0;
        boolean spelledOut = shorter.size() < longer.size();
        for (int i = 0; i < longer.size() && j < shorter.size(); i++) {
            String s = shorter.get(j);
            String l = longer.get(i);
            if (s.equals(l)) {
                j++;
            } else if (s.length() == 1 && l.startsWith(s)) {
                spelledOut = true;
                j++;
            }
        }
        return j == shorter.size() && spelledOut;
    }

    /** Initials and particles ("s", "bin", "von") find too many names to be looked up by. */
    private static boolean isKey(String w) {
        return w.length() > 1 && !Words.PARTICLES.contains(w);
    }
}
