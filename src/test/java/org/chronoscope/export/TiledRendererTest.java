package org.chronoscope.export;

import org.chronoscope.app.export.AtomicFileSink;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TiledRendererTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() {
        FxRuntime.ensureStarted(true);
    }

    /** Left of x = 3000 red, right of it blue, a green bar from y = 100 across the whole width. */
    private static final PagePainter STRIPES = (gc, visible) -> {
        gc.setFill(Color.RED);
        gc.fillRect(0, 0, 3000, 400);
        gc.setFill(Color.BLUE);
        gc.fillRect(3000, 0, 6000, 400);
        gc.setFill(Color.LIME);
        gc.fillRect(0, 100, 6000, 20);
    };

    @Test
    void a_page_wider_than_a_tile_comes_out_whole_and_seamless() throws Exception {
        Pixels px = TiledRenderer.render(STRIPES, 6000, 400, 1);
        assertEquals(6000, px.width());
        assertEquals(400, px.height());
        assertEquals(0xffff0000, px.argbAt(10, 10));
        assertEquals(0xffff0000, px.argbAt(2999, 300));
        assertEquals(0xff0000ff, px.argbAt(3000, 300));
        assertEquals(0xff0000ff, px.argbAt(TiledRenderer.TILE, 10), "first pixel of the second tile");
        assertEquals(0xff0000ff, px.argbAt(5999, 399), "last pixel");
        assertEquals(0xff00ff00, px.argbAt(TiledRenderer.TILE - 1, 110));
        assertEquals(0xff00ff00, px.argbAt(TiledRenderer.TILE, 110));
    }

    @Test
    void scale_two_doubles_the_pixels_and_the_drawing() throws Exception {
        Pixels px = TiledRenderer.render(STRIPES, 3200, 300, 2);
        assertEquals(6400, px.width());
        assertEquals(600, px.height());
        assertEquals(0xffff0000, px.argbAt(5990, 10));
        assertEquals(0xff0000ff, px.argbAt(6010, 10));
        assertEquals(0xff00ff00, px.argbAt(100, 230));
    }

    @Test
    void the_png_has_the_pixels_that_were_drawn() throws Exception {
        Path file = dir.resolve("stripes.png");
        PngWriter.write(TiledRenderer.render(STRIPES, 6000, 400, 1), file, AtomicFileSink.INSTANCE);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(6000, img.getWidth());
        assertEquals(0xffff0000, img.getRGB(10, 10));
        assertEquals(0xff0000ff, img.getRGB(5000, 10));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void a_request_beyond_the_heap_is_refused_with_the_limit_named() {
        ExportException e = assertThrows(ExportException.class,
                () -> TiledRenderer.render(STRIPES, 60_000, 60_000, 1));
        assertTrue(e.getMessage().contains("limit is"), e.getMessage());
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }

    @Test
    void an_unwritable_path_gives_a_clear_error() {
        Path file = dir.resolve("no-such-folder").resolve("out.png");
        ExportException e = assertThrows(ExportException.class,
                () -> PngWriter.write(new Pixels(1, 1, new int[]{-1}), file, AtomicFileSink.INSTANCE));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
    }
}
