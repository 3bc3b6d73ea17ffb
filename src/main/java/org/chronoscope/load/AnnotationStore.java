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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
     * to be saved in the first free continuation file. A missing file is not a problem.
     */
    public static Loaded load(Path file) {
        List<Problem> problems = new ArrayList<>();
        for (int n = 0; n <= MAX_CONTINUATIONS; n++) {
            Path candidate = continuation(file, n);
            if (!Files.exists(candidate)) {
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
        throw new IllegalStateException("no free file name beside " + file);
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

    /** Reads one file; the exception's message says what is wrong (without the file name). */
    public static AnnotationDocument read(Path file) throws IOException {
        JsonNode root;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            root = JsonFiles.tree(in);
        } catch (JsonProcessingException e) {
            throw new UnreadableException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableException("not an annotations file: the top level is not a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new UnreadableException("not an annotations file: \"format\" is not \"" + FORMAT + "\"");
        }
        JsonNode v = root.get("formatVersion");
        if (v == null || !v.canConvertToInt()) {
            throw new UnreadableException("\"formatVersion\" is missing or not a number");
        }
        if (v.asInt() > FORMAT_VERSION) {
            throw new UnreadableException("written by a newer Chronoscope (format version " + v.asInt()
                    + "; this version reads up to " + FORMAT_VERSION + ")");
        }
        List<Annotation> notes = new ArrayList<>();
        JsonNode list = root.path("notes");
        for (int i = 0; i < list.size(); i++) {
            try {
                notes.add(note(list.get(i)));
            } catch (RuntimeException e) {
                throw new UnreadableException("note " + (i + 1) + ": " + e.getMessage());
            }
        }
        Set<String> starred = new LinkedHashSet<>();
        root.path("starred").forEach(n -> starred.add(n.asText()));
        try {
            return new AnnotationDocument(notes, starred);
        } catch (IllegalArgumentException e) {
            throw new UnreadableException(e.getMessage());
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

    private static Annotation note(JsonNode n) {
        String id = required(n, "id");
        JsonNode a = n.path("anchor");
        AnnotationAnchor anchor;
        try {
            if (a.hasNonNull("event")) {
                anchor = AnnotationAnchor.event(a.get("event").asText());
            } else if (a.hasNonNull("date")) {
                anchor = AnnotationAnchor.date(LocalDate.parse(a.get("date").asText()));
            } else if (a.hasNonNull("from") && a.hasNonNull("to")) {
                anchor = AnnotationAnchor.range(LocalDate.parse(a.get("from").asText()),
                        LocalDate.parse(a.get("to").asText()));
            } else {
                throw new IllegalArgumentException("\"anchor\" needs \"event\", \"date\", or \"from\" and \"to\"");
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad anchor date: " + e.getParsedString());
        }
        CalloutOffset offset = null;
        if (n.hasNonNull("offset")) {
            offset = new CalloutOffset(n.get("offset").path("dx").asDouble(), n.get("offset").path("dy").asDouble());
        }
        Instant created = n.hasNonNull("created") ? Instant.parse(n.get("created").asText()) : Instant.EPOCH;
        Instant modified = n.hasNonNull("modified") ? Instant.parse(n.get("modified").asText()) : created;
        String color = n.hasNonNull("color") ? n.get("color").asText() : Annotation.DEFAULT_COLOR;
        return new Annotation(id, anchor, n.path("text").asText(""), color, offset, created, modified);
    }

    private static String required(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return n.get(field).asText();
    }
}
