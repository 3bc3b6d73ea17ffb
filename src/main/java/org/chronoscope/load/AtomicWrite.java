package org.chronoscope.load;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.chronoscope.model.OneLine;

/**
 * Writes a file so that it is either all there or not changed: a temporary file beside it, then a move.
 *
 * <p>Only a regular file is ever replaced: a device, a FIFO or a folder at the path is refused, never turned into a
 * file. A symbolic link is written through (its target is replaced, the link stays) and an existing file keeps its
 * permissions; a new file gets the permissions the user's umask gives. Every failure names the requested file,
 * never the temporary one, and a full disk is said in those words.</p>
 */
public final class AtomicWrite {
    /** Links followed before a chain is taken for a loop. */
    private static final int MAX_LINKS = 40;
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicWrite() {
    }

    /** What writes the content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target}.
     *
     * @throws IOException with a message that starts with the target as given and says what is wrong
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolveLinks(target);
        if (Files.exists(file) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(shown(target) + ": " + (Files.isDirectory(file) ? "is a folder"
                    : "is not a regular file (a device, FIFO or socket)") + "; nothing was written");
        }
        Path dir = file.toAbsolutePath().getParent();
        Set<PosixFilePermission> mode = permissions(file);
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = createTemp(dir, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new UnclosedStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true); // on the disk before the move, so a crash leaves the old file or the new one
            }
            if (mode != null) {
                Files.setPosixFilePermissions(tmp, mode);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(shown(target) + ": " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move took it, or the folder is gone: nothing is left to tidy
                }
            }
        }
    }

    /**
     * Deletes the temporary files a write of {@code target} leaves when the process is killed in the middle
     * ({@code .NAME.<digits>.tmp} beside it, or {@code .NAME<digits>.tmp} as earlier versions named them). Call
     * before the first write of a session.
     *
     * @return how many were deleted
     */
    public static int deleteLeftovers(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName();
        int deleted = 0;
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> isTemp(p, prefix))) {
            for (Path p : files) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
                    deleted++;
                }
            }
        } catch (IOException ignored) {
            // a folder that cannot be listed has nothing of ours to tidy
        }
        return deleted;
    }

    private static boolean isTemp(Path p, String prefix) {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)
                && name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length()).matches("\\.?\\d+");
    }

    /** The channel's stream for the content, which may close it (a JSON writer does): closing only flushes. */
    private static final class UnclosedStream extends FilterOutputStream {
        UnclosedStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A new empty file beside the target, made with the umask's permissions (not a private temp file's). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + ThreadLocalRandom.current().nextLong(1L << 40) + TEMP_SUFFIX);
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** The file a chain of symbolic links ends at (which may not exist yet); the path itself when not a link. */
    static Path resolveLinks(Path target) throws IOException {
        Path p = target;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= MAX_LINKS) {
                throw new IOException(shown(target) + ": too many symbolic links (a loop?); nothing was written");
            }
            Path link;
            try {
                link = Files.readSymbolicLink(p);
            } catch (IOException e) {
                throw new IOException(shown(target) + ": " + reason(e), e);
            }
            Path parent = p.toAbsolutePath().getParent();
            p = parent == null ? link : parent.resolve(link);
        }
        return p;
    }

    /** The permissions to keep: the existing file's, or null for a new file (or no POSIX permissions). */
    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private static String shown(Path target) {
        return OneLine.fileName(target.toString());
    }

    /** What went wrong, in words, without the temporary file's name (the cause an encoder wrapped, if any). */
    static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device")) {
                return "the disk is full (no space left on device); nothing was written";
            }
            if (m.contains("Disk quota exceeded")) {
                return "the disk is full (disk quota exceeded); nothing was written";
            }
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; nothing was written";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist; nothing was written";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + "; nothing was written";
        }
        Throwable root = e;
        while (root.getCause() instanceof IOException cause) {
            root = cause;
        }
        return (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                + "; nothing was written";
    }

    /** A path from what a user typed, or an IOException that says why it cannot be one. */
    public static Path path(String typed) throws IOException {
        try {
            return Path.of(typed);
        } catch (InvalidPathException e) {
            throw new IOException(unusablePath(typed, e), e);
        }
    }

    /** Why a typed path cannot be used, naming it and, for a name the locale cannot spell, what to do. */
    public static String unusablePath(String typed, InvalidPathException e) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        return OneLine.fileName(typed) + ": not a path this system can use (" + e.getReason() + ")"
                + (encoding.toUpperCase(java.util.Locale.ROOT).startsWith("UTF") ? ""
                : "; file names are read as " + encoding + " here: run Chronoscope with a UTF-8 locale, e.g. "
                + "LC_ALL=C.UTF-8");
    }
}
