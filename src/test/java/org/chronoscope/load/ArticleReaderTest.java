package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Sentence;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private final List<Problem> problems = new ArrayList<>();

    private Article read(String name, byte[] bytes) {
        return ArticleReader.parse(name, bytes, null, problems).orElseThrow();
    }

    private Article read(String text) {
        return read("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Article a, BlockKind kind) {
        return a.paragraphs().stream().filter(p -> p.kind() == kind).map(p -> a.slice(p.start(), p.end())).toList();
    }

    @Test
    void a_byte_order_mark_is_dropped_and_offsets_point_into_the_text() {
        byte[] body = "Talks began.\n\nThey ended.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = read("bom.txt", withBom);
        assertEquals("Talks began.\n\nThey ended.", a.text());
        assertEquals(List.of("Talks began.", "They ended."), texts(a, BlockKind.BODY));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void crlf_line_endings_keep_offsets_into_the_original_text() {
        Article a = read("First paragraph here.\r\n\r\nSecond one, with Putin.\r\n");
        Paragraph second = a.paragraphs().get(1);
        assertEquals("Second one, with Putin.", a.slice(second.start(), second.end()));
    }

    @Test
    void windows_1252_bytes_are_decoded_with_a_warning_naming_the_file() {
        byte[] bytes = "Trump\u2019s envoy arrived.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Article a = read("cp1252.txt", bytes);
        assertEquals("Trump\u2019s envoy arrived.", a.text());
        assertEquals(1, problems.size());
        assertEquals("cp1252.txt", problems.get(0).file());
        assertTrue(problems.get(0).message().contains("Windows-1252"));
    }

    @Test
    void binary_and_empty_files_are_skipped_with_a_warning() {
        assertTrue(ArticleReader.parse("img.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, null, problems)
                .isEmpty());
        assertTrue(ArticleReader.parse("empty.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8), null, problems)
                .isEmpty());
        assertEquals(List.of("img.txt", "empty.txt"), problems.stream().map(Problem::file).toList());
    }

    @Test
    void a_stamp_line_with_a_number_is_all_header() {
        Article a = read(" date 2025-12-16 403\nUS refuses to compromise\nThe talks were difficult.");
        assertEquals(LocalDate.of(2025, 12, 16), a.published());
        assertEquals(DateSource.STAMP, a.meta().published().source());
        assertEquals(List.of(" date 2025-12-16 403"), texts(a, BlockKind.HEADER));
        assertEquals(List.of("US refuses to compromise"), texts(a, BlockKind.HEADING));
    }

    @Test
    void a_stamp_followed_by_text_keeps_that_text_as_the_first_paragraph() {
        Article a = read(" date 2025-11-20 There has also been resistance from European leaders.\n\nMore.");
        assertEquals(LocalDate.of(2025, 11, 20), a.published());
        assertEquals("There has also been resistance from European leaders.", texts(a, BlockKind.BODY).get(0));
    }

    @Test
    void a_header_block_gives_metadata_and_is_not_body() {
        Article a = read("title: Geneva talks\nsource: Example News\npublished: 2025-11-24\n"
                + "translated-from: de\n\nThe talks ended on Sunday.");
        assertEquals("Geneva talks", a.meta().title());
        assertEquals("Example News", a.meta().outlet());
        assertEquals("de", a.meta().translatedFrom());
        assertEquals(LocalDate.of(2025, 11, 24), a.published());
        assertEquals(DateSource.HEADER, a.meta().published().source());
        assertEquals(List.of("The talks ended on Sunday."), texts(a, BlockKind.BODY));
    }

    @Test
    void web_boilerplate_is_marked_and_not_quotable() {
        Article a = read("The envoy met Putin.\n\nLeave a Reply\n\nBack to top button\n\n"
                + "Subscribe now to keep reading and get access to the full archive.\n\n"
                + "  \u2022 For more: Elrisala website and for social networking, you can follow us on Facebook");
        assertEquals(4, texts(a, BlockKind.BOILERPLATE).size());
        Paragraph leave = a.paragraphs().get(1);
        assertFalse(a.isQuotable(leave.start(), leave.end()));
    }

    @Test
    void a_caption_printed_twice_keeps_one_quotable_copy() {
        String caption = "Firefighters put out a blaze after a drone struck a building on November 25. More text follows";
        Article a = read("Body text here.\n\n" + caption + "\n\n" + caption + "\n\nEnd of story.");
        assertEquals(List.of(caption), texts(a, BlockKind.CAPTION));
        assertEquals(List.of(caption), texts(a, BlockKind.BOILERPLATE));
    }

    @Test
    void sentences_keep_abbreviations_whole() {
        Article a = read("U.S. Army Secretary Dan Driscoll was in Kyiv. Gen. Valery Gerasimov spoke. "
                + "It was Nov. 20 in the U.N. Security Council. Then \u201cwe left.\u201d She agreed!");
        List<String> s = a.sentences().stream().map(x -> a.slice(x.start(), x.end())).toList();
        assertEquals(List.of("U.S. Army Secretary Dan Driscoll was in Kyiv.", "Gen. Valery Gerasimov spoke.",
                "It was Nov. 20 in the U.N. Security Council.", "Then \u201cwe left.\u201d", "She agreed!"), s);
    }

    @Test
    void non_breaking_spaces_and_curly_quotes_do_not_break_paragraphs() {
        Article a = read("Kallas said:\u00a0\u201cWe haven\u2019t heard of any concessions.\u201d\n");
        Sentence s = a.sentences().get(0);
        assertNotNull(s);
        assertEquals(a.text().strip(), a.slice(s.start(), s.end()));
    }
}
