package org.chronoscope.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a paragraph into sentences, keeping abbreviations ("U.S.", "Gen.", "Nov.") and initials whole. */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jr", "sr", "lt", "col", "gov", "prof", "sgt", "capt",
            "maj", "adm", "pres", "vs", "etc", "inc", "co", "corp", "ltd", "mt", "ft", "no", "nos", "approx",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.n", "u.k", "e.u", "i.e", "e.g", "a.m", "p.m", "d.c");

    private SentenceSplitter() {
    }

    /** Sentence ranges [start, end) within text[from, to), trimmed of white space. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && isClosing(text.charAt(end))) {
                    end++;
                }
                int next = skipSpace(text, end, to);
                if (next > end && next < to && startsSentence(text.charAt(next))
                        && !(c == '.' && isAbbreviation(text, from, i))) {
                    out.add(new int[] {start, end});
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = trimEnd(text, start, to);
        if (end > start) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c'
                || c == '\u2018' || c == '(' || c == '\u2022';
    }

    /** True when the word ending at the period at dot is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int s = dot;
        while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(String text, int from, int to) {
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }
}
