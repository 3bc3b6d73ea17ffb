package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 unless the bytes are not valid UTF-8, then Windows-1252 with a warning naming the first bad byte. */
class TextDecoderTest {
    @Test
    void valid_utf8_is_read_as_utf8_even_with_a_replacement_character_in_it() {
        String text = "Kyiv \u2014 talks \uFFFD resumed in Z\u00fcrich \uD83D\uDE00.";
        DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, d.text());
        assertNull(d.warning());
    }

    @Test
    void bad_bytes_anywhere_fall_back_to_windows_1252_with_a_warning() {
        Charset cp1252 = Charset.forName("windows-1252");
        for (String text : new String[] {"caf\u00e9 \u2019quoted\u2019", "\u201cQuote\u201d first", "end \u00e9"}) {
            byte[] bytes = text.getBytes(cp1252);
            DecodedText d = TextDecoder.decode(bytes);
            assertEquals(text, d.text());
            assertTrue(d.warning().startsWith("not valid UTF-8"), d.warning());
        }
        // a surrogate encoded on its own (CESU-8) and an overlong slash are not UTF-8 either
        for (byte[] bad : new byte[][] {{'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}}) {
            DecodedText d = TextDecoder.decode(bad);
            assertEquals(new String(bad, cp1252), d.text());
            assertTrue(d.warning().startsWith("not valid UTF-8"), d.warning());
        }
    }
}
