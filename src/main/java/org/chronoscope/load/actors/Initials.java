package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The acronyms an organisation's name may be written as: the initials of its words, with or without those of
 * "of", "the", "for", "and"… ("Southern African Development Community" → SADC; "Organisation of Eastern
 * Caribbean States" → OECS or OOECS; a hyphenated word gives one letter or one per part). An index from acronym
 * to the one name it abbreviates lets a later "SADC" find the organisation without comparing names pairwise.
 *
 * @param <T> what a name belongs to (a draft, an actor)
 */
final class Initials<T> {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "for", "and", "to", "on", "in", "at",
            "against", "de", "du", "des", "la", "le", "et", "&");
    private static final int MAX_VARIANTS = 32;

    private final Map<String, T> byAcronym = new HashMap<>();
    private final Set<String> ambiguous = new java.util.HashSet<>();

    /** Indexes a name of two content words or more under every acronym it may be written as. */
    void add(String name, T owner) {
        for (String acronym : of(name)) {
            T before = byAcronym.putIfAbsent(acronym, owner);
            if (before != null && before != owner) {
                ambiguous.add(acronym);
            }
        }
    }

    /** The one indexed name this acronym abbreviates, or null (none, or several). */
    T get(String acronym) {
        String key = acronym.toUpperCase(Locale.ROOT);
        return ambiguous.contains(key) ? null : byAcronym.get(key);
    }

    /**
     * An acronym some outlets write in title case, the way they say it ("Ecowas", "Opec", "Nato"): one word of
     * four to six letters, a capital and then lower case.
     */
    static boolean isTitleCaseAcronym(String word) {
        int n = word.length();
        if (n < 4 || n > 6 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "ECOWAS" → "Ecowas"; null when the name is no all-capital acronym of four to six letters. */
    static String titleCase(String acronym) {
        int n = acronym.length();
        if (n < 4 || n > 6 || !acronym.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return null;
        }
        return acronym.charAt(0) + acronym.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Whether the acronym abbreviates the name ("ECB", "European Central Bank"). */
    static boolean abbreviates(String acronym, String name) {
        return of(name).contains(acronym.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a name written next to the acronym, in brackets one of the other, may be what it stands for: each
     * word of the name, in order, gives the acronym's next letter by its first letter and maybe more by letters
     * inside it ("IGAD", "Intergovernmental Authority on Development"), "of", "the"… give theirs or none.
     */
    static boolean fits(String acronym, String name) {
        if (abbreviates(acronym, name)) {
            return true;
        }
        List<String> words = new ArrayList<>();
        int content = 0;
        for (String w : ActorIds.fold(ActorIds.oneSpace(name.strip())).split("[ \u2010\u2011-]")) {
            if (!w.isEmpty() && !(words.isEmpty() && w.equals("the"))) {
                words.add(w);
                content += FUNCTION_WORDS.contains(w) ? 0 : 1;
            }
        }
        return content >= 2 && words.size() <= MAX_WORDS && acronym.length() <= 8
                && fits(ActorIds.fold(acronym), 0, words, 0);
    }

    private static final int MAX_WORDS = 12;

    private static boolean fits(String acronym, int i, List<String> words, int j) {
        if (j == words.size()) {
            return i == acronym.length();
        }
        String w = words.get(j);
        if (FUNCTION_WORDS.contains(w) && fits(acronym, i, words, j + 1)) {
            return true;
        }
        if (i >= acronym.length() || w.charAt(0) != acronym.charAt(i)) {
            return false;
        }
        int k = i + 1;
        int at = 1;
        while (true) {
            if (fits(acronym, k, words, j + 1)) {
                return true;
            }
            if (k >= acronym.length()) {
                return false;
            }
            int next = w.indexOf(acronym.charAt(k), at);
            if (next < 0) {
                return false;
            }
            at = next + 1;
            k++;
        }
    }

    /** Every acronym the name may be written as; none for a name of fewer than two content words. */
    static Set<String> of(String name) {
        if (name.indexOf(' ') < 0 && name.indexOf('\n') < 0) {
            return Set.of();
        }
        List<List<String>> choices = new ArrayList<>();
        int content = 0;
        String[] words = ActorIds.oneSpace(name.strip()).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || i == 0 && lower.equals("the")) {
                continue;
            }
            String first = initial(w);
            if (first.isEmpty()) {
                continue;
            }
            if (FUNCTION_WORDS.contains(lower)) {
                choices.add(List.of("", first));
                continue;
            }
            content++;
            String parts = partInitials(w);
            choices.add(parts.length() > 1 ? List.of(first, parts) : List.of(first));
        }
        if (content < 2) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        out.add("");
        for (List<String> c : choices) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String letter : c) {
                    if (next.size() < MAX_VARIANTS || letter.isEmpty()) {
                        next.add(prefix + letter);
                    }
                }
            }
            out = next;
        }
        out.removeIf(s -> s.length() < 2);
        return out;
    }

    /** The letter an acronym of the name starts with ("the Union of …" → 'U'), upper case; a space when none. */
    static char first(String name) {
        int from = name.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
        for (int i = from; i < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))) {
                return Character.toUpperCase(name.charAt(i));
            }
        }
        return ' ';
    }

    private static String initial(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return String.valueOf(Character.toUpperCase(word.charAt(i)));
            }
        }
        return "";
    }

    /** "Anti-Corruption" → "AC": the first letter of each hyphenated part. */
    private static String partInitials(String word) {
        StringBuilder out = new StringBuilder();
        for (String part : word.split("[-\u2010\u2011]")) {
            out.append(initial(part));
        }
        return out.toString();
    }
}
