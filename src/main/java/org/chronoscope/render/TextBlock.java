package org.chronoscope.render;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines no wider than a width, measured with a font; for drawing on a Canvas. */
public record TextBlock(List<String> lines, double width, double lineHeight) {

    public double height() {
        return lines.size() * lineHeight;
    }

    /** Wraps at spaces (and at explicit line breaks); a word wider than the width is left whole. */
    public static TextBlock wrap(String text, Font font, double maxWidth) {
        Text probe = new Text();
        probe.setFont(font);
        probe.setText("Ag");
        double lineHeight = Math.ceil(probe.getLayoutBounds().getHeight());
        List<String> lines = new ArrayList<>();
        double widest = 0;
        for (String paragraph : text.strip().split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(probe, candidate) > maxWidth) {
                    lines.add(line.toString());
                    widest = Math.max(widest, width(probe, line.toString()));
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            widest = Math.max(widest, width(probe, line.toString()));
        }
        return new TextBlock(List.copyOf(lines), Math.ceil(widest), lineHeight);
    }

    private static double width(Text probe, String s) {
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
