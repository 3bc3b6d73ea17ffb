package org.chronoscope.view.timeline;

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
        for (int d = 1; d < digitWidth.length; d++) {
            digitWidth[d] = measure("0".repeat(d));
        }
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

    private Fitted shorten(String label) {
        double w = measure(label);
        if (w <= maxWidth) {
            return new Fitted(label, w);
        }
        int lo = 1;
        int hi = label.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measure(label.substring(0, mid).stripTrailing() + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String s = label.substring(0, lo).stripTrailing() + "…";
        return new Fitted(s, measure(s));
    }

    /** Width of a number's digits, without measuring. */
    double numberWidth(int n) {
        int digits = Math.min(digitWidth.length - 1, String.valueOf(n).length());
        return digitWidth[digits];
    }

    Font font() {
        return font;
    }
}
