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
    /** Token k is text[bounds[2k], bounds[2k + 1]). */
    private final int[] bounds;
    private final int count;
    final Spot[] spots;
    private final String[] words;
    private final String[] lower;
    /** Each word's classes ({@link Words#classesOf}), looked up on first use; {@link #UNKNOWN} until then. */
    private final long[] classes;
    /** Words of a photo credit ("(AP Photo/Michael Dwyer)", "Credit: Reuters/Osman Orsal"): never actors. */
    private final boolean[] hidden;
    /** {@link #isAcronym} once asked: 0 not yet, 1 no, 2 yes. */
    private final byte[] acronym;

    SentenceTokens(String text, int start, int end, Gazetteer catalogue, World world) {
        this.text = text;
        this.sentenceStart = start;
        this.bounds = Tokens.bounds(text, start, end);
        this.count = bounds.length / 2;
        int n = count;
        this.spots = new Spot[n];
        this.words = new String[n];
        this.lower = new String[n];
        this.classes = new long[n];
        java.util.Arrays.fill(classes, UNKNOWN);
        this.hidden = new boolean[n];
        this.acronym = new byte[n];

        boolean[] credit = credits(text, start, end, bounds);
        System.arraycopy(credit, 0, hidden, 0, n);
        for (int i = 0; i < n; i++) {
            if (credit[i] || !catalogue.aliases().mayStartWith(text, start(i), end(i))
                    && !world.phrases().mayStartWith(text, start(i), end(i))) {
                continue;
            }
            PhraseTable.Match<Gazetteer.Alias> c = catalogue.aliases().longest(text, bounds, i, lower(i));
            PhraseTable.Match<World.Entry> w = world.phrases().longest(text, bounds, i, lower(i));
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
    private static boolean[] credits(String text, int start, int end, int[] bounds) {
        boolean[] out = new boolean[bounds.length / 2];
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
                for (int k = 0; k < out.length; k++) {
                    out[k] |= bounds[2 * k] > i && bounds[2 * k + 1] <= close;
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
        return count;
    }

    int start(int i) {
        return bounds[2 * i];
    }

    int end(int i) {
        return bounds[2 * i + 1];
    }

    String word(int i) {
        if (words[i] == null) {
            words[i] = text.substring(start(i), end(i));
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

    private static final long UNKNOWN = -1;

    /** Whether word i (in lower case) is in class {@code c}; false outside the sentence. */
    boolean is(int i, Words.WordClass c) {
        if (i < 0 || i >= count) {
            return false;
        }
        if (classes[i] == UNKNOWN) {
            classes[i] = Words.classesOf(lower(i));
        }
        return c.in(classes[i]);
    }

    /** The characters between token i-1 and token i (from the sentence start for the first token). */
    String gapBefore(int i) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        return text.substring(from, start(i));
    }

    /** Whether the gap before token i is all white space (as {@link String#isBlank}), allocating nothing. */
    private boolean gapIsBlank(int i) {
        for (int k = i == 0 ? sentenceStart : end(i - 1), to = start(i); k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the gap before token i, trimmed as by {@link String#trim}, is {@code s}; allocates nothing. */
    boolean trimmedGapIs(int i, String s) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        int to = start(i);
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        return to - from == s.length() && text.startsWith(s, from);
    }

    /** Whether the gap before token i is exactly {@code s}; allocates nothing. */
    boolean gapIs(int i, String s) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        return start(i) - from == s.length() && text.startsWith(s, from);
    }

    String gapAfter(int i) {
        return i + 1 < count ? gapBefore(i + 1) : text.substring(end(i),
                Math.min(text.length(), end(i) + 3));
    }

    boolean isCapitalised(int i) {
        if (hidden[i]) {
            return false;
        }
        char c = text.charAt(start(i));
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /**
     * An adjective opening a clause that starts a company's name: the capitalised words after it end on
     * "Limited", "Inc", "Group"… ("Top Shine Global Limited").
     */
    boolean opensCompanyName(int i) {
        if (!is(i, Words.NAME_ADJECTIVES)) {
            return false;
        }
        int k = i + 1;
        while (k < count && nameGap(k) && isCapitalised(k)) {
            k++;
        }
        return k > i + 2 && is(k - 1, Words.COMPANY_ENDS);
    }

    /** Whether tokens [a, b) are joined by " & " somewhere: a firm's name ("Alvarez & Marsal"). */
    boolean ampersandIn(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (start(k) - end(k - 1) == 3 && text.startsWith(" & ", end(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Two or more letters, all capitals ("BJP", "NATO"). */
    boolean isAcronym(int i) {
        if (acronym[i] == 0) {
            acronym[i] = (byte) (readAcronym(i) ? 2 : 1);
        }
        return acronym[i] == 2;
    }

    private boolean readAcronym(int i) {
        int from = start(i);
        int to = end(i);
        if (to - from < 2 || hidden[i] || !Character.isLetter(text.charAt(from))) {
            return false;
        }
        boolean letter = false;
        for (int k = from; k < to; k++) {
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
        return end(i) - start(i) == 1 && Character.isUpperCase(text.charAt(start(i)));
    }

    /** First word of the sentence, or of a quote or clause after a colon or dash: its capital says nothing. */
    boolean startsClause(int i) {
        if (i == 0) {
            return true;
        }
        int from = end(i - 1);
        int to = start(i);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '\u2014' || c == '\u2013'
                    || c == '\n' || c == '[' || c == '\'' && k == to - 1 && k > from) {
                return true;
            }
        }
        return false;
    }

    /** True when token i may continue a name begun at token i-1: a space, hyphen, apostrophe, or an initial's dot. */
    boolean nameGap(int i) {
        if (i <= 0 || i >= count) {
            return false;
        }
        int from = end(i - 1);
        int to = start(i);
        char c = text.charAt(from);
        if (to - from == 1) {
            return c == ' ' || c == '\u00a0' || c == '-' || c == '\u2010' || c == '\u2011'
                    || (c == '\'' || c == '\u2019') && isCapitalised(i)
                    || c == '.' && (isInitial(i - 1) || is(i - 1, Words.ABBREVIATIONS));
        }
        if (to - from == 3 && text.startsWith(" & ", from)) {
            return isCapitalised(i - 1) && isCapitalised(i);
        }
        return to - from == 2 && c == '.' && text.charAt(from + 1) == ' '
                && (isInitial(i - 1) || is(i - 1, Words.ABBREVIATIONS));
    }

    /** Punctuation between i-1 and i that ends a phrase: comma, stop, colon, bracket, quote, dash. */
    boolean hardBreak(int i) {
        if (i <= 0 || i >= count) {
            return true;
        }
        if (nameGap(i)) {
            return false;
        }
        for (int k = end(i - 1), end = start(i); k < end; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '\u00a0' || c == '-' || c == '\'' || c == '\u2019')) {
                return true;
            }
        }
        return false;
    }

    /** Token i+1 is an "s" after an apostrophe: "India's". */
    boolean possessiveAfter(int i) {
        if (i + 1 >= count || !lower(i + 1).equals("s") || start(i + 1) - end(i) != 1) {
            return false;
        }
        char c = text.charAt(end(i));
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
        if (j >= count || hardBreak(j) && !gapIsBlank(j)) {
            return false;
        }
        if (is(j, Words.VERBS)) {
            return true;
        }
        if (is(j, Words.BEFORE_VERB) && j + 1 < count) {
            String next = lower(j + 1);
            return Words.VERBS.contains(next) || Words.BEFORE_VERB.contains(next) && is(j + 2, Words.VERBS)
                    || next.endsWith("ed") && !isCapitalised(j + 1);
        }
        return false;
    }
}
