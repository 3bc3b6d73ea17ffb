package org.chronoscope.app;

import org.chronoscope.model.Messages;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.load.CatalogWriter;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.view.annotation.AnnotationOverlay;
import org.chronoscope.view.detail.DetailPane;
import org.chronoscope.view.detail.PromoteDialog;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Promote to curated…" (issue 5): an extracted event gets a title and date from the user and is saved into the
 * corpus catalogue in the background; the corpus then reloads with the new curated event selected.
 */
final class EventPromotion {
    private final Stage owner;
    private final CorpusSession session;
    private final TaskRunner tasks;
    private final TaskRunner.ErrorReporter errors;
    private final Consumer<String> reloadAndSelect;

    /** @param reloadAndSelect reloads the corpus, then selects the event with this id (the promoted one) */
    EventPromotion(Stage owner, CorpusSession session, TaskRunner tasks, TaskRunner.ErrorReporter errors,
                   Consumer<String> reloadAndSelect) {
        this.owner = owner;
        this.session = session;
        this.tasks = tasks;
        this.errors = errors;
        this.reloadAndSelect = reloadAndSelect;
    }

    /** Adds the action to the detail pane and to the events' context menu. */
    void install(DetailPane detail, AnnotationOverlay overlay) {
        detail.onPromoteProperty().set(this::promote);
        overlay.setEventMenuItems(e -> {
            if (e.origin() != Origin.EXTRACTED) {
                return List.of();
            }
            MenuItem item = new MenuItem(Messages.text("promote.menu"));
            item.setOnAction(a -> promote(e));
            return List.of(item);
        });
    }

    /** Asks for the title and date, then saves (FX thread; the file work runs in a Task). */
    void promote(TimelineEvent event) {
        Path folder = session.folder();
        if (folder == null) {
            errors.failed(Messages.text("promote.noFolder"), Messages.text("promote.noFolder.text"));
            return;
        }
        new PromoteDialog(owner, event).showAndWait()
                .ifPresent(r -> save(folder, event, r));
    }

    private void save(Path folder, TimelineEvent event, PromoteDialog.Result r) {
        tasks.run(Messages.text("promote.saving", r.title()),
                () -> CatalogWriter.promote(folder, event, r.title(), r.date()), reloadAndSelect,
                Messages.text("promote.failed", r.title()));
    }
}
