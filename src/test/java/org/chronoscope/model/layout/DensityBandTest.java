package org.chronoscope.model.layout;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DensityBandTest {

    @Test
    void counts_positions_per_column() {
        double[] xs = {0.5, 1, 2.9, 3, 8.9, 20};
        DensityBand band = DensityBand.of(2, xs, xs.length, 9, 3, 0);
        assertEquals(2, band.lane());
        assertArrayEquals(new int[]{3, 1, 1}, band.counts()); // 20 lies beyond the picture
        assertEquals(3, band.max());
    }

    @Test
    void columns_are_fixed_to_the_axis() {
        DensityBand band = DensityBand.of(0, new double[]{0.5}, 1, 9, 3, 4); // x = 0 is axis pixel 4
        assertEquals(-1, band.x(), 1e-9); // the column holding x = 0 starts at axis pixel 3
        assertArrayEquals(new int[]{1, 0, 0, 0}, band.counts());
    }

    @Test
    void shares_grow_with_the_count_on_a_log_scale_against_all_lanes() {
        DensityBand band = DensityBand.of(0, new double[]{0, 0, 0, 4}, 4, 6, 3, 0);
        assertEquals(1, band.share(0, 3), 1e-9);
        assertTrue(band.share(1, 3) > 0 && band.share(1, 3) < 1);
        assertTrue(band.share(0, 100) < band.share(0, 3));
    }
}
