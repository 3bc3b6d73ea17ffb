package org.chronoscope.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronoscope.model.OneLine;

/**
 * Encodes pixels as PNG with ImageIO, in memory, and writes the file through the app's atomic writer ({@link FileSink}).
 * Encoding is the slow part: call it off the FX thread.
 */
public final class PngWriter {
    /** Deflate effort, 0 (fastest, largest) to 1 (smallest); a timeline is flat colour and compresses well fast. */
    private static final float COMPRESSION = 0.4f;

    private PngWriter() {
    }

    /** Fails early, with a message naming the path, when the file could not be written. */
    public static void checkWritable(Path file) throws ExportException {
        String shown = OneLine.fileName(file.toString());
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new ExportException("cannot write " + shown + ": it is a folder");
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new ExportException("cannot write " + shown + ": it is not a regular file (a device, FIFO or "
                    + "socket); nothing was written");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + shown + ": the folder " + OneLine.fileName(String.valueOf(dir))
                    + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("cannot write " + shown + ": the folder " + OneLine.fileName(dir.toString())
                    + " is not writable");
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new ExportException("cannot write " + shown + ": the file is read-only");
        }
    }

    /** Writes the PNG through the app's atomic writer. */
    public static void write(Pixels pixels, Path file, FileSink sink) throws ExportException {
        checkWritable(file);
        try {
            sink.write(file, out -> {
                BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                encode(pixels, buffered);
                buffered.flush();
            });
        } catch (IOException e) {
            throw new ExportException("cannot write " + e.getMessage(), e);
        }
    }

    public static void encode(Pixels pixels, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // in memory: ImageIO's default cache is a file in the temp folder, which a full temp folder breaks
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(COMPRESSION);
            }
            writer.write(null, new IIOImage(pixels.toBufferedImage(), null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
