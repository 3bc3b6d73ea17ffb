package org.chronoscope.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.view.annotation.AnnotationOverlay;
import org.chronoscope.view.annotation.AnnotationSession;
import org.chronoscope.view.annotation.AnnotationWorkspace;
import org.chronoscope.view.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The notes' file work: read beside the corpus, autosaved in the background, a corrupt file kept. */
class NotesFileTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private TimelineView view;
    private AnnotationWorkspace workspace;
    private NotesFile notes;
    private Corpus corpus;

    @Override
    public void start(Stage stage) {
        corpus = SyntheticModel.corpus(30, 5, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31));
        view = new TimelineView();
        view.getActors().setAll(corpus.actors());
        view.getEvents().setAll(corpus.events());
        workspace = new AnnotationWorkspace(view, () -> stage);
        notes = new NotesFile(workspace.session(), new TaskRunner(t -> { }, (h, m) -> { }));
        BorderPane root = new BorderPane(AnnotationOverlay.wrap(view, workspace.session()));
        root.setBottom(workspace.statusLabel());
        stage.setScene(new Scene(root, 1100, 560));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
    }

    @Test
    void changes_are_saved_beside_the_corpus_and_the_status_says_so() throws Exception {
        Path corpusDir = Files.createDirectories(dir.resolve("corpus-" + System.nanoTime()));
        interact(() -> notes.open(corpusDir, workspace::corpusChanged));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.session().fileProperty().get() != null);
        interact(() -> workspace.session().apply("Add note", d -> d.withNote(
                Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 11, 23)), "Geneva", null))));
        Path file = corpusDir.resolve("annotations.json");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file)
                && AnnotationSession.SAVED.equals(lookup("#annotations-status").queryAs(Label.class).getText()));
        AnnotationDocument saved = AnnotationStore.read(file);
        assertEquals("Geneva", saved.notes().get(0).text());
    }

    @Test
    void a_corrupt_annotations_file_is_kept_and_notes_go_to_a_new_file() throws Exception {
        Path corpusDir = Files.createDirectories(dir.resolve("corrupt-" + System.nanoTime()));
        Files.writeString(corpusDir.resolve("annotations.json"), "{ oops");
        interact(() -> notes.open(corpusDir, workspace::corpusChanged));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.session().fileProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the file is set first; the status and the warning follow on the FX thread
        assertEquals(corpusDir.resolve("annotations-1.json"), workspace.session().fileProperty().get());
        assertTrue(lookup("#annotations-status").queryAs(Label.class).getText().contains("annotations-1.json"));
        assertEquals("{ oops", Files.readString(corpusDir.resolve("annotations.json")));
        // the warning dialog
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(listWindows().size() < 2, "a warning is shown");
        interact(() -> listWindows().stream().filter(w -> w != view.getScene().getWindow())
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void the_last_change_is_written_when_the_window_closes() throws Exception {
        Path corpusDir = Files.createDirectories(dir.resolve("closing-" + System.nanoTime()));
        interact(() -> notes.open(corpusDir, workspace::corpusChanged));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workspace.session().fileProperty().get() != null);
        for (int i = 1; i <= 20; i++) {
            String text = "note " + i;
            interact(() -> workspace.session().apply("Add note", d -> d.withNote(
                    Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 11, 23)), text, null))));
        }
        notes.flush();
        AnnotationDocument saved = AnnotationStore.read(corpusDir.resolve("annotations.json"));
        assertEquals(20, saved.notes().size(), "the newest document, with every note");
    }
}
