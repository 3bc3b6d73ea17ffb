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
    private final String[] words;
    private final String[] lower;
    /** Words of a photo credit ("(AP Photo/Michael Dwyer)", "Credit: Reuters/Osman Orsal"): never actors. */
    private final boolean[] hidden;

    SentenceTokens(String text, int start, int end, Gazetteer catalogue, World world) {
        this.text = text;
        this.sentenceStart = start;
        this.tokens = Tokens.of(text, start, end);
        int n = tokens.size();
        this.spots = new Spot[n];
        this.words = new String[n];
        this.lower = new String[n];
        this.hidden = new boolean[n];

        boolean[] credit = credits(text, start, end, tokens);
        System.arraycopy(credit, 0, hidden, 0, n);
        for (int i = 0; i < n; i++) {
            int[] t = tokens.get(i);
            if (credit[i] || !catalogue.aliases().mayStartWith(text, t[0], t[1])
                    && !world.phrases().mayStartWith(text, t[0], t[1])) {
                continue;
            }
            PhraseTable.Match<Gazetteer.Alias> c = catalogue.aliases().longest(text, tokens, i, lower(i));
            PhraseTable.Match<World.Entry> w = world.phrases().longest(text, tokens, i, lower(i));
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

    /** The tokens inside a credit: a bracket holding "Photo", "Credit", "Getty" or a slash, or a "Credit:" line. */
    private static boolean[] credits(String text, int start, int end, List<int[]> tokens) {
        boolean[] out = new boolean[tokens.size()];
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        for (String label : CREDIT_LABELS) {
            if (text.regionMatches(true, from, label, 0, label.length())) {
                java.util.Arrays.fill(out, true);
                return out;
            }
        }
        for (int i = start; i < end; i++) {
            char open = text.charAt(i);
            if (open != '(' && open != '[') {
                continue;
            }
            int close = text.indexOf(open == '(' ? ')' : ']', i + 1);
            if (close < 0 || close >= end) {
                break;
            }
            if (isCredit(text, i + 1, close)) {
                for (int k = 0; k < tokens.size(); k++) {
                    int[] t = tokens.get(k);
                    out[k] |= t[0] > i && t[1] <= close;
                }
            }
            i = close;
        }
        return out;
    }

    private static final List<String> CREDIT_LABELS = List.of("credit:", "photo:", "photograph:", "image:");

    /** A bracket holding "Photo", "Credit", "Getty" or a slash ("AP Photo/Michael Dwyer", "Ma Yan/Xinhua"). */
    private static boolean isCredit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '/' || (c == 'p' || c == 'P') && text.regionMatches(true, k, "photo", 0, 5)
                    || (c == 'c' || c == 'C') && text.regionMatches(true, k, "credit", 0, 6)
                    || (c == 'g' || c == 'G') && text.regionMatches(true, k, "getty", 0, 5)) {
                return true;
            }
        }
        return false;
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
        if (words[i] == null) {
            int[] t = tokens.get(i);
            words[i] = text.substring(t[0], t[1]);
        }
        return words[i];
    }

    String lower(int i) {
        if (i < 0 || i >= lower.length) {
            return "";
        }
        if (lower[i] == null) {
            lower[i] = word(i).toLowerCase(Locale.ROOT);
        }
        return lower[i];
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
        if (hidden[i]) {
            return false;
        }
        char c = text.charAt(tokens.get(i)[0]);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Two or more letters, all capitals ("BJP", "NATO"). */
    boolean isAcronym(int i) {
        int[] t = tokens.get(i);
        if (t[1] - t[0] < 2 || hidden[i] || !Character.isLetter(text.charAt(t[0]))) {
            return false;
        }
        boolean letter = false;
        for (int k = t[0]; k < t[1]; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
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
        int from = tokens.get(i - 1)[1];
        int to = tokens.get(i)[0];
        char c = text.charAt(from);
        if (to - from == 1) {
            return c == ' ' || c == '\u00a0' || c == '-' || c == '\u2010' || c == '\u2011'
                    || (c == '\'' || c == '\u2019') && isCapitalised(i)
                    || c == '.' && (isInitial(i - 1) || Words.ABBREVIATIONS.contains(lower(i - 1)));
        }
        return to - from == 2 && c == '.' && text.charAt(from + 1) == ' '
                && (isInitial(i - 1) || Words.ABBREVIATIONS.contains(lower(i - 1)));
    }

    /** Punctuation between i-1 and i that ends a phrase: comma, stop, colon, bracket, quote, dash. */
    boolean hardBreak(int i) {
        if (i <= 0 || i >= tokens.size()) {
            return true;
        }
        if (nameGap(i)) {
            return false;
        }
        for (int k = tokens.get(i - 1)[1], end = tokens.get(i)[0]; k < end; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00a0' || c == '-' || c == '\'' || c == '\u2019')) {
                return true;
            }
        }
        return false;
    }

    /** Token i+1 is an "s" after an apostrophe: "India's". */
    boolean possessiveAfter(int i) {
        if (i + 1 >= tokens.size() || !lower(i + 1).equals("s") || tokens.get(i + 1)[0] - tokens.get(i)[1] != 1) {
            return false;
        }
        char c = text.charAt(tokens.get(i)[1]);
        return c == '\'' || c == '\u2019';
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
