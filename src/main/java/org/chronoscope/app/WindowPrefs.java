package org.chronoscope.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/** What the window remembers between runs: size and position, dividers, theme, lanes, last corpus. */
public final class WindowPrefs {
    private final Preferences prefs;

    public WindowPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    public static WindowPrefs user() {
        return new WindowPrefs(Preferences.userRoot().node("org/chronoscope/window"));
    }

    private static final double MIN_WIDTH = 720;
    private static final double MIN_HEIGHT = 480;

    /** The remembered window width fitted to the screen, or most of the screen up to 1600 px. */
    public double width() {
        return bounds().width();
    }

    public double height() {
        return bounds().height();
    }

    /** The remembered bounds, clamped to the visible area of the screen they are on (else the main screen). */
    WindowBounds bounds() {
        Rectangle2D main = Screen.getPrimary().getVisualBounds();
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        double w = prefs.getDouble("width", Math.min(1600, main.getWidth() * 0.92));
        double h = prefs.getDouble("height", Math.min(1000, main.getHeight() * 0.92));
        Rectangle2D area = main;
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            var screens = Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, w), Math.max(1, h)));
            if (screens.isEmpty()) {
                x = Double.NaN;
                y = Double.NaN;
            } else {
                area = screens.get(0).getVisualBounds();
            }
        }
        return new WindowBounds(x, y, w, h).within(new WindowBounds(area.getMinX(), area.getMinY(), area.getWidth(),
                area.getHeight()), MIN_WIDTH, MIN_HEIGHT);
    }

    public void restore(Stage stage) {
        WindowBounds b = bounds();
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void save(Stage stage) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
    }

    /** Restores divider positions, ignoring remembered ones too near an edge. */
    public void restoreDividers(String key, SplitPane split, double... defaults) {
        restoreDividersWithin(key, split, 0.15, 0.92, defaults);
    }

    /** Restores divider positions; a remembered position outside [min, max] is ignored. */
    public void restoreDividersWithin(String key, SplitPane split, double min, double max, double... defaults) {
        double[] pos = new double[defaults.length];
        for (int i = 0; i < pos.length; i++) {
            double p = prefs.getDouble(key + "." + i, defaults[i]);
            pos[i] = p >= min && p <= max ? p : defaults[i];
        }
        split.setDividerPositions(pos);
    }

    public void saveDividers(String key, SplitPane split) {
        double[] pos = split.getDividerPositions();
        for (int i = 0; i < pos.length; i++) {
            prefs.putDouble(key + "." + i, pos[i]);
        }
    }

    public boolean dark() {
        return prefs.getBoolean("dark", false);
    }

    public void setDark(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    public String lastCorpus() {
        return prefs.get("lastCorpus", null);
    }

    public void setLastCorpus(String folder) {
        prefs.put("lastCorpus", folder);
    }

    public String get(String key, String def) {
        return prefs.get(key, def);
    }

    public void put(String key, String value) {
        prefs.put(key, value);
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            System.getLogger("chronoscope.prefs").log(System.Logger.Level.WARNING, "could not save preferences", e);
        }
    }
}
