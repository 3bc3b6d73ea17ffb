package org.chronoscope.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chronoscope.model.ArticleMeta;

/**
 * Keeps the per-article stage of a load ({@link ArticleStage}: the article as read, its actors, its candidate
 * events, its problems) between runs, one file per article, so that reopening an unchanged archive reads no
 * article again and one changed file re-reads that file only.
 *
 * <p>An entry is used only when everything the stage depends on is as it was: the file's name, size, modification
 * time and content (SHA-256), the corpus metadata given for it, and the code and bundled tables that read and
 * extract it (a hash of the {@code load} and {@code model} classes and of {@code assets/}, so a new build never
 * reads an old entry). An entry that does not match, is cut short or fails its checksum is ignored and written
 * anew; a cache that cannot be read or written costs speed only, never a result.</p>
 *
 * <p>The folder is {@code $XDG_CACHE_HOME/chronoscope/<hash of the corpus path>} ({@code ~/.cache/...} by
 * default) and may be deleted at any time. The system property {@code chronoscope.cache} set to {@code off} turns
 * the cache off; set to a folder, it puts the cache there.</p>
 */
public final class ArticleCache {
    /** The system property that turns the cache off ({@code off}) or moves it (a folder). */
    public static final String PROPERTY = "chronoscope.cache";
    private static final int MAGIC = 0x43534143; // "CSAC"
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".entry";
    private static final String TEMP_SUFFIX = ".tmp";
    /** Code and tables the per-article stage depends on, as paths in the class path. */
    private static final List<String> CODE = List.of("org/chronoscope/load/", "org/chronoscope/model/", "assets/");

    private final Path folder;
    private final String codeKey;

    private ArticleCache(Path folder, String codeKey) {
        this.folder = folder;
        this.codeKey = codeKey;
    }

    /** The cache for a corpus folder, where the user's settings put it; a cache that keeps nothing when off. */
    public static ArticleCache forCorpus(Path corpus) {
        String setting = System.getProperty(PROPERTY, "");
        if (setting.equalsIgnoreCase("off") || setting.equalsIgnoreCase("false")) {
            return off();
        }
        Path root = setting.isBlank() ? defaultRoot() : Path.of(setting);
        return in(root.resolve(corpusKey(corpus)));
    }

    /** A cache kept in that folder. */
    public static ArticleCache in(Path folder) {
        String key = CodeKey.VALUE;
        return key == null ? off() : new ArticleCache(folder, key);
    }

    /** A cache that keeps nothing. */
    public static ArticleCache off() {
        return new ArticleCache(null, null);
    }

    /** The folder of the entries, or null when off. */
    public Path folder() {
        return folder;
    }

    /** {@code $XDG_CACHE_HOME/chronoscope}, else {@code ~/.cache/chronoscope}. */
    static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("chronoscope");
    }

    private static String corpusKey(Path corpus) {
        Path p = corpus.toAbsolutePath().normalize();
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            // a folder that cannot be resolved is keyed by its absolute path
        }
        String name = p.getFileName() == null ? "root" : p.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return (name.length() > 40 ? name.substring(0, 40) : name) + "-" + sha256(p.toString()
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /**
     * The stage for one article file: from the cache when its entry matches, else worked out by {@code compute}
     * and kept (when the file was read).
     */
    ArticleStage stage(Path file, ArticleMeta fromCorpus, Supplier<ArticleStage> compute) {
        if (folder == null) {
            return compute.get();
        }
        Key key;
        try {
            if (Files.size(file) > ArticleLimits.maxBytes()) {
                return compute.get(); // refused by the reader, with its reason; not worth hashing
            }
            key = Key.of(file, fromCorpus, codeKey);
        } catch (IOException e) {
            return compute.get(); // the stage says what is wrong with the file
        }
        Path entry = folder.resolve(entryName(key.name));
        ArticleStage cached = read(entry, key);
        if (cached != null) {
            return cached;
        }
        ArticleStage fresh = compute.get();
        if (fresh.article() != null) {
            write(entry, key, ArticleStageCodec.encode(fresh));
        }
        return fresh;
    }

    /** Deletes the entries of files that are no longer in the corpus, and temporary files left by a crash. */
    void keepOnly(Set<String> fileNames) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Set<String> kept = new java.util.HashSet<>();
        for (String n : fileNames) {
            kept.add(entryName(n));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(TEMP_SUFFIX) || n.endsWith(SUFFIX) && !kept.contains(n)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // tidying is best effort: a left entry is never used for another file
        }
    }

    private static String entryName(String fileName) {
        return sha256(fileName.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + SUFFIX;
    }

    private static ArticleStage read(Path entry, Key key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (bytes.length < 16 || b.getInt() != MAGIC || b.getInt() != FORMAT) {
                return null;
            }
            int checked = bytes.length - Long.BYTES;
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, checked);
            if (crc.getValue() != ByteBuffer.wrap(bytes, checked, Long.BYTES).getLong()) {
                return null;
            }
            int keyLength = b.getInt();
            if (keyLength != key.bytes.length || keyLength > checked - b.position()
                    || !Arrays.equals(bytes, b.position(), b.position() + keyLength, key.bytes, 0, keyLength)) {
                return null;
            }
            b.position(b.position() + keyLength);
            return ArticleStageCodec.decode(ByteBuffer.wrap(bytes, b.position(), checked - b.position()).slice());
        } catch (RuntimeException e) {
            return null; // cut short or malformed: worked out afresh and written again
        }
    }

    private void write(Path entry, Key key, byte[] payload) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(payload.length + key.bytes.length + 32);
            DataOutputStream d = new DataOutputStream(buffer);
            d.writeInt(MAGIC);
            d.writeInt(FORMAT);
            d.writeInt(key.bytes.length);
            d.write(key.bytes);
            d.write(payload);
            d.flush();
            CRC32C crc = new CRC32C();
            crc.update(buffer.toByteArray());
            d.writeLong(crc.getValue());
            d.flush();
            Files.createDirectories(folder);
            // no fsync: an entry a crash cuts short fails its checksum and is written again
            Path tmp = folder.resolve(entry.getFileName() + "." + ThreadLocalRandom.current().nextLong(1L << 40)
                    + TEMP_SUFFIX);
            try {
                Files.write(tmp, buffer.toByteArray());
                try {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written costs speed, not results
        }
    }

    /** What an entry must match: the file's name, size, time and content, its corpus metadata and the code. */
    private static final class Key {
        final String name;
        final byte[] bytes;

        private Key(String name, byte[] bytes) {
            this.name = name;
            this.bytes = bytes;
        }

        static Key of(Path file, ArticleMeta fromCorpus, String codeKey) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            MessageDigest content = sha256();
            long length = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; length += n) {
                    content.update(buffer, 0, n);
                }
            }
            String name = file.getFileName().toString();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
            DataOutputStream d = new DataOutputStream(buffer);
            d.writeUTF(codeKey);
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            d.writeInt(nameBytes.length);
            d.write(nameBytes);
            d.writeLong(attributes.size());
            d.writeLong(length);
            d.writeLong(attributes.lastModifiedTime().toMillis());
            d.write(content.digest());
            byte[] meta = ArticleStageCodec.encode(fromCorpus);
            d.writeInt(meta.length);
            d.write(meta);
            d.flush();
            return new Key(name, buffer.toByteArray());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /**
     * A hash of the classes and tables the per-article stage is made of, worked out once per run from the class
     * path (a folder or a jar); null when they cannot be found, which turns the cache off.
     */
    private static final class CodeKey {
        static final String VALUE = compute();

        private static String compute() {
            try {
                Path location = Path.of(ArticleCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    return hash(location);
                }
                return hashJar(location);
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return null;
            }
        }

        /**
         * From a jar, the names, sizes and CRC-32s its central directory records for those entries: nothing is
         * inflated, so the key costs a few milliseconds at start-up.
         */
        private static String hashJar(Path jar) throws IOException {
            MessageDigest md = sha256();
            md.update(Integer.toString(FORMAT).getBytes(StandardCharsets.UTF_8));
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String prefix : CODE) {
                    List<? extends ZipEntry> entries = zip.stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .toList();
                    if (entries.isEmpty()) {
                        return null;
                    }
                    for (ZipEntry e : entries) {
                        md.update((e.getName() + '\0' + e.getSize() + '\0' + e.getCrc()).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        }

        private static String hash(Path root) throws IOException {
            MessageDigest md = sha256();
            md.update(Integer.toString(FORMAT).getBytes(StandardCharsets.UTF_8));
            for (String prefix : CODE) {
                Path dir = root.resolve(prefix);
                if (!Files.isDirectory(dir)) {
                    return null;
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(dir)) {
                    files = walk.filter(Files::isRegularFile)
                            .sorted((x, y) -> root.relativize(x).toString().compareTo(root.relativize(y).toString()))
                            .toList();
                }
                for (Path f : files) {
                    md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(f)) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
