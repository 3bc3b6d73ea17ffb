package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronoscope.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming tree reader gives the trees ObjectMapper.readTree gives, and the same error positions. */
class JsonFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ByteArrayInputStream in(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\": 1, \"events\": [{\"id\": \"geneva\", \"title\": \"Geneva talks\", \"sources\": []}]}",
        "[1, -2, 2147483648, 123456789012345678901234567890, 1.5, -0.25e3, true, false, null]",
        "{\"nested\": {\"deeper\": {\"list\": [[], {}, [\"Selensky\", \"Zaporožská\", \"\\u201cquoted\\u201d\"]]}}}",
        "{\"a\": 1, \"a\": 2}",
        "  \"just a string\"  ",
        "42"})
    void trees_match_object_mapper(String json) throws IOException {
        JsonNode expected = MAPPER.readTree(in(json));
        assertEquals(expected, JsonFiles.tree(in(json)));
    }

    @Test
    void an_empty_file_is_a_missing_node() throws IOException {
        assertTrue(JsonFiles.tree(in("")).isMissingNode());
        assertTrue(JsonFiles.tree(in("  \n")).isMissingNode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"events\": [1, 2,\n  ]}", "{\"title\": \"open\n", "{\"a\" 1}", "[1, 2", "{\"a\": tru}"})
    void malformed_json_is_a_problem_at_the_parsers_line_and_column(String json) {
        List<Problem> problems = new ArrayList<>();
        Optional<JsonNode> read = JsonFiles.read(in(json), "events.json", problems);
        assertTrue(read.isEmpty());
        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertTrue(p.toString().contains("malformed JSON"), p.toString());
        try {
            MAPPER.readTree(in(json));
            throw new AssertionError("ObjectMapper accepted " + json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            assertEquals(e.getLocation().getLineNr(), p.line(), "line of " + json);
            assertEquals(e.getLocation().getColumnNr(), p.column(), "column of " + json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
