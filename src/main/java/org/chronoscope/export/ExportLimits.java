package org.chronoscope.export;

/**
 * How large an image this Java can render and encode: the finished image is held as one int per pixel, so the
 * limit follows the heap (-Xmx). A request over the limit is refused before any memory is taken, never met with an
 * OutOfMemoryError.
 */
public final class ExportLimits {
    /** Widest (and tallest) image in pixels; beyond this image viewers and slides give up anyway. */
    public static final int MAX_SIDE = 65_000;
    /** Share of the free heap an export may take for its pixels; the rest is for tiles, encoding and the app. */
    private static final double HEAP_SHARE = 0.6;

    private ExportLimits() {
    }

    /** The largest number of pixels an export of about this size may have now. */
    static long maxPixels(long w, long h) {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        long free = rt.maxMemory() - used;
        long budget = (long) (free * HEAP_SHARE) - TiledRenderer.tileBytes(w, h);
        return Math.max(0, Math.min(budget / Integer.BYTES, Integer.MAX_VALUE - 16L));
    }

    /** Throws with the limit named when an image of w × h pixels cannot be made. */
    public static void check(long w, long h) throws ExportException {
        if (w <= 0 || h <= 0) {
            throw new ExportException("an image of " + w + " × " + h + " px is empty");
        }
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new TooLargeException("an image of " + w + " × " + h + " px is too large: the limit is "
                    + MAX_SIDE + " px a side");
        }
        long max = maxPixels(w, h);
        if (w * h > max) {
            System.gc(); // the heap may hold garbage of an earlier export: count only what is live
            max = maxPixels(w, h);
        }
        if (w * h > max) {
            long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
            throw new TooLargeException(String.format(java.util.Locale.ROOT,
                    "an image of %d × %d px (%.1f megapixels) is too large: with %d MB of heap the limit is "
                            + "%.1f megapixels (about %d px wide at this height); export narrower or give Java "
                            + "more memory (-Xmx)", w, h, w * h / 1e6, maxHeapMb, max / 1e6, max / h));
        }
    }

    /** A request beyond what this Java can render: the message names the limit. */
    public static final class TooLargeException extends ExportException {
        public TooLargeException(String message) {
            super(message);
        }
    }
}
