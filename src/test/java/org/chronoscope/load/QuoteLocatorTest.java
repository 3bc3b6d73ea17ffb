package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.chronoscope.model.Article;
import org.chronoscope.model.Passage;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {
    private static final String KALLAS = "Kallas said:\u00a0\u201cWe haven\u2019t heard of any\r\nconcessions \u2014 none.\u201d";
    private static final String TEXT = "Intro line.\r\n\r\n" + KALLAS + " Then she left.";
    private final QuoteLocator locator = new QuoteLocator(ArticleReader.parse("k.txt",
            TEXT.getBytes(StandardCharsets.UTF_8), null, new ArrayList<>()).orElseThrow());

    private void assertFound(String quote, String original) {
        Passage p = locator.locate(quote);
        assertEquals(original, p.quote());
        assertEquals(original, TEXT.substring(p.start(), p.end()));
    }

    @Test
    void straight_quotes_hyphens_and_single_spaces_find_curly_quotes_dashes_and_line_breaks() {
        assertFound("Kallas said: \"We haven't heard of any concessions - none.\"", KALLAS);
    }

    @Test
    void extra_white_space_around_and_inside_a_quote_does_not_matter() {
        assertFound("  Then   she left. ", "Then she left.");
    }

    @Test
    void a_missing_quote_names_the_closest_sentence() {
        assertNull(locator.locate("We have not heard of any concessions"));
        assertEquals(KALLAS, locator.closestText("We have not heard of any concessions"));
        assertEquals("Then she left.", locator.closestText("she left the room"));
    }
}
