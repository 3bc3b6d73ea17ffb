package org.chronoscope.render;

import javafx.application.Platform;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.concurrent.FutureTask;

/**
 * The timeline's colours as styleable properties ({@code -cs-tl-background}, {@code -cs-tl-selection}…), set by
 * {@code palette.css}, the one place Chronoscope's colours are written. The light and dark {@link TimelineStyle}s
 * are read from it once, off-screen, so the screen and the PNG export draw with the same colours.
 */
public final class TimelinePalette extends Region {
    /** The stylesheet with every colour; the window adds it to its root for the accent it shares. */
    public static final String STYLESHEET = "/org/chronoscope/render/palette.css";
    private static final Color UNSET = Color.MAGENTA; // only seen if palette.css lost a colour
    private static final StyleablePropertyFactory<TimelinePalette> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Color> background = color("background", p -> p.background);
    private final StyleableObjectProperty<Color> laneStripe = color("lane-stripe", p -> p.laneStripe);
    private final StyleableObjectProperty<Color> grid = color("grid", p -> p.grid);
    private final StyleableObjectProperty<Color> weekend = color("weekend", p -> p.weekend);
    private final StyleableObjectProperty<Color> axisBackground = color("axis-background", p -> p.axisBackground);
    private final StyleableObjectProperty<Color> axisText = color("axis-text", p -> p.axisText);
    private final StyleableObjectProperty<Color> axisMajorText = color("axis-major-text", p -> p.axisMajorText);
    private final StyleableObjectProperty<Color> text = color("text", p -> p.text);
    private final StyleableObjectProperty<Color> mutedText = color("muted-text", p -> p.mutedText);
    private final StyleableObjectProperty<Color> selection = color("selection", p -> p.selection);
    private final StyleableObjectProperty<Color> hover = color("hover", p -> p.hover);
    private final StyleableObjectProperty<Color> cluster = color("cluster", p -> p.cluster);
    private final StyleableObjectProperty<Color> clusterText = color("cluster-text", p -> p.clusterText);
    private final StyleableObjectProperty<Color> breakFill = color("break-fill", p -> p.breakFill);
    private final StyleableObjectProperty<Color> breakMark = color("break-mark", p -> p.breakMark);

    public TimelinePalette() {
        getStyleClass().add("timeline-palette");
        getStylesheets().add(TimelinePalette.class.getResource(STYLESHEET).toExternalForm());
    }

    private StyleableObjectProperty<Color> color(String name,
                                                 java.util.function.Function<TimelinePalette, javafx.css.StyleableProperty<Color>> self) {
        return (StyleableObjectProperty<Color>) CSS.createStyleableColorProperty(this, name, "-cs-tl-" + name, self,
                UNSET);
    }

    /** The style these colours make, with the timeline's fonts and metrics. */
    public TimelineStyle style() {
        return TimelineStyle.withColors(background.get(), laneStripe.get(), grid.get(), weekend.get(),
                axisBackground.get(), axisText.get(), axisMajorText.get(), text.get(), mutedText.get(),
                selection.get(), hover.get(), cluster.get(), clusterText.get(), breakFill.get(), breakMark.get());
    }

    /** Reads the light or dark palette from the stylesheet, off-screen (on the FX thread, waiting for it if need be). */
    static TimelineStyle read(boolean dark) {
        if (!Platform.isFxApplicationThread()) {
            FutureTask<TimelineStyle> onFx = new FutureTask<>(() -> read(dark));
            Platform.runLater(onFx);
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the palette", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the palette could not be read", e.getCause());
            }
        }
        TimelinePalette palette = new TimelinePalette();
        if (dark) {
            palette.getStyleClass().add("dark");
        }
        new Scene(palette); // styles apply to a node in a scene
        palette.applyCss();
        return palette.style();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
