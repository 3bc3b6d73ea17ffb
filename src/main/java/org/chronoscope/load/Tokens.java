package org.chronoscope.load;

import java.util.ArrayList;
import java.util.List;

/** Word tokens (letters and digits) as [start, end) ranges. */
public final class Tokens {
    private Tokens() {
    }

    public static List<int[]> of(String s) {
        return of(s, 0, s.length());
    }

    public static List<int[]> of(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int start = i;
                while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
                    i++;
                }
                out.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The same tokens packed in one array, start and end of token k at [2k] and [2k + 1], for readers that walk
     * every word of long texts (it allocates one array, not one per word).
     */
    public static int[] bounds(String s, int from, int to) {
        int[] out = new int[Math.max(16, (to - from) / 3)];
        int n = 0;
        int i = from;
        while (i < to) {
            if (isWordChar(s.charAt(i))) {
                int start = i;
                while (i < to && isWordChar(s.charAt(i))) {
                    i++;
                }
                if (n + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = start;
                out[n++] = i;
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    /** True when the characters between two tokens may sit inside one name: a space, dot, hyphen, apostrophe. */
    public static boolean joinable(String s, int gapStart, int gapEnd) {
        if (gapEnd - gapStart > 3) {
            return false;
        }
        for (int i = gapStart; i < gapEnd; i++) {
            char c = s.charAt(i);
            if (!(c == ' ' || c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '\u00a0')) {
                return false;
            }
        }
        return true;
    }
}
