package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names one organisation goes by in a corpus (decision 0033). Names that differ only by a corporate suffix
 * ("Harbour Point Capital Limited", "… Ltd", "… Ltd.", plain "Harbour Point Capital") are one organisation, shown
 * under the name most mentioned (then the fullest). One bare word ("Northwind") is the organisation whose name it
 * opens ("Northwind Property Group") when exactly one does, or when one of those that do is the start of all the
 * others ("Northwind Holdings" of "Northwind Holdings Energy"); several unrelated ones take neither. A word inside
 * a name ("China" of "Bank of China", "Northwind" of "China Northwind Group") is never its short name. Names are
 * grouped by a hash key and by their first word, so this is linear in the organisations.
 */
final class OrganisationNames {
    /** Suffixes that say what kind of company a name is, not which; "Holdings" and "Group" are part of the name. */
    static final Set<String> SUFFIXES = Set.of("limited", "ltd", "incorporated", "inc", "corporation", "corp",
            "company", "co", "plc", "llc", "llp", "ag", "sa", "nv", "gmbh");
    private static final int HEAD_LIST = 16;

    private record Name(String id, String name, List<String> words, int mentions) {
    }

    private final Map<String, List<Name>> byStem = new HashMap<>();

    /** A discovered organisation (not an acronym) with its name's folded words and how often the corpus names it. */
    void add(String id, String name, List<String> words, int mentions) {
        if (!words.isEmpty()) {
            byStem.computeIfAbsent(String.join(" ", stem(words)), k -> new ArrayList<>(1))
                    .add(new Name(id, name, words, mentions));
        }
    }

    /** The words without the corporate suffixes that end them; a name that is all suffix stays whole. */
    static List<String> stem(List<String> words) {
        int end = words.size();
        while (end > 1 && SUFFIXES.contains(words.get(end - 1))) {
            end--;
        }
        return words.subList(0, end);
    }

    /**
     * Id → id of the organisation it is another name of. {@code notShortName} says which words are never an
     * organisation's short name (places, states, people's names).
     */
    Map<String, String> joins(Predicate<String> notShortName) {
        Map<String, String> out = new HashMap<>();
        Map<String, Name> standing = new HashMap<>();
        Map<String, List<Name>> heads = new HashMap<>();
        for (Map.Entry<String, List<Name>> e : byStem.entrySet()) {
            List<Name> names = e.getValue();
            Name best = names.stream().min(Comparator.comparingInt((Name n) -> -n.mentions())
                    .thenComparingInt(n -> -n.words().size()).thenComparingInt(n -> -n.name().length())
                    .thenComparing(Name::id)).orElseThrow();
            standing.put(e.getKey(), best);
            names.stream().filter(n -> n != best).forEach(n -> out.put(n.id(), best.id()));
            List<String> stem = stem(best.words());
            if (stem.size() >= 2) {
                List<Name> list = heads.computeIfAbsent(stem.get(0), k -> new ArrayList<>(1));
                if (list.size() <= HEAD_LIST) {
                    list.add(best);
                }
            }
        }
        for (Map.Entry<String, List<Name>> e : byStem.entrySet()) {
            String word = e.getKey();
            boolean bare = e.getValue().stream().allMatch(n -> n.words().size() == 1);
            if (word.indexOf(' ') >= 0 || !bare || notShortName.test(word) || !heads.containsKey(word)) {
                continue; // "Northwind Ltd" is a registered name of its own, not a short name
            }
            Name parent = parent(heads.get(word));
            if (parent != null) {
                e.getValue().forEach(n -> out.put(n.id(), parent.id()));
            }
        }
        return out;
    }

    /** The one name, or the one whose stem every other one's stem starts with; else null. */
    private static Name parent(List<Name> candidates) {
        if (candidates.size() > HEAD_LIST) {
            return null;
        }
        Name shortest = candidates.stream().min(Comparator.comparingInt(n -> stem(n.words()).size())).orElseThrow();
        List<String> prefix = stem(shortest.words());
        for (Name n : candidates) {
            List<String> s = stem(n.words());
            if (n != shortest && (s.size() <= prefix.size() || !s.subList(0, prefix.size()).equals(prefix))) {
                return null;
            }
        }
        return shortest;
    }
}
