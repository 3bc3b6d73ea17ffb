package org.chronoscope.app;

import javafx.concurrent.Task;
import javafx.scene.control.MenuItem;
import org.chronoscope.load.CatalogWriter;
import org.chronoscope.model.Origin;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.view.detail.PromoteDialog;

import java.nio.file.Path;
import java.util.List;

/**
 * "Promote to curated…" (issue 5): an extracted event gets a title and date from the user and is saved into the
 * corpus catalogue in the background; the corpus then reloads with the new curated event selected.
 */
final class EventPromotion {
    private final MainWindow window;

    EventPromotion(MainWindow window) {
        this.window = window;
    }

    /** Adds the action to the detail pane and to the events' context menu. */
    void install() {
        window.detail().onPromoteProperty().set(this::promote);
        window.annotations().overlay().setEventMenuItems(e -> {
            if (e.origin() != Origin.EXTRACTED) {
                return List.of();
            }
            MenuItem item = new MenuItem("Promote to Curated…");
            item.setOnAction(a -> promote(e));
            return List.of(item);
        });
    }

    /** Asks for the title and date, then saves (FX thread; the file work runs in a Task). */
    void promote(TimelineEvent event) {
        Path folder = window.folder();
        if (folder == null) {
            window.error("No corpus folder", "Open a corpus folder to save curated events into its catalogue.");
            return;
        }
        new PromoteDialog(window.stage(), event).showAndWait()
                .ifPresent(r -> save(folder, event, r));
    }

    private void save(Path folder, TimelineEvent event, PromoteDialog.Result r) {
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage("Saving “" + r.title() + "”…");
                updateProgress(-1, 1);
                return CatalogWriter.promote(folder, event, r.title(), r.date());
            }
        };
        window.status().setBusy(task);
        task.setOnSucceeded(e -> {
            window.status().setBusy(null);
            window.reloadAndSelect(task.getValue());
        });
        task.setOnFailed(e -> {
            window.status().setBusy(null);
            Throwable ex = task.getException();
            window.error("Could not promote “" + r.title() + "”", ex == null ? "Unknown error" : ex.getMessage());
        });
        Thread t = new Thread(task, "promote-event");
        t.setDaemon(true);
        t.start();
    }
}
