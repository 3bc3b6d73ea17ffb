package org.chronoscope.render;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;

/** Text widths for one font, measured once and cached; long labels shortened with an ellipsis. */
final class LabelMeasurer {
    private final Font font;
    private final double maxWidth;
    private final Text text = new Text();
    private final Map<String, Fitted> cache = new HashMap<>();
    private final double[] digitWidth = new double[12];

    record Fitted(String text, double width) {
    }

    LabelMeasurer(Font font, double maxWidth) {
        this.font = font;
        this.maxWidth = maxWidth;
        text.setFont(font);
    }

    double measure(String s) {
        text.setText(s);
        return Math.ceil(text.getLayoutBounds().getWidth());
    }

    /** The label as drawn, at most maxWidth wide. */
    Fitted fit(String label) {
        Fitted f = cache.get(label);
        if (f == null) {
            f = shorten(label);
            cache.put(label, f);
        }
        return f;
    }

    /** The label as drawn within max (and maxWidth), shortened with an ellipsis if need be; not cached. */
    Fitted fit(String label, double max) {
        return max >= maxWidth ? fit(label) : shorten(label, max);
    }

    private Fitted shorten(String label) {
        return shorten(label, maxWidth);
    }

    private Fitted shorten(String label, double maxWidth) {
        double w = measure(label);
        if (w <= maxWidth) {
            return new Fitted(label, w);
        }
        // the longest prefix that fits with its ellipsis: start from the proportional guess and walk from there
        // (two or three measurements, where a binary search takes seven)
        int n = Math.max(1, Math.min(label.length() - 1, (int) (label.length() * maxWidth / w)));
        double fitted = cutWidth(label, n);
        if (fitted <= maxWidth) {
            double next;
            while (n + 1 < label.length() && (next = cutWidth(label, n + 1)) <= maxWidth) {
                n++;
                fitted = next;
            }
        } else {
            while (n > 1 && fitted > maxWidth) {
                n--;
                fitted = cutWidth(label, n);
            }
        }
        return new Fitted(cut(label, n), fitted);
    }

    private static String cut(String label, int n) {
        return label.substring(0, n).stripTrailing() + "…";
    }

    private double cutWidth(String label, int n) {
        return measure(cut(label, n));
    }

    /** Width of a number's digits, measured once per digit count. */
    double numberWidth(int n) {
        int digits = Math.min(digitWidth.length - 1, digits(n));
        if (digitWidth[digits] == 0) {
            digitWidth[digits] = measure("0".repeat(digits));
        }
        return digitWidth[digits];
    }

    /** How many characters n takes when written out (called per event a badge counts: no string made). */
    static int digits(int n) {
        int d = n < 0 ? 2 : 1;
        for (long v = Math.abs((long) n); v >= 10; v /= 10) {
            d++;
        }
        return d;
    }

    Font font() {
        return font;
    }
}
