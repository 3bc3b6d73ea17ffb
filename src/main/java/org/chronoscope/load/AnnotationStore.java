package org.chronoscope.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoscope.model.Problem;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.CalloutOffset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the user's annotations ({@code annotations.json} beside the corpus).
 *
 * <p>The user's work is never lost: a file is written to a temporary file in the same folder and then moved into
 * place atomically; a file that cannot be read (corrupt, or written by a newer Chronoscope) is never overwritten:
 * it is kept, reported as a {@link Problem}, and work continues in the next free file
 * ({@code annotations-1.json}, {@code annotations-2.json}, …), which is also where a later start finds it.
 */
public final class AnnotationStore {
    public static final String FORMAT = "chronoscope-annotations";
    public static final int FORMAT_VERSION = 1;
    public static final String DEFAULT_NAME = "annotations.json";
    private static final int MAX_CONTINUATIONS = 99;

    /**
     * What was loaded and where to save from now on.
     *
     * @param document the annotations (empty when there was no readable file)
     * @param saveTo   the file to save to: the requested file, or a new file beside it when that one is unreadable
     * @param problems what was wrong with the files met on the way, each naming its file
     */
    public record Loaded(AnnotationDocument document, Path saveTo, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** Thrown when a file cannot be read as annotations; the message says why and names the file. */
    public static final class UnreadableException extends IOException {
        public UnreadableException(String message) {
            super(message);
        }
    }

    private AnnotationStore() {
    }

    /** The annotations file that belongs to a corpus folder. */
    public static Path besideCorpus(Path corpusFolder) {
        return corpusFolder.resolve(DEFAULT_NAME);
    }

    /**
     * Loads {@code file}; when it is unreadable, the first readable continuation file, else an empty document
     * to be saved in the first free continuation file. A missing file is not a problem. Temporary files left
     * beside them by a write that was killed are deleted. When every name is taken by an unreadable file,
     * the document is empty and {@link Loaded#saveTo()} is null: nothing is overwritten and nothing saved.
     */
    public static Loaded load(Path file) {
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n <= MAX_CONTINUATIONS; n++) {
            Path candidate = continuation(file, n);
            AtomicWrite.deleteLeftovers(candidate);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS) || isDanglingLink(candidate)) {
                return new Loaded(AnnotationDocument.EMPTY, candidate, problems);
            }
            try {
                AnnotationDocument doc = read(candidate);
                if (n > 0) {
                    problems.add(Problem.warning(candidate.toString(),
                            "annotations are being kept in this file because " + file.getFileName()
                                    + " could not be read"));
                }
                return new Loaded(doc, candidate, problems);
            } catch (IOException e) {
                problems.add(Problem.error(candidate.toString(), e.getMessage()
                        + "; the file is kept as it is and not overwritten"));
            }
        }
        problems.add(Problem.error(file.toString(), "this file and its " + MAX_CONTINUATIONS + " continuation files ("
                + continuation(file, 1).getFileName() + " to " + continuation(file, MAX_CONTINUATIONS).getFileName()
                + ") cannot be read; notes made now will not be saved"));
        return new Loaded(AnnotationDocument.EMPTY, null, problems);
    }

    /** A link to a file that does not exist yet: saving creates its target. */
    private static boolean isDanglingLink(Path p) {
        return Files.isSymbolicLink(p) && !Files.exists(p);
    }

    /** The n-th file to continue in when {@code file} cannot be used: n = 0 is the file itself. */
    static Path continuation(Path file, int n) {
        if (n == 0) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + "-" + n + ext);
    }

    /**
     * Reads one file; the exception's message says what is wrong (without the file name). Only a file that is
     * fully understood is read: one holding anything a save would not write back (text after the JSON, a field
     * given twice or unknown, a value of another type) is unreadable, so that it is never overwritten.
     */
    public static AnnotationDocument read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableException(Files.isDirectory(file) ? "is a folder, not an annotations file"
                    : "is not a regular file (a FIFO, device or socket), so it is not read");
        }
        JsonFiles.Document document;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            document = JsonFiles.document(in);
        } catch (JsonProcessingException e) {
            throw new UnreadableException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (!document.oddities().isEmpty()) {
            throw notUnderstood(document.oddities().get(0).toString());
        }
        JsonNode root = document.root();
        if (root == null || !root.isObject()) {
            throw new UnreadableException("not an annotations file: the top level is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null)) || !root.get("format").isTextual()) {
            throw new UnreadableException("not an annotations file: \"format\" is not \"" + FORMAT + "\"");
        }
        JsonNode v = root.get("formatVersion");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new UnreadableException("\"formatVersion\" is missing or not a whole number");
        }
        if (v.asInt() > FORMAT_VERSION) {
            throw new UnreadableException("written by a newer Chronoscope (format version " + v.asInt()
                    + "; this version reads up to " + FORMAT_VERSION + ")");
        }
        Strict strict = new Strict(document);
        strict.only(root, "the file", "format", "formatVersion", "starred", "notes");
        List<Annotation> notes = new ArrayList<>();
        JsonNode list = strict.array(root, "notes", "the file");
        for (int i = 0; i < list.size(); i++) {
            try {
                notes.add(note(list.get(i), "note " + (i + 1), strict));
            } catch (RuntimeException e) {
                throw new UnreadableException("note " + (i + 1) + ": " + e.getMessage());
            }
        }
        Set<String> starred = new LinkedHashSet<>();
        for (JsonNode n : strict.array(root, "starred", "the file")) {
            starred.add(strict.string(n, "an entry of \"starred\""));
        }
        try {
            return new AnnotationDocument(notes, starred);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(e.getMessage());
        }
    }

    private static UnreadableException notUnderstood(String what) {
        return new UnreadableException("holds what this version does not understand (" + what
                + "): written by a newer Chronoscope or edited by hand");
    }

    /** Checks that a part of the file holds only what this version reads, of the types it writes. */
    private record Strict(JsonFiles.Document document) {
        void only(JsonNode object, String where, String... known) throws UnreadableException {
            if (!object.isObject()) {
                throw notUnderstood(where + " is not an object" + at(object));
            }
            Set<String> fields = Set.of(known);
            for (java.util.Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!fields.contains(name)) {
                    throw notUnderstood("unknown field \"" + name + "\" in " + where + at(object));
                }
            }
        }

        /** The array at field, or an empty one when the field is missing. */
        JsonNode array(JsonNode object, String field, String where) throws UnreadableException {
            JsonNode a = object.get(field);
            if (a == null) {
                return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            }
            if (!a.isArray()) {
                throw notUnderstood("\"" + field + "\" in " + where + " is not a list" + at(object));
            }
            return a;
        }

        String string(JsonNode n, String what) throws UnreadableException {
            if (n == null || !n.isTextual()) {
                throw notUnderstood(what + " is not text");
            }
            return n.asText();
        }

        private String at(JsonNode node) {
            int line = document.line(node);
            return line > 0 ? " at line " + line : "";
        }
    }

    /**
     * Writes the document atomically: to a temporary file beside {@code file}, then moved over it. Refuses to
     * replace a file that is not a readable annotations file (the user's work would be lost).
     */
    public static void save(Path file, AnnotationDocument document) throws IOException {
        if (Files.exists(file)) {
            try {
                read(file);
            } catch (IOException e) {
                throw new UnreadableException("will not overwrite " + file + ": " + e.getMessage());
            }
        }
        byte[] bytes = JsonFiles.writer().writeValueAsBytes(toJson(document));
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    static ObjectNode toJson(AnnotationDocument document) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode starred = root.putArray("starred");
        document.starred().forEach(starred::add);
        ArrayNode notes = root.putArray("notes");
        for (Annotation a : document.notes()) {
            ObjectNode n = notes.addObject();
            n.put("id", a.id());
            ObjectNode anchor = n.putObject("anchor");
            if (a.anchor() instanceof AnnotationAnchor.OnEvent e) {
                anchor.put("event", e.eventId());
            } else if (a.anchor() instanceof AnnotationAnchor.OnDate d) {
                anchor.put("date", d.date().toString());
            } else {
                anchor.put("from", a.anchor().from().toString()).put("to", a.anchor().to().toString());
            }
            n.put("text", a.text());
            n.put("color", a.color());
            if (a.offset() != null) {
                n.putObject("offset").put("dx", a.offset().dx()).put("dy", a.offset().dy());
            }
            n.put("created", a.created().toString());
            n.put("modified", a.modified().toString());
        }
        return root;
    }

    private static Annotation note(JsonNode n, String where, Strict strict) throws UnreadableException {
        strict.only(n, where, "id", "anchor", "text", "color", "offset", "created", "modified");
        String id = strict.string(n.get("id"), "\"id\"");
        JsonNode a = n.get("anchor");
        if (a == null) {
            throw new IllegalArgumentException("\"anchor\" is missing");
        }
        AnnotationAnchor anchor;
        if (a.has("event")) {
            strict.only(a, "its anchor", "event");
            anchor = AnnotationAnchor.event(strict.string(a.get("event"), "\"event\""));
        } else if (a.has("date")) {
            strict.only(a, "its anchor", "date");
            anchor = AnnotationAnchor.date(day(strict.string(a.get("date"), "\"date\"")));
        } else if (a.has("from") && a.has("to")) {
            strict.only(a, "its anchor", "from", "to");
            anchor = AnnotationAnchor.range(day(strict.string(a.get("from"), "\"from\"")),
                    day(strict.string(a.get("to"), "\"to\"")));
        } else {
            throw new IllegalArgumentException("\"anchor\" needs \"event\", \"date\", or \"from\" and \"to\"");
        }
        CalloutOffset offset = null;
        JsonNode o = n.get("offset");
        if (o != null && !o.isNull()) {
            strict.only(o, "its offset", "dx", "dy");
            if (!o.path("dx").isNumber() || !o.path("dy").isNumber()) {
                throw notUnderstood("\"offset\" needs the numbers \"dx\" and \"dy\"");
            }
            offset = new CalloutOffset(o.get("dx").asDouble(), o.get("dy").asDouble());
        }
        Instant created = n.has("created") ? instant(strict.string(n.get("created"), "\"created\"")) : Instant.EPOCH;
        Instant modified = n.has("modified") ? instant(strict.string(n.get("modified"), "\"modified\"")) : created;
        String color = n.has("color") ? strict.string(n.get("color"), "\"color\"") : Annotation.DEFAULT_COLOR;
        String text = n.has("text") ? strict.string(n.get("text"), "\"text\"") : "";
        return new Annotation(id, anchor, text, color, offset, created, modified);
    }

    private static LocalDate day(String s) {
        LocalDate d = IsoDates.parse(s);
        if (d == null) {
            throw new IllegalArgumentException("anchor date '" + s + "' is not " + IsoDates.FORM);
        }
        return d;
    }

    private static Instant instant(String s) {
        try {
            return Instant.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a time (2025-11-28T10:15:30Z)");
        }
    }
}
