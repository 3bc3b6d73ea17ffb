package org.chronoscope.render;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Colours, fonts and metrics the {@link TimelinePainter} draws with. Two palettes: {@link #light()} and
 * {@link #dark()}; export uses the same ones as the screen.
 */
public record TimelineStyle(Color background, Color laneStripe, Color grid, Color weekend, Color axisBackground,
                            Color axisText, Color axisMajorText, Color text, Color mutedText, Color selection,
                            Color hover, Color cluster, Color clusterText, Color breakFill, Color breakMark,
                            Font labelFont, Font smallFont, Font axisFont, Font laneFont,
                            double rowHeight, double axisHeight, double laneHeaderHeight, double maxLabelWidth) {

    /** The light palette (one shared instance: a style is immutable, and painters cache per style). */
    public static TimelineStyle light() {
        return LightPalette.STYLE;
    }

    /** The dark palette (one shared instance). */
    public static TimelineStyle dark() {
        return DarkPalette.STYLE;
    }

    private static TimelineStyle makeLight() {
        return new TimelineStyle(Color.web("#ffffff"), Color.web("#f6f7f9"), Color.web("#e3e6ea"),
                Color.web("#eef0f3"), Color.web("#fafbfc"), Color.web("#5b6470"), Color.web("#1f2630"),
                Color.web("#1f2630"), Color.web("#6b7480"), Color.web("#2563eb"), Color.web("#93b4f5"),
                Color.web("#dfe3e8"), Color.web("#374151"), Color.web("#f1f2f4"), Color.web("#8a93a0"),
                Font.font("System", 12), Font.font("System", 10), Font.font("System", 11),
                Font.font("System", FontWeight.BOLD, 11), 20, 38, 16, 320);
    }

    private static TimelineStyle makeDark() {
        return new TimelineStyle(Color.web("#1b1f24"), Color.web("#21262d"), Color.web("#30363d"),
                Color.web("#252b33"), Color.web("#161a1f"), Color.web("#9aa4b0"), Color.web("#e6edf3"),
                Color.web("#e6edf3"), Color.web("#9aa4b0"), Color.web("#58a6ff"), Color.web("#3b5f8f"),
                Color.web("#3a414b"), Color.web("#e6edf3"), Color.web("#23282f"), Color.web("#7d8590"),
                Font.font("System", 12), Font.font("System", 10), Font.font("System", 11),
                Font.font("System", FontWeight.BOLD, 11), 20, 38, 16, 320);
    }

    /** Each palette is made on first use (holder classes), so a light start builds no dark fonts and colours. */
    private static final class LightPalette {
        static final TimelineStyle STYLE = makeLight();
    }

    private static final class DarkPalette {
        static final TimelineStyle STYLE = makeDark();
    }

    public boolean isDark() {
        return background.getBrightness() < 0.5;
    }
}
