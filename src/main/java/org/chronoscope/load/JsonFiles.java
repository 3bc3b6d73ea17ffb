package org.chronoscope.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Severity;

/** Reads JSON files into trees, turning syntax errors into problems with line and column. */
final class JsonFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFiles() {
    }

    static Optional<JsonNode> read(Path file, String shownName, List<Problem> problems) {
        try {
            return read(Files.newInputStream(file), shownName, problems);
        } catch (IOException e) {
            problems.add(Problem.error(shownName, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    static Optional<JsonNode> read(java.io.InputStream in, String shownName, List<Problem> problems) {
        try (in) {
            return Optional.of(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(Severity.ERROR, shownName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(Problem.error(shownName, "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
