package org.chronoscope.load;

/** Shortens text for titles and messages without cutting a character in half (a surrogate pair stays whole). */
public final class TextCut {
    private TextCut() {
    }

    /** s when it has at most max chars, else its first chars and "…", max chars in all. */
    public static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return s.substring(0, safeEnd(s, max - 1)) + "…";
    }

    /** end, or end - 1 when end would split a surrogate pair of s. */
    public static int safeEnd(String s, int end) {
        return end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))
                && Character.isLowSurrogate(s.charAt(end)) ? end - 1 : end;
    }
}
