package org.chronoscope.load.actors;

import java.util.List;
import java.util.Locale;
import org.chronoscope.load.Tokens;
import org.chronoscope.model.EntityKind;

/**
 * One sentence's words with what the tables know of them: each word's text and case, the gaps between words,
 * and the known phrases (catalogue aliases, countries, demonyms, capitals, organisations, outlets) found on it,
 * longest first.
 */
final class SentenceTokens {
    /** A known phrase over tokens [from, to): the catalogue's actor and place, and the world table's entry. */
    record Spot(int from, int to, Gazetteer.Alias actor, Gazetteer.Alias place, World.Entry world) {
        boolean isCatalogueActor() {
            return actor != null;
        }
    }

    final String text;
    final int sentenceStart;
    final List<int[]> tokens;
    final Spot[] spots;
    private final String[] lower;

    SentenceTokens(String text, int start, int end, Gazetteer catalogue, World world) {
        this.text = text;
        this.sentenceStart = start;
        this.tokens = Tokens.of(text, start, end);
        int n = tokens.size();
        this.spots = new Spot[n];
        this.lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = word(i).toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; i++) {
            PhraseTable.Match<Gazetteer.Alias> c = catalogue.aliases().longest(text, tokens, i);
            PhraseTable.Match<World.Entry> w = world.phrases().longest(text, tokens, i);
            int cl = c == null ? 0 : c.length();
            int wl = w == null ? 0 : w.length();
            if (cl == 0 && wl == 0) {
                continue;
            }
            int len = Math.max(cl, wl);
            Gazetteer.Alias actor = cl == len ? first(c.values(), EntityKind.ACTOR) : null;
            Gazetteer.Alias place = cl == len ? first(c.values(), EntityKind.PLACE) : null;
            World.Entry entry = wl == len ? w.values().get(0) : null;
            Spot s = new Spot(i, i + len, actor, place, entry);
            for (int k = i; k < i + len; k++) {
                spots[k] = s;
            }
            i += len - 1;
        }
    }

    private static Gazetteer.Alias first(List<Gazetteer.Alias> values, EntityKind kind) {
        for (Gazetteer.Alias a : values) {
            if (a.kind() == kind) {
                return a;
            }
        }
        return null;
    }

    int size() {
        return tokens.size();
    }

    int start(int i) {
        return tokens.get(i)[0];
    }

    int end(int i) {
        return tokens.get(i)[1];
    }

    String word(int i) {
        return text.substring(tokens.get(i)[0], tokens.get(i)[1]);
    }

    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** The characters between token i-1 and token i (from the sentence start for the first token). */
    String gapBefore(int i) {
        int from = i == 0 ? sentenceStart : tokens.get(i - 1)[1];
        return text.substring(from, tokens.get(i)[0]);
    }

    String gapAfter(int i) {
        return i + 1 < tokens.size() ? gapBefore(i + 1) : text.substring(tokens.get(i)[1],
                Math.min(text.length(), tokens.get(i)[1] + 3));
    }

    boolean isCapitalised(int i) {
        char c = text.charAt(tokens.get(i)[0]);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Two or more letters, all capitals ("BJP", "NATO"). */
    boolean isAcronym(int i) {
        int[] t = tokens.get(i);
        if (t[1] - t[0] < 2) {
            return false;
        }
        boolean letter = false;
        for (int k = t[0]; k < t[1]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** A single capital letter: an initial ("S. Jaishankar"). */
    boolean isInitial(int i) {
        int[] t = tokens.get(i);
        return t[1] - t[0] == 1 && Character.isUpperCase(text.charAt(t[0]));
    }

    /** First word of the sentence, or of a quote or clause after a colon or dash: its capital says nothing. */
    boolean startsClause(int i) {
        if (i == 0) {
            return true;
        }
        String g = gapBefore(i);
        for (int k = 0; k < g.length(); k++) {
            char c = g.charAt(k);
            if (c == ':' || c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '\u2014' || c == '\u2013'
                    || c == '\n' || c == '[' || c == '\'' && k == g.length() - 1 && k > 0) {
                return true;
            }
        }
        return false;
    }

    /** True when token i may continue a name begun at token i-1: a space, hyphen, apostrophe, or an initial's dot. */
    boolean nameGap(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        String g = gapBefore(i);
        switch (g) {
            case " ", "\u00a0", "-", "\u2010", "\u2011" -> {
                return true;
            }
            case "'", "\u2019" -> {
                return isCapitalised(i);
            }
            case ". ", "." -> {
                return isInitial(i - 1) || Words.ABBREVIATIONS.contains(lower(i - 1));
            }
            default -> {
                return false;
            }
        }
    }

    /** Punctuation between i-1 and i that ends a phrase: comma, stop, colon, bracket, quote, dash. */
    boolean hardBreak(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return true;
        }
        String g = gapBefore(i);
        if (nameGap(i)) {
            return false;
        }
        for (int k = 0; k < g.length(); k++) {
            char c = g.charAt(k);
            if (!(c == ' ' || c == '\u00a0' || c == '-' || c == '\'' || c == '\u2019')) {
                return true;
            }
        }
        return false;
    }

    /** Token i+1 is an "s" after an apostrophe: "India's". */
    boolean possessiveAfter(int i) {
        return i + 1 < tokens.size() && lower(i + 1).equals("s")
                && (gapBefore(i + 1).equals("'") || gapBefore(i + 1).equals("\u2019"));
    }

    /** Token i is a possessive "s". */
    boolean isPossessiveS(int i) {
        return i > 0 && possessiveAfter(i - 1);
    }

    boolean afterPlacePreposition(int i) {
        return i > 0 && !hardBreak(i) && Gazetteer.PLACE_PREPOSITIONS.contains(lower(i - 1));
    }

    /** A verb of saying or acting follows token i, maybe after an auxiliary ("Paris has said"). */
    boolean verbAfter(int i) {
        int j = i + 1;
        if (j >= tokens.size() || hardBreak(j) && !gapBefore(j).isBlank()) {
            return false;
        }
        if (Words.VERBS.contains(lower(j))) {
            return true;
        }
        if (Words.BEFORE_VERB.contains(lower(j)) && j + 1 < tokens.size()) {
            String next = lower(j + 1);
            return Words.VERBS.contains(next) || Words.BEFORE_VERB.contains(next) && Words.VERBS.contains(lower(j + 2))
                    || next.endsWith("ed") && !isCapitalised(j + 1);
        }
        return false;
    }
}
