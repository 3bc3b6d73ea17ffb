package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Problem;
import org.chronoscope.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleReaderTest {
    private final List<Problem> problems = new ArrayList<>();

    private static byte[] fixture() throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream("/pages/harbour-strike.html")) {
            return in.readAllBytes();
        }
    }

    private Article saved() throws IOException {
        return HtmlArticleReader.read("harbour-strike.html", fixture(), problems).orElseThrow();
    }

    private Optional<Article> page(String head, String body) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return HtmlArticleReader.read("page.html", html.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static final String STORY = "<article><p>The committee met on Tuesday and agreed the budget for the"
            + " coming year after a long debate.</p><p>Members will vote on the final text next month.</p></article>";

    @Test
    void the_article_body_is_kept_and_the_page_furniture_left_out() throws IOException {
        String text = saved().text();
        assertTrue(text.contains("Dockers at the city's container terminal voted on Thursday to accept a revised"
                + " pay offer"), text);
        assertTrue(text.contains("Perishable cargo was diverted to two other ports."), text);
        assertTrue(text.contains("“Nobody wins a strike like this one,”"), text);
        for (String clutter : List.of("cookies", "Accept all", "Sport", "Skip to content", "Share on", "Related",
                "Ferry timetable", "Sign up", "Comments", "shelves were empty", "All rights reserved",
                "dataLayer", "position:fixed", "Sponsored", "Privacy", "Home ›")) {
            assertFalse(text.contains(clutter), "'" + clutter + "' should be left out of:\n" + text);
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void headings_paragraphs_and_list_items_keep_their_blocks() throws IOException {
        Article a = saved();
        List<String> headings = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            String s = a.slice(p.start(), p.end());
            blocks.add(s);
            if (p.kind() == BlockKind.HEADING) {
                headings.add(s);
            }
        }
        assertEquals(List.of("Harbour strike ends after nine days as dockers accept pay offer", "Backlog of ships"),
                headings);
        assertTrue(blocks.contains("Thirty-one ships were waiting to berth on Wednesday evening."), blocks.toString());
        assertTrue(blocks.contains("Perishable cargo was diverted to two other ports."), blocks.toString());
        assertTrue(a.text().contains("evening.\n\nPerishable"), "a blank line between blocks");
    }

    @Test
    void the_byline_is_kept_but_never_quoted_and_the_caption_is_a_caption() throws IOException {
        Article a = saved();
        int by = a.text().indexOf("By Maria Okafor");
        assertTrue(by >= 0, a.text());
        assertEquals(BlockKind.HEADER, a.paragraphAt(by).kind());
        int caption = a.text().indexOf("Cranes stand idle");
        assertEquals(BlockKind.CAPTION, a.paragraphAt(caption).kind());
    }

    @Test
    void every_offset_points_into_the_extracted_text() throws IOException {
        Article a = saved();
        for (Sentence s : a.sentences()) {
            String slice = a.slice(s.start(), s.end());
            assertEquals(slice.strip(), slice, "a sentence is trimmed");
            assertFalse(slice.isEmpty());
        }
        int start = a.text().indexOf("Port managers said on Friday");
        assertTrue(a.sentences().stream().anyMatch(s -> s.start() == start), "sentence starts at its text");
    }

    @Test
    void title_outlet_author_canonical_url_and_language_come_from_the_page() throws IOException {
        Article a = saved();
        assertEquals("Harbour strike ends after nine days as dockers accept pay offer", a.meta().title());
        assertEquals("The Example Courier", a.meta().outlet());
        assertEquals("Maria Okafor", a.meta().author());
        assertEquals("https://www.example-courier.test/news/2024/03/harbour-strike-ends", a.meta().url());
        assertEquals("en", a.meta().language());
    }

    @Test
    void the_publication_date_comes_from_article_published_time_with_its_basis() throws IOException {
        Article a = saved();
        assertEquals(LocalDate.of(2024, 3, 14), a.published());
        assertEquals(DateSource.PAGE, a.meta().published().source());
        assertTrue(a.meta().published().reasoning().contains("article:published_time"),
                a.meta().published().reasoning());
    }

    @Test
    void json_ld_date_published_dates_a_page_without_meta_tags() {
        Article a = page("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-07-02T09:00:00+02:00\","
                + "\"author\":{\"name\":\"Ann Lee\"}}]</script>", STORY).orElseThrow();
        assertEquals(LocalDate.of(2023, 7, 2), a.published());
        assertEquals(DateSource.PAGE, a.meta().published().source());
        assertTrue(a.meta().published().reasoning().contains("JSON-LD datePublished"));
        assertEquals("Ann Lee", a.meta().author());
    }

    @Test
    void a_time_element_outside_the_body_text_dates_the_page_but_one_in_a_sentence_does_not() {
        Article dated = page("", "<article><div class=\"meta\"><time datetime=\"2022-11-05\">5 Nov</time></div>"
                + STORY.substring("<article>".length())).orElseThrow();
        assertEquals(LocalDate.of(2022, 11, 5), dated.published());
        Article undated = page("", "<article><p>The vote is set for <time datetime=\"2030-01-01\">New Year's"
                + " Day</time> after a long debate in the committee and the chamber.</p></article>").orElseThrow();
        assertFalse(undated.meta().published().isKnown());
    }

    @Test
    void the_updated_time_alone_is_a_weaker_basis() {
        Article a = page("<meta property=\"og:updated_time\" content=\"2021-01-31T23:59:00-05:00\">", STORY)
                .orElseThrow();
        assertEquals(LocalDate.of(2021, 1, 31), a.published(), "the date as the publisher wrote it");
        assertEquals(DateSource.PAGE_UPDATED, a.meta().published().source());
    }

    @Test
    void a_date_that_is_not_iso_is_a_warning_naming_the_file() {
        Article a = page("<meta property=\"article:published_time\" content=\"last Tuesday\">", STORY).orElseThrow();
        assertFalse(a.meta().published().isKnown());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("page.html: warning: article:published_time 'last"
                + " Tuesday' is not an ISO date"), problems.toString());
    }

    @Test
    void the_title_falls_back_to_the_h1_then_the_title_element() {
        assertEquals("Budget agreed", page("<title>Site | Budget</title>", "<h1>Budget agreed</h1>" + STORY)
                .orElseThrow().meta().title());
        Article a = page("<title>Budget agreed | Site</title>", STORY).orElseThrow();
        assertEquals("Budget agreed | Site", a.meta().title());
        assertTrue(a.text().startsWith("Budget agreed | Site\n\n"), "a page without h1 shows its title first");
    }

    @Test
    void a_page_in_windows_1252_says_so_in_its_meta_tag() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>The caf\u00e9 owners"
                + " in the old town protested on Monday against the new parking rules in the centre.</p></article>"
                + "</body></html>";
        Article a = HtmlArticleReader.read("cafe.html", html.getBytes(Charset.forName("windows-1252")), problems)
                .orElseThrow();
        assertTrue(a.text().contains("café owners"), a.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>404 Not found</p>", "<nav><ul><li>Home</li><li>News</li></ul></nav>", ""})
    void a_page_without_article_text_is_a_warning_not_an_empty_article(String body) {
        assertTrue(page("<title>Oops</title>", body).isEmpty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).toString().startsWith("page.html: warning: has no article text"),
                problems.toString());
    }
}
