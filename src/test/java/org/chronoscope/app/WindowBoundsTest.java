package org.chronoscope.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WindowBoundsTest {
    // a 1600 × 1000 screen whose visible area starts below a 30-px top bar
    private static final WindowBounds SCREEN = new WindowBounds(0, 30, 1600, 970);

    @ParameterizedTest(name = "{0},{1} {2}×{3} → {4},{5} {6}×{7}")
    @CsvSource({
        // fits: unchanged
        "100, 100, 1200, 800,    100, 100, 1200, 800",
        // saved on a bigger screen: shrunk to the visible area, moved in
        "200, 50, 2560, 1400,    0, 30, 1600, 970",
        // hangs off the right and bottom: moved back in, size kept
        "900, 600, 1200, 800,    400, 200, 1200, 800",
        // above the visible area (under the top bar): moved down
        "100, 0, 1200, 800,      100, 30, 1200, 800",
        // position not known: centred
        "NaN, NaN, 1200, 800,    200, 115, 1200, 800",
        // too small to use: grown to the minimum
        "10, 40, 100, 50,        10, 40, 720, 480"})
    void saved_bounds_are_fitted_to_the_visible_screen(double x, double y, double w, double h,
                                                       double ex, double ey, double ew, double eh) {
        WindowBounds b = new WindowBounds(x, y, w, h).within(SCREEN, 720, 480);
        assertEquals(new WindowBounds(ex, ey, ew, eh), b);
    }

    @ParameterizedTest
    @CsvSource({"640, 400", "800, 300"})
    void a_screen_smaller_than_the_minimum_gets_the_whole_screen(double sw, double sh) {
        WindowBounds b = new WindowBounds(50, 50, 1400, 900).within(new WindowBounds(0, 0, sw, sh), 720, 480);
        assertEquals(new WindowBounds(0, 0, Math.min(sw, 1400), Math.min(sh, 900)), b);
    }
}
