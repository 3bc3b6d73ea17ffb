package org.chronoscope.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** A rendered image: {@code width × height} pixels, row by row, as 0xAARRGGBB ints. */
public record Pixels(int width, int height, int[] argb) {
    public int argbAt(int x, int y) {
        return argb[y * width + x];
    }

    /** An opaque RGB image sharing this pixel array (no copy), for ImageIO. */
    public BufferedImage toBufferedImage() {
        DirectColorModel rgb = new DirectColorModel(24, 0xff0000, 0x00ff00, 0x0000ff);
        DataBufferInt buffer = new DataBufferInt(argb, argb.length);
        WritableRaster raster = Raster.createPackedRaster(buffer, width, height, width,
                rgb.getMasks(), null);
        return new BufferedImage(rgb, raster, false, null);
    }
}
