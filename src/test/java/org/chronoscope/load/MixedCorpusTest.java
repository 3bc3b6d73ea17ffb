package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.MixedCorpus;
import org.chronoscope.testing.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holding a saved web page, a PDF and a text article loads as one corpus. */
class MixedCorpusTest {
    @TempDir
    Path dir;

    @Test
    void a_web_page_a_pdf_and_a_text_article_load_as_one_corpus_with_passages_from_each() throws IOException {
        Corpus c = CorpusLoader.load(MixedCorpus.write(dir));
        assertEquals(List.of(MixedCorpus.PDF, MixedCorpus.PAGE, MixedCorpus.TEXT),
                c.articles().stream().map(Article::fileName).toList());
        assertTrue(c.problems().isEmpty(), c.problems().toString());
        Set<String> quoted = c.events().stream().flatMap(e -> e.sources().stream()).map(Passage::article)
                .collect(Collectors.toSet());
        assertEquals(Set.of(MixedCorpus.PDF, MixedCorpus.PAGE, MixedCorpus.TEXT), quoted);
    }

    @Test
    void every_passage_is_the_extracted_text_between_its_offsets() throws IOException {
        Corpus c = CorpusLoader.load(MixedCorpus.write(dir));
        for (TimelineEvent e : c.events()) {
            for (Passage p : e.sources()) {
                assertEquals(p.quote(), c.article(p.article()).orElseThrow().slice(p.start(), p.end()), e.id());
            }
        }
    }

    @Test
    void a_passage_from_the_pdf_knows_its_page() throws IOException {
        Corpus c = CorpusLoader.load(MixedCorpus.write(dir));
        Article pdf = c.article(MixedCorpus.PDF).orElseThrow();
        Passage september = c.events().stream().flatMap(e -> e.sources().stream())
                .filter(p -> p.quote().contains("30 September 2024")).findFirst().orElseThrow();
        assertEquals(2, pdf.pageAt(september.start()));
    }

    @Test
    void a_scan_and_a_broken_page_are_warnings_and_the_rest_loads() throws IOException {
        MixedCorpus.write(dir);
        Files.write(dir.resolve("scan.pdf"), PdfFixture.scan());
        Files.writeString(dir.resolve("empty.html"), "<html><body><nav>Home</nav></body></html>");
        Corpus c = CorpusLoader.load(dir);
        assertEquals(3, c.articles().size());
        List<String> problems = c.problems().stream().map(Object::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("scan.pdf: warning: has no text layer")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("empty.html: warning: has no article text")));
    }

    @Test
    void corpus_metadata_wins_over_the_page_s_own() throws IOException {
        MixedCorpus.write(dir);
        Files.writeString(dir.resolve("corpus.json"), "{\"version\": 1, \"articles\": {\"" + MixedCorpus.PAGE
                + "\": {\"outlet\": \"Courier (print edition)\", \"published\": \"2024-03-15\","
                + " \"publishedHow\": \"stated\"}}}");
        Article page = CorpusLoader.load(dir).article(MixedCorpus.PAGE).orElseThrow();
        assertEquals("Courier (print edition)", page.meta().outlet());
        assertEquals("2024-03-15", page.published().toString());
        assertEquals("Maria Okafor", page.meta().author(), "what the corpus file does not say stays the page's");
    }
}
