package org.chronoscope.export;

import org.chronoscope.model.layout.LabelPolicy;
import org.chronoscope.model.layout.LaneMode;

/**
 * How the picture looks.
 *
 * @param width       page width in logical pixels (the PNG is {@code width × scale} pixels wide)
 * @param scale       device pixels per logical pixel: 2 draws everything twice as finely
 * @param title       title line, or null for the corpus name; blank for none
 * @param subtitle    subtitle line, or null for the date range and what is filtered; blank for none
 * @param annotations draw the user's notes and stars
 * @param legend      draw the legend (lane colours and mark shapes)
 * @param sources     draw the sources footer (outlet and date of each article cited)
 * @param dark        dark palette instead of light
 * @param lanes       lanes by side or by category, as on screen
 * @param compressed  shorten quiet stretches of the axis; null: only when no date range is asked for
 * @param labels      which events keep their labels: all that find room, only the top ones, only the starred
 */
public record ExportOptions(double width, double scale, String title, String subtitle, boolean annotations,
                            boolean legend, boolean sources, boolean dark, LaneMode lanes, Boolean compressed,
                            LabelPolicy labels) {
    public static final int DEFAULT_WIDTH = 2400;
    /** The narrowest page the painter lays out, in logical pixels. */
    public static final int MIN_WIDTH = 200;
    /** Logical width used with a scale alone: about a full-screen window. */
    public static final int WINDOW_WIDTH = 1200;

    public ExportOptions {
        if (!(width >= MIN_WIDTH)) {
            throw new IllegalArgumentException("width must be at least 200 px, not " + width);
        }
        lanes = lanes == null ? LaneMode.SIDE : lanes;
        labels = labels == null ? LabelPolicy.ALL : labels;
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 8, not " + scale);
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(DEFAULT_WIDTH, 1, null, null, true, true, true, false, LaneMode.SIDE, null,
                LabelPolicy.ALL);
    }

    public int pixelWidth() {
        return (int) Math.ceil(width * scale);
    }

    public ExportOptions withSize(double newWidth, double newScale) {
        return new ExportOptions(newWidth, newScale, title, subtitle, annotations, legend, sources, dark, lanes, compressed,
                labels);
    }

    public ExportOptions withTitle(String newTitle, String newSubtitle) {
        return new ExportOptions(width, scale, newTitle, newSubtitle, annotations, legend, sources, dark, lanes, compressed,
                labels);
    }

    public ExportOptions withParts(boolean withAnnotations, boolean withLegend, boolean withSources) {
        return new ExportOptions(width, scale, title, subtitle, withAnnotations, withLegend, withSources, dark, lanes, compressed,
                labels);
    }

    /** The screen's look: its lanes and whether its axis is compressed. */
    public ExportOptions withLook(LaneMode newLanes, Boolean newCompressed) {
        return new ExportOptions(width, scale, title, subtitle, annotations, legend, sources, dark, newLanes,
                newCompressed, labels);
    }

    public ExportOptions withDark(boolean newDark) {
        return new ExportOptions(width, scale, title, subtitle, annotations, legend, sources, newDark, lanes, compressed,
                labels);
    }

    public ExportOptions withLabels(LabelPolicy newLabels) {
        return new ExportOptions(width, scale, title, subtitle, annotations, legend, sources, dark, lanes, compressed,
                newLabels);
    }
}
