package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Problem;
import org.chronoscope.testing.PdfFixture;
import org.junit.jupiter.api.Test;

class PdfArticleReaderTest {
    static final List<List<String>> REPORT = PdfFixture.HARBOUR_REPORT;
    static final String HEADER = PdfFixture.HARBOUR_HEADER;

    private final List<Problem> problems = new ArrayList<>();

    static byte[] report() throws IOException {
        return PdfFixture.pages("Report of the Harbour Commission", HEADER, REPORT);
    }

    private Article read() throws IOException {
        Article a = PdfArticleReader.read("report.pdf", report(), problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.toString());
        return a;
    }

    private static List<String> blocks(Article a) {
        return a.paragraphs().stream().map(p -> a.slice(p.start(), p.end())).toList();
    }

    @Test
    void running_headers_and_page_numbers_are_left_out() throws IOException {
        String text = read().text();
        assertFalse(text.contains("Final report"), text);
        assertFalse(text.contains("Page 2 of 3"), text);
        assertFalse(text.matches("(?s).*\\bof 3\\b.*"), text);
    }

    @Test
    void the_text_keeps_reading_order_and_paragraphs() throws IOException {
        List<String> blocks = blocks(read());
        assertEquals("Report of the Harbour Commission", blocks.get(0));
        assertEquals("The commission was asked on 2 April 2024 to review the nine-day strike at the container"
                + " terminal and the way in which the negotiations were conducted by both sides.", blocks.get(1));
        assertEquals("Recommendations", blocks.get(blocks.size() - 2));
    }

    @Test
    void words_hyphenated_at_line_ends_are_joined_and_real_hyphens_kept() throws IOException {
        String text = read().text();
        assertTrue(text.contains("visited the terminal twice"), text);
        assertTrue(text.contains("by 30 September 2024, and"), text);
        assertTrue(text.contains("nine-day strike"), text);
    }

    @Test
    void a_paragraph_that_runs_over_a_page_break_is_one_paragraph() throws IOException {
        assertTrue(blocks(read()).contains("Its members met eleven times between April and June. They heard"
                + " evidence from the union, the terminal operator and the port authority, and they visited the"
                + " terminal twice during the summer months before drafting the recommendations that follow in"
                + " this report, which is addressed to the city council and to the port authority."));
    }

    @Test
    void each_passage_knows_its_page() throws IOException {
        Article a = read();
        assertEquals(3, a.pageStarts().size());
        assertEquals(1, a.pageAt(a.text().indexOf("The commission was asked")));
        assertEquals(1, a.pageAt(a.text().indexOf("the recommendations that follow")));
        assertEquals(2, a.pageAt(a.text().indexOf("city council")), "page 2 starts inside a paragraph");
        assertEquals(2, a.pageAt(a.text().indexOf("shift patterns")));
        assertEquals(3, a.pageAt(a.text().indexOf("contingency plan")));
        assertEquals(BlockKind.HEADING, a.paragraphAt(a.text().indexOf("Recommendations")).kind());
    }

    @Test
    void the_document_title_is_the_article_title() throws IOException {
        assertEquals("Report of the Harbour Commission", read().meta().title());
    }

    @Test
    void a_scanned_pdf_without_a_text_layer_is_a_warning_naming_it() throws IOException {
        assertTrue(PdfArticleReader.read("scan-0012.pdf", PdfFixture.scan(), problems).isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("scan-0012.pdf: warning: has no text layer (a scanned"
                + " PDF?)"), problems.toString());
    }

    @Test
    void a_file_that_is_not_a_pdf_is_a_warning_naming_it() {
        byte[] notPdf = "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8);
        assertTrue(PdfArticleReader.read("fake.pdf", notPdf, problems).isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("fake.pdf: warning: is not a readable PDF"),
                problems.toString());
    }

    @Test
    void a_page_number_alone_at_the_foot_of_a_page_is_left_out_even_on_a_single_page() throws IOException {
        byte[] pdf = PdfFixture.pages(null, null, List.of(List.of("A short memo.", "", "The board met on Monday"
                + " and agreed the plan for the new year.")));
        Article a = PdfArticleReader.read("memo.pdf", pdf, problems).orElseThrow();
        assertFalse(a.text().contains("Page 1"), a.text());
        for (Paragraph p : a.paragraphs()) {
            assertFalse(a.slice(p.start(), p.end()).isBlank());
        }
    }
}
