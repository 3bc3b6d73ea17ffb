package org.chronoscope.model;

/**
 * Text made safe to print as part of one line of a terminal or a log: a newline, an escape sequence, a
 * direction override or half a surrogate pair in a file name or a quote can neither start a forged
 * {@code file:line: error:} line nor reach the terminal raw. Such characters are written as escapes
 * ({@code \n}, {@code \u001b}).
 */
public final class OneLine {
    private OneLine() {
    }

    /** The text with control and format characters escaped (and backslashes doubled when anything was). */
    public static String text(String s) {
        return needsEscape(s) ? escape(s) : s;
    }

    /**
     * A file name or path as messages show it: as it is when plain, else in double quotes with control and format
     * characters, quotes and backslashes escaped (also when it holds a colon, which a {@code file:line:} reader
     * would take for the end of the name).
     */
    public static String fileName(String s) {
        if (s == null) {
            return "null";
        }
        if (!needsEscape(s) && s.indexOf(':') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return "\"" + escape(s).replace("\"", "\\\"") + "\"";
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isUnsafe(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (isUnsafe(s, i)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isUnsafe(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
