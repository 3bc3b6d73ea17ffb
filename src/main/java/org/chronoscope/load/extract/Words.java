package org.chronoscope.load.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence as tokens: words (letters and digits, with the apostrophes, hyphens and dots inside them: "Russia’s",
 * "28-point", "U.S.") and single punctuation marks. One pass over the text; every token knows its quote depth.
 */
final class Words {
    static final byte WORD = 0;
    static final byte PUNCT = 1;
    static final byte QUOTE = 2;
    static final byte DASH = 3;

    final String text;
    int size;
    int[] start = new int[16];
    int[] end = new int[16];
    byte[] kind = new byte[16];
    /** True for a token inside quotation marks (its own quote marks are outside). */
    boolean[] quoted;
    private String[] lower;

    private Words(String text) {
        this.text = text;
    }

    static Words of(String text) {
        Words w = new Words(text);
        w.tokenize();
        w.quoted = new boolean[w.size];
        w.markQuotes();
        w.lower = new String[w.size];
        return w;
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int s = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' || d == '&' || d == '/')
                            && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == ',' && i + 3 < n && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                            && Character.isDigit(text.charAt(i + 3))) {
                        i += 4;
                    } else {
                        break;
                    }
                }
                if (i < n && text.charAt(i) == '.' && keepsDot(s, i)) {
                    i++;
                }
                add(s, i, WORD);
            } else {
                byte k = isQuote(c) ? QUOTE : c == '-' || c == '\u2013' || c == '\u2014' ? DASH : PUNCT;
                int len = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                        ? 2 : 1; // an emoji is one token, never two halves
                add(i, i + len, k);
                i += len;
            }
        }
    }

    /** "U.S." and "S." and "Mr." keep their dot; a full stop after an ordinary word does not. */
    private boolean keepsDot(int s, int dot) {
        int len = dot - s;
        if (len == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        if (text.indexOf('.', s) < dot && len <= 6) {
            return true;
        }
        return len <= 4 && Lexicon.TITLE_ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
    }

    private void add(int s, int e, byte k) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            kind = Arrays.copyOf(kind, size * 2);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        size++;
    }

    /**
     * Quote depth in one pass: “ and ‘ open, ” closes, ’ closes only what ‘ opened; a straight quote opens at the
     * start of a word run and closes otherwise. An unclosed quote leaves the rest of the sentence unquoted, unless
     * it opens the sentence (a quotation running on into the next paragraph).
     */
    private void markQuotes() {
        int open = -1;
        char opener = 0;
        for (int t = 0; t < size; t++) {
            if (kind[t] != QUOTE) {
                continue;
            }
            char c = text.charAt(start[t]);
            if (open < 0) {
                if (c == '\u201d' || c == '\u00bb' || !spaceBefore(t) && kind[t - 1] == WORD) {
                    continue;
                }
                open = t;
                opener = c;
            } else if (closes(opener, c)) {
                Arrays.fill(quoted, open + 1, t, true);
                open = -1;
            }
        }
        if (open == 0) {
            Arrays.fill(quoted, 1, size, true); // a quotation that runs on into the next paragraph
        }
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '\u201c' -> c == '\u201d' || c == '"';
            case '\u2018' -> c == '\u2019';
            case '\u00ab' -> c == '\u00bb';
            case '"' -> c == '"' || c == '\u201d';
            case '\'' -> c == '\'' || c == '\u2019';
            default -> c == opener;
        };
    }

    boolean spaceBefore(int t) {
        return t == 0 || start[t] > end[t - 1];
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019'
                || c == '\u00ab' || c == '\u00bb' || c == '\u201e';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }

    String word(int t) {
        return text.substring(start[t], end[t]);
    }

    /** The token in lower case (cached: rules ask many times). */
    String lower(int t) {
        String s = lower[t];
        if (s == null) {
            s = word(t).toLowerCase(Locale.ROOT);
            lower[t] = s;
        }
        return s;
    }

    char first(int t) {
        return text.charAt(start[t]);
    }

    boolean isWord(int t) {
        return kind[t] == WORD;
    }

    boolean is(int t, char c) {
        return kind[t] != WORD && text.charAt(start[t]) == c;
    }

    boolean isCapitalised(int t) {
        return kind[t] == WORD && Character.isUpperCase(text.charAt(start[t]));
    }

    boolean isLowerWord(int t) {
        return kind[t] == WORD && Character.isLowerCase(text.charAt(start[t]));
    }
}
