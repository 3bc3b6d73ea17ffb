package org.chronoscope.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DropPlanTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "text");
    }

    @Test
    void a_folder_opens_as_the_corpus() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("talks"));
        DropPlan plan = DropPlan.of(List.of(corpus));
        assertEquals(corpus, plan.folder());
        assertEquals("Open “talks” as the corpus", plan.describe());
    }

    @Test
    void text_and_markdown_files_are_added() throws IOException {
        DropPlan plan = DropPlan.of(List.of(file("a.txt"), file("b.MD")));
        assertNull(plan.folder());
        assertEquals(2, plan.articles().size());
        assertEquals("Add 2 articles to the corpus", plan.describe());
    }

    @Test
    void saved_web_pages_and_pdfs_are_added_too() throws IOException {
        DropPlan plan = DropPlan.of(List.of(file("story.html"), file("old.HTM"), file("report.pdf")));
        assertFalse(plan.isRefused(), plan.problem());
        assertEquals(3, plan.articles().size());
    }

    @Test
    void other_files_are_refused_by_name() throws IOException {
        DropPlan plan = DropPlan.of(List.of(file("a.txt"), file("photo.jpg")));
        assertTrue(plan.isRefused());
        assertTrue(plan.articles().isEmpty());
        assertTrue(plan.problem().startsWith("photo.jpg is not an article: only .txt, .md, .html, .htm, .pdf"),
                plan.problem());
    }

    @Test
    void a_folder_with_other_files_is_refused() throws IOException {
        DropPlan plan = DropPlan.of(List.of(Files.createDirectory(dir.resolve("f")), file("a.txt")));
        assertTrue(plan.isRefused());
        assertTrue(plan.problem().startsWith("Drop one folder"), plan.problem());
    }
}
