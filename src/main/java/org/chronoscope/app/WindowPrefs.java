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

    public void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = prefs.getDouble("width", Math.min(1600, screen.getWidth() * 0.92));
        double h = prefs.getDouble("height", Math.min(1000, screen.getHeight() * 0.92));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
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

    public void restoreDividers(String key, SplitPane split, double... defaults) {
        double[] pos = new double[defaults.length];
        for (int i = 0; i < pos.length; i++) {
            double p = prefs.getDouble(key + "." + i, defaults[i]);
            pos[i] = p >= 0.15 && p <= 0.92 ? p : defaults[i];
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
