package org.chronoscope.load;

/**
 * Folds the differences that do not change what a quote says: runs of white space (including non-breaking
 * and zero-width space) become one space, curly quotes become straight ones, dashes become '-'.
 * {@link #normalizeWithMap} keeps, for every normalised character, the offset it came from.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String s) {
        return normalizeWithMap(s, 0, s.length(), null).trim();
    }

    /**
     * Normalises s[from, to). If {@code map} is not null it must have room for to - from + 1 ints and receives,
     * at index i, the source offset of normalised character i.
     */
    public static String normalizeWithMap(String s, int from, int to, int[] map) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean lastSpace = false;
        for (int i = from; i < to; i++) {
            char c = fold(s.charAt(i));
            if (c == ' ') {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else if (c == '\u200b' || c == '\u00ad') {
                continue;
            } else {
                lastSpace = false;
            }
            if (map != null) {
                map[sb.length()] = i;
            }
            sb.append(c);
        }
        if (map != null) {
            map[sb.length()] = to;
        }
        return sb.toString();
    }

    static char fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '`':
                return '\'';
            case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': case '\u00ab': case '\u00bb':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
                return '-';
            case '\u00a0': case '\u2007': case '\u202f': case '\t': case '\n': case '\r': case '\f':
            case '\u2002': case '\u2003': case '\u2009':
                return ' ';
            default:
                return c;
        }
    }
}
