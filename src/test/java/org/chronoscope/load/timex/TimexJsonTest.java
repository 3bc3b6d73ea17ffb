package org.chronoscope.load.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimexJsonTest {
    @Test
    void dump_lists_each_expression_with_offsets_that_slice_the_text() throws Exception {
        String text = "On Friday, the Kremlin confirmed talks in Geneva last weekend; Crimea was annexed in 2014.";
        StringWriter out = new StringWriter();
        TimexJson.write(new TemporalTagger().tag("001.txt", text, LocalDate.of(2025, 11, 28)), out);
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertEquals(3, list.size());
        for (JsonNode e : list) {
            assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
            assertEquals("001.txt", e.get("article").asText());
        }
        JsonNode weekend = list.get(1);
        assertEquals("2025-W47-WE", weekend.get("value").asText());
        assertEquals("weekend", weekend.get("precision").asText());
        assertEquals("relative-weekend", weekend.get("rule").asText());
        assertEquals("2025-11-22", weekend.get("from").asText());
        assertTrue(list.get(2).get("anchor").isNull());
    }
}
