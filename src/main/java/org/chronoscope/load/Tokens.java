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
