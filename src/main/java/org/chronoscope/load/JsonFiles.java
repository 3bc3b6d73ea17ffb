package org.chronoscope.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;

/**
 * Reads JSON files into trees, turning syntax errors into problems with line and column, and what the tree
 * would silently drop (text after the value, a field given twice) into warnings.
 *
 * <p>Reading streams tokens straight into nodes: the same trees as {@code ObjectMapper.readTree}, without
 * setting up an {@code ObjectMapper}, which is most of the JSON time of a cold start.</p>
 */
public final class JsonFiles {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFiles() {
    }

    /**
     * The one configured mapper, for writing trees (and the few reads that happen after start-up); made on first
     * use. It never closes the stream it writes to: the caller owns it (standard output stays open).
     */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /** The mapper's writer with indentation, as every file and dump is written. */
    public static ObjectWriter writer() {
        return Mapper.PRETTY;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        static final ObjectWriter PRETTY = INSTANCE.writerWithDefaultPrettyPrinter();
    }

    /**
     * A JSON file read into a tree, with what a plain tree leaves out: the line of each object (of its
     * {@code "id"} field when it has one) and array, and what the file holds that the tree does not (text after
     * the JSON value, a field given twice), each said in words with its line.
     */
    record Document(JsonNode root, Map<JsonNode, Integer> lines, List<Oddity> oddities) {
        /** The line of an object or array of the tree, or 0. */
        int line(JsonNode node) {
            Integer line = node == null ? null : lines.get(node);
            return line == null ? 0 : line;
        }
    }

    /** What the file holds that its tree does not, at a line. */
    record Oddity(int line, String message, String whenLoaded) {
        @Override
        public String toString() {
            return message + " at line " + line;
        }
    }

    /** Reads a file; a syntax error is a problem at its line and column, an oddity a warning. */
    static Optional<JsonNode> read(Path file, String shownName, List<Problem> problems) {
        return readDocument(file, shownName, problems).map(Document::root);
    }

    static Optional<Document> readDocument(Path file, String shownName, List<Problem> problems) {
        try {
            return readDocument(Files.newInputStream(file), shownName, problems);
        } catch (IOException e) {
            problems.add(Problem.error(shownName, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    public static Optional<JsonNode> read(InputStream in, String shownName, List<Problem> problems) {
        return readDocument(in, shownName, problems).map(Document::root);
    }

    static Optional<Document> readDocument(InputStream in, String shownName, List<Problem> problems) {
        try (in) {
            Document d = document(in);
            d.oddities().forEach(o -> problems.add(new Problem(Severity.WARNING, shownName, o.line(), 0,
                    o.message() + "; " + o.whenLoaded())));
            return Optional.of(d);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(Severity.ERROR, shownName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(shownName, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The first JSON value of the stream as a tree; a missing node for an empty stream. */
    static JsonNode tree(InputStream in) throws IOException {
        return document(in).root();
    }

    /** The first JSON value of the stream, with its objects' lines and what else the stream holds. */
    static Document document(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Document(MissingNode.getInstance(), Map.of(), List.of());
            }
            TreeBuilder builder = new TreeBuilder(p);
            JsonNode root = builder.value(first);
            builder.afterValue();
            return new Document(root, builder.lines, List.copyOf(builder.oddities));
        }
    }

    /** Streams tokens straight into nodes, noting lines and oddities on the way. */
    private static final class TreeBuilder {
        private final JsonParser p;
        private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        private final List<Oddity> oddities = new ArrayList<>();

        TreeBuilder(JsonParser p) {
            this.p = p;
        }

        JsonNode value(JsonToken t) throws IOException {
            switch (t) {
                case START_OBJECT -> {
                    ObjectNode o = NODES.objectNode();
                    lines.put(o, p.currentTokenLocation().getLineNr());
                    for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                        String name = p.currentName();
                        int line = p.currentTokenLocation().getLineNr();
                        if (o.has(name)) {
                            oddities.add(new Oddity(line, "field \"" + name + "\" is given twice", "the last is used"));
                        }
                        if (name.equals("id")) {
                            lines.put(o, line);
                        }
                        o.set(name, value(p.nextToken()));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    ArrayNode a = NODES.arrayNode();
                    lines.put(a, p.currentTokenLocation().getLineNr());
                    for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                        if (v == null) {
                            throw new JsonParseException(p, "unexpected end of input in an array");
                        }
                        a.add(value(v));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(p.getDoubleValue());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new JsonParseException(p, "unexpected " + t);
            }
        }

        /** Notes anything after the value: more JSON or other text. */
        void afterValue() {
            JsonLocation at = p.currentLocation();
            try {
                if (p.nextToken() == null) {
                    return;
                }
                at = p.currentTokenLocation();
            } catch (IOException e) {
                if (e instanceof JsonProcessingException j && j.getLocation() != null) {
                    at = j.getLocation();
                }
            }
            oddities.add(new Oddity(at.getLineNr(), "text after the JSON value", "ignored"));
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The texts of a JSON array (none for a missing node). */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
