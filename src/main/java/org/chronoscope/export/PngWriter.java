package org.chronoscope.export;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Encodes pixels as PNG with ImageIO and writes the file atomically (temporary file in the same folder, then one
 * move). Encoding is the slow part: call it off the FX thread.
 */
public final class PngWriter {
    /** Deflate effort, 0 (fastest, largest) to 1 (smallest); a timeline is flat colour and compresses well fast. */
    private static final float COMPRESSION = 0.4f;

    private PngWriter() {
    }

    /** Fails early, with a message naming the path, when the file could not be written. */
    public static void checkWritable(Path file) throws ExportException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new ExportException("cannot write " + file + ": it is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("cannot write " + file + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new ExportException("cannot write " + file + ": the folder " + dir + " is not writable");
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            throw new ExportException("cannot write " + file + ": the file is read-only");
        }
    }

    public static void write(Pixels pixels, Path file) throws ExportException {
        checkWritable(file);
        Path abs = file.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
            readableByAll(tmp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                encode(pixels, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw new ExportException("cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the folder is gone; nothing left to tidy
                }
            }
        }
    }

    /** A temporary file is private (rw-------); a picture for a report is not. */
    private static void readableByAll(Path tmp) {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the default permissions stand
        }
    }

    public static void encode(Pixels pixels, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
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
