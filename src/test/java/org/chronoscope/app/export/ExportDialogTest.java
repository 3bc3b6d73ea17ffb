package org.chronoscope.app.export;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.view.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

class ExportDialogTest extends ApplicationTest {
    @TempDir
    Path dir;

    private TimelineView view;
    private Corpus corpus;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        corpus = SyntheticModel.corpus(40, 3, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31));
        view = new TimelineView();
        view.getActors().setAll(corpus.actors());
        view.getEvents().setAll(corpus.events());
        stage.setScene(new Scene(view, 1000, 500));
        stage.sizeToScene(); // the primary stage is shared by all UI tests: drop the last one's size
        stage.show();
    }

    @Test
    void the_preview_follows_the_options_and_export_writes_the_chosen_size() throws Exception {
        ExportDialog[] dialog = new ExportDialog[1];
        interact(() -> {
            dialog[0] = new ExportDialog(stage, view, corpus, AnnotationDocument.EMPTY,
                    new org.chronoscope.app.task.TaskRunner(t -> { }, (h, m) -> { }));
            dialog[0].show();
        });
        ExportDialog d = dialog[0];
        assertNotNull(d.preview.getImage(), "a preview is drawn");
        assertEquals("2×", d.scale.getValue());
        assertTrue(d.size.getText().startsWith("= 2000 ×"), d.size.getText());

        interact(() -> d.scale.setValue("3×"));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> d.size.getText().startsWith("= 3000 ×"));

        Path file = dir.resolve("dialog.png");
        interact(() -> d.export(file, new Button()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && !d.isShowing());
        assertEquals(3000, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void a_date_range_leaves_out_the_events_outside_it() {
        ExportDialog[] dialog = new ExportDialog[1];
        interact(() -> {
            dialog[0] = new ExportDialog(stage, view, corpus, AnnotationDocument.EMPTY,
                    new org.chronoscope.app.task.TaskRunner(t -> { }, (h, m) -> { }));
            dialog[0].scopeRange.setSelected(true);
            dialog[0].from.setValue(LocalDate.of(2025, 11, 1));
            dialog[0].to.setValue(LocalDate.of(2025, 11, 30));
        });
        var range = dialog[0].range();
        assertEquals(LocalDate.of(2025, 11, 1), range.from());
        assertEquals(LocalDate.of(2025, 11, 30), range.to());
        interact(() -> dialog[0].close());
    }
}
