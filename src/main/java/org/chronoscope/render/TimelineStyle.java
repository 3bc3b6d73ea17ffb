package org.chronoscope.render;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours, fonts and metrics the {@link TimelinePainter} draws with. Two palettes, {@link #light()} and
 * {@link #dark()}, whose colours come from the stylesheet through {@link TimelinePalette}; the export uses the same
 * ones as the screen.
 */
public record TimelineStyle(Color background, Color laneStripe, Color grid, Color weekend, Color axisBackground,
                            Color axisText, Color axisMajorText, Color text, Color mutedText, Color selection,
                            Color hover, Color cluster, Color clusterText, Color breakFill, Color breakMark,
                            Font labelFont, Font smallFont, Font axisFont, Font laneFont,
                            double rowHeight, double axisHeight, double laneHeaderHeight, double maxLabelWidth) {

    /** The light palette, read from palette.css (one shared instance: painters cache per style). */
    public static TimelineStyle light() {
        return Light.STYLE;
    }

    /** The dark palette, read from palette.css (one shared instance). */
    public static TimelineStyle dark() {
        return Dark.STYLE;
    }

    /** A style of these colours with the timeline's fonts and metrics (the colours come from {@link TimelinePalette}). */
    static TimelineStyle withColors(Color background, Color laneStripe, Color grid, Color weekend,
                                    Color axisBackground, Color axisText, Color axisMajorText, Color text,
                                    Color mutedText, Color selection, Color hover, Color cluster, Color clusterText,
                                    Color breakFill, Color breakMark) {
        return new TimelineStyle(background, laneStripe, grid, weekend, axisBackground, axisText, axisMajorText, text,
                mutedText, selection, hover, cluster, clusterText, breakFill, breakMark,
                Font.font("System", 12), Font.font("System", 10), Font.font("System", 11),
                Font.font("System", FontWeight.BOLD, 11), 20, 38, 16, 320);
    }

    /** Each palette is read on first use (holder classes), so a light start reads no dark one. */
    private static final class Light {
        static final TimelineStyle STYLE = TimelinePalette.read(false);
    }

    private static final class Dark {
        static final TimelineStyle STYLE = TimelinePalette.read(true);
    }

    public boolean isDark() {
        return background.getBrightness() < 0.5;
    }
}
