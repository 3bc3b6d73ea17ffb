package org.chronoscope.export;

import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.chronoscope.model.annotation.Box;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Renders a page off-screen into one ARGB pixel array, tile by tile. Each tile is a Canvas of at most
 * {@link #TILE} pixels wide and {@link #TILE_PIXELS} in all (the software pipeline draws a Canvas of 32,768 px or more blank, silently),
 * drawn and snapshotted on the FX thread, its pixels copied straight into the big array. Called from any thread:
 * off the FX thread each tile is one short FX-thread job, so a window stays responsive during a large export.
 */
public final class TiledRenderer {
    /** Tile width in device pixels: far below the 32,768 px at which the software pipeline draws nothing. */
    public static final int TILE = 4096;
    /** Most pixels in one tile (4096 × 3072): every tile redraws what crosses it, so fewer tiles draw faster. */
    public static final int TILE_PIXELS = 4096 * 3072;

    private TiledRenderer() {
    }

    /** Heap a tile of a w × h image takes while drawn: the canvas buffer, the snapshot and its copy. */
    static long tileBytes(long w, long h) {
        return 3L * tileWidth(w) * tileHeight(w, h) * Integer.BYTES;
    }

    /** Tiles of equal width, none wider than {@link #TILE}. */
    static int tileWidth(long w) {
        long columns = (w + TILE - 1) / TILE;
        return (int) ((w + columns - 1) / columns);
    }

    static int tileHeight(long w, long h) {
        long max = Math.max(256, TILE_PIXELS / tileWidth(w));
        long rows = (h + max - 1) / max;
        return (int) ((h + rows - 1) / rows);
    }

    /**
     * Renders a page of {@code width × height} logical pixels at {@code scale} device pixels per logical pixel.
     *
     * @throws ExportException when the image would exceed {@link ExportLimits}
     */
    public static Pixels render(PagePainter painter, double width, double height, double scale)
            throws ExportException {
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        ExportLimits.check(w, h);
        int[] argb = new int[Math.multiplyExact(w, h)];
        Canvas[] canvas = new Canvas[1];
        int tileW = tileWidth(w);
        int tileH = tileHeight(w, h);
        for (int ty = 0; ty < h; ty += tileH) {
            for (int tx = 0; tx < w; tx += tileW) {
                int x0 = tx;
                int y0 = ty;
                int tw = Math.min(tileW, w - tx);
                int th = Math.min(tileH, h - ty);
                onFxThread(() -> {
                    if (canvas[0] == null) {
                        canvas[0] = new Canvas(tileW, tileH);
                    }
                    drawTile(canvas[0], painter, scale, x0, y0, tw, th, argb, w);
                });
            }
        }
        return new Pixels(w, h, argb);
    }

    private static void drawTile(Canvas canvas, PagePainter painter, double scale, int x0, int y0, int tw, int th,
                                 int[] argb, int stride) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.save();
        gc.setTransform(scale, 0, 0, scale, -x0, -y0);
        painter.paint(gc, new Box(x0 / scale, y0 / scale, tw / scale, th / scale));
        gc.restore();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, tw, th));
        WritableImage image = canvas.snapshot(params, new WritableImage(tw, th));
        image.getPixelReader().getPixels(0, 0, tw, th, PixelFormat.getIntArgbInstance(), argb, y0 * stride + x0,
                stride);
    }

    /** Runs the job on the FX thread and waits for it; runs it at once when already there. */
    static void onFxThread(Runnable job) throws ExportException {
        onFxThread(() -> {
            job.run();
            return null;
        });
    }

    /** Computes a value on the FX thread and waits for it; at once when already there. */
    static <T> T onFxThread(java.util.function.Supplier<T> job) throws ExportException {
        if (Platform.isFxApplicationThread()) {
            return job.get();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(job.get());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException("export interrupted", e);
        } catch (ExecutionException e) {
            throw new ExportException("drawing the image failed: " + e.getCause(), e.getCause());
        }
    }
}
