package org.chronoscope.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.chronoscope.model.ArticleMeta;

/**
 * Keeps what a load works out between runs, so that reopening an unchanged archive reads no article again and
 * does not redo the corpus stage, and one changed file re-reads that file only. Two files in the cache folder:
 * {@code articles.pack}, one record per article file ({@link ArticleStage}: the article as read, its actors, its
 * candidate events, its problems), and {@code corpus.stage}, the last {@link CorpusStage} (events merged across
 * articles, actors with their sides, mentions) with the key of the set of articles it was made from. Each is
 * written whole to a temporary file and moved into place, and only when something changed.
 *
 * <p>A record is used only when everything the stage depends on is as it was: the file's name, size, modification
 * time and content (SHA-256), the corpus metadata given for it, and the code and bundled tables that read and
 * extract it (a hash of the {@code load} and {@code model} classes and of {@code assets/}, so a new build never
 * reads an old record). The corpus stage is used only when every article's key, in order, and the event catalogue
 * ({@code events.json}) are as they were. A record that does not match, is cut short or fails its checksum is
 * ignored and worked out anew; a cache that cannot be read or written costs speed only, never a result.</p>
 *
 * <p>The folder is {@code $XDG_CACHE_HOME/chronoscope/<hash of the corpus path>} ({@code ~/.cache/...} by
 * default) and may be deleted at any time. The system property {@code chronoscope.cache} set to {@code off} turns
 * the cache off; set to a folder, it puts the cache there. One instance serves one load.</p>
 */
public final class ArticleCache {
    /** The system property that turns the cache off ({@code off}) or moves it (a folder). */
    public static final String PROPERTY = "chronoscope.cache";
    private static final int MAGIC = 0x43534143; // "CSAC"
    private static final int FORMAT = 2;
    static final String PACK = "articles.pack";
    static final String CORPUS = "corpus.stage";
    private static final String TEMP_SUFFIX = ".tmp";
    /** Code and tables the per-article stage depends on, as paths in the class path. */
    private static final List<String> CODE = List.of("org/chronoscope/load/", "org/chronoscope/model/", "assets/");

    private final Path folder;
    private final String codeKey;
    /** The pack as it was when this load began: records by file name. */
    private Pack previous;
    /** Each article file's key, by name, as this load met them. */
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    /** Names whose record this load wrote anew (into {@link #fresh}). */
    private final Set<String> rewritten = ConcurrentHashMap.newKeySet();
    private FileChannel fresh;
    private Path freshFile;
    private boolean writable = true;

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

    /** The folder of the cache, or null when off. */
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
     * The stage for one article file: from the cache when its record matches, else worked out by {@code compute}
     * and kept (when the file was read). Safe to call from several threads at once.
     */
    ArticleStage stage(Path file, ArticleMeta fromCorpus, Supplier<ArticleStage> compute) {
        if (folder == null) {
            return compute.get();
        }
        Key key;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.size() > ArticleLimits.maxBytes()) {
                return compute.get(); // refused by the reader, with its reason; not worth hashing
            }
            key = Key.of(file, attributes, fromCorpus, codeKey);
        } catch (IOException e) {
            return compute.get(); // the stage says what is wrong with the file
        }
        ArticleStage cached = previous().stage(key, compute);
        if (cached != null) {
            keys.put(key.name, key.bytes);
            return cached;
        }
        ArticleStage fresh = compute.get();
        if (fresh.article() != null) {
            keys.put(key.name, key.bytes);
            append(key, ArticleStageCodec.encode(fresh));
        }
        return fresh;
    }

    private synchronized Pack previous() {
        if (previous == null) {
            previous = Pack.read(folder.resolve(PACK));
        }
        return previous;
    }

    /** Adds a record to this load's new pack, a temporary file until {@link #keepOnly} moves it into place. */
    private synchronized void append(Key key, byte[] payload) {
        if (!writable) {
            return;
        }
        try {
            openFresh();
            writeFully(fresh, ByteBuffer.wrap(Pack.record(key.name, key.bytes, payload)));
            rewritten.add(key.name);
        } catch (IOException | RuntimeException e) {
            writable = false; // a cache that cannot be written costs speed, not results
            discardFresh();
        }
    }

    /** The temporary pack of this load, begun (with its header) on first use. */
    private void openFresh() throws IOException {
        if (fresh == null) {
            Files.createDirectories(folder);
            freshFile = folder.resolve(PACK + "." + ThreadLocalRandom.current().nextLong(1L << 40) + TEMP_SUFFIX);
            fresh = FileChannel.open(freshFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            writeFully(fresh, ByteBuffer.allocate(8).putInt(MAGIC).putInt(FORMAT).flip());
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    private void discardFresh() {
        try {
            if (fresh != null) {
                fresh.close();
            }
            if (freshFile != null) {
                Files.deleteIfExists(freshFile);
            }
        } catch (IOException e) {
            // best effort: a left temporary file is deleted by the next load
        } finally {
            fresh = null;
            freshFile = null;
        }
    }

    /** Drops this load's unfinished pack (the load was cancelled or failed). */
    synchronized void discard() {
        discardFresh();
    }

    /**
     * Ends the per-article stage: the pack is written anew, holding the records of these files only, when a
     * record was added or a file left the corpus; temporary files a crash left are deleted.
     */
    synchronized void keepOnly(Set<String> fileNames) {
        if (folder == null) {
            return;
        }
        Pack old = previous();
        boolean removed = old.names().stream().anyMatch(n -> !fileNames.contains(n));
        try {
            if (writable && (fresh != null || removed)) {
                openFresh();
                for (String name : old.names()) {
                    if (fileNames.contains(name) && !rewritten.contains(name)) {
                        writeFully(fresh, old.raw(name));
                    }
                }
                fresh.close();
                // no fsync: a pack a crash cuts short loses its last records, which are worked out again
                move(freshFile, folder.resolve(PACK));
            }
        } catch (IOException | RuntimeException e) {
            writable = false;
        } finally {
            discardFresh();
            previous = Pack.EMPTY; // its bytes are not needed any more
        }
        deleteTemporaryFiles();
    }

    private void deleteTemporaryFiles() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(TEMP_SUFFIX) || n.endsWith(".entry")) { // .entry: one file an article, format 1
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // tidying is best effort
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The corpus stage: the one kept when it was made from the same articles (each file's key, in order, and
     * whether it was read) and the same event catalogue, else worked out by {@code compute} and kept.
     *
     * @param files     the article files, in the load's order
     * @param read      their per-article stages, in the same order
     * @param catalogue the corpus's event catalogue (which need not exist)
     * @param texts     the text of an article by file name (quotes and mentions are kept as offsets into it)
     */
    CorpusStage corpusStage(List<Path> files, List<ArticleStage> read, Path catalogue,
                            Function<String, String> texts, Supplier<CorpusStage> compute) {
        byte[] key = folder == null ? null : corpusKey(files, read, catalogue);
        if (key == null) {
            return compute.get();
        }
        Path file = folder.resolve(CORPUS);
        CorpusStage cached = readCorpus(file, key, texts);
        if (cached != null) {
            return cached;
        }
        CorpusStage computed = compute.get();
        if (writable) {
            try {
                byte[] payload = ArticleStageCodec.encode(computed, texts);
                byte[] record = Pack.record(CORPUS, key, payload);
                ByteBuffer all = ByteBuffer.allocate(8 + record.length).putInt(MAGIC).putInt(FORMAT).put(record);
                Files.createDirectories(folder);
                Path tmp = folder.resolve(CORPUS + "." + ThreadLocalRandom.current().nextLong(1L << 40)
                        + TEMP_SUFFIX);
                try {
                    Files.write(tmp, all.array());
                    move(tmp, file);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            } catch (IOException | RuntimeException e) {
                // a cache that cannot be written costs speed, not results
            }
        }
        return computed;
    }

    /** SHA-256 of the code, every article's key and whether it was read, and the catalogue; null if one is missing. */
    private byte[] corpusKey(List<Path> files, List<ArticleStage> read, Path catalogue) {
        MessageDigest md = sha256();
        md.update(codeKey.getBytes(StandardCharsets.UTF_8));
        md.update(ByteBuffer.allocate(4).putInt(files.size()).array());
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            byte[] key = keys.get(name);
            if (key == null || read.get(i).article() == null) {
                return null; // not read, or read afresh without a record: no key to be sure of
            }
            md.update(ByteBuffer.allocate(4).putInt(key.length).array());
            md.update(key);
        }
        try {
            if (Files.exists(catalogue)) {
                byte[] json = Files.readAllBytes(catalogue);
                md.update((byte) 1);
                md.update(sha256().digest(json));
            } else {
                md.update((byte) 0);
            }
        } catch (IOException | OutOfMemoryError e) {
            return null;
        }
        return md.digest();
    }

    private static CorpusStage readCorpus(Path file, byte[] key, Function<String, String> texts) {
        Pack pack = Pack.read(file);
        try {
            Pack.Slot slot = pack.slots.get(CORPUS);
            if (slot == null || !slot.matches(pack.bytes, key)) {
                return null;
            }
            return ArticleStageCodec.decodeCorpus(pack.bytes, slot.payload, slot.payloadLength, texts);
        } catch (RuntimeException e) {
            return null; // malformed: worked out afresh and written again
        }
    }

    /**
     * A pack file as read: a header (magic, format), then records one after another, each its length, the file
     * name, the key, the payload and a CRC-32C of them all. A record that fails its checksum is skipped; a length
     * that makes no sense ends the reading (the records after it are worked out again).
     */
    static final class Pack {
        static final Pack EMPTY = new Pack(new byte[0], Map.of());

        final byte[] bytes;
        final Map<String, Slot> slots;

        private Pack(byte[] bytes, Map<String, Slot> slots) {
            this.bytes = bytes;
            this.slots = slots;
        }

        record Slot(int start, int end, int key, int keyLength, int payload, int payloadLength) {
            boolean matches(byte[] bytes, byte[] k) {
                return keyLength == k.length && Arrays.equals(bytes, key, key + keyLength, k, 0, k.length);
            }
        }

        static Pack read(Path file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException | OutOfMemoryError e) {
                return EMPTY;
            }
            Map<String, Slot> slots = new HashMap<>();
            try {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                if (bytes.length < 8 || b.getInt() != MAGIC || b.getInt() != FORMAT) {
                    return EMPTY;
                }
                while (b.remaining() >= 4) {
                    int start = b.position();
                    int length = b.getInt();
                    if (length < 12 + Long.BYTES || length > b.remaining()) {
                        break;
                    }
                    int end = start + 4 + length;
                    CRC32C crc = new CRC32C();
                    crc.update(bytes, start, length + 4 - Long.BYTES);
                    if (crc.getValue() != ByteBuffer.wrap(bytes, end - Long.BYTES, Long.BYTES).getLong()) {
                        b.position(end);
                        continue;
                    }
                    int nameLength = b.getInt();
                    String name = new String(bytes, b.position(), nameLength, StandardCharsets.UTF_8);
                    b.position(b.position() + nameLength);
                    int keyLength = b.getInt();
                    int key = b.position();
                    b.position(key + keyLength);
                    int payloadLength = b.getInt();
                    int payload = b.position();
                    if (payload + payloadLength != end - Long.BYTES) {
                        b.position(end);
                        continue;
                    }
                    slots.put(name, new Slot(start, end, key, keyLength, payload, payloadLength));
                    b.position(end);
                }
            } catch (RuntimeException e) {
                // cut short or malformed: the records read so far are kept
            }
            return new Pack(bytes, slots);
        }

        /** A record's bytes: length, name, key, payload, CRC-32C. */
        static byte[] record(String name, byte[] key, byte[] payload) {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            int length = 4 + nameBytes.length + 4 + key.length + 4 + payload.length + Long.BYTES;
            ByteBuffer b = ByteBuffer.allocate(4 + length);
            b.putInt(length).putInt(nameBytes.length).put(nameBytes).putInt(key.length).put(key)
                    .putInt(payload.length).put(payload);
            CRC32C crc = new CRC32C();
            crc.update(b.array(), 0, b.position());
            b.putLong(crc.getValue());
            return b.array();
        }

        Set<String> names() {
            return slots.keySet();
        }

        ByteBuffer raw(String name) {
            Slot s = slots.get(name);
            return ByteBuffer.wrap(bytes, s.start, s.end - s.start);
        }

        /** The stage of the record for that key's file, or null when there is none or it does not match. */
        ArticleStage stage(Key key, Supplier<ArticleStage> fallback) {
            Slot s = slots.get(key.name);
            if (s == null || !s.matches(bytes, key.bytes)) {
                return null;
            }
            try {
                return ArticleStageCodec.decode(bytes, s.payload, s.payloadLength, fallback);
            } catch (RuntimeException e) {
                return null; // malformed: worked out afresh and written again
            }
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

        static Key of(Path file, BasicFileAttributes attributes, ArticleMeta fromCorpus, String codeKey)
                throws IOException {
            byte[] bytes = Files.readAllBytes(file); // no bigger than ArticleLimits.maxBytes()
            long length = bytes.length;
            byte[] content = sha256().digest(bytes);
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
            d.write(content);
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
            List<List<ZipEntry>> byPrefix = new ArrayList<>(CODE.size());
            for (int i = 0; i < CODE.size(); i++) {
                byPrefix.add(new ArrayList<>());
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                // one pass over the jar's ~10,000 entries, each put with its prefix
                for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                    ZipEntry e = all.nextElement();
                    for (int i = 0; i < CODE.size(); i++) {
                        if (e.getName().startsWith(CODE.get(i)) && !e.isDirectory()) {
                            byPrefix.get(i).add(e);
                            break;
                        }
                    }
                }
            }
            for (List<ZipEntry> entries : byPrefix) {
                if (entries.isEmpty()) {
                    return null;
                }
                entries.sort(Comparator.comparing(ZipEntry::getName));
                for (ZipEntry e : entries) {
                    md.update((e.getName() + '\0' + e.getSize() + '\0' + e.getCrc()).getBytes(StandardCharsets.UTF_8));
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
