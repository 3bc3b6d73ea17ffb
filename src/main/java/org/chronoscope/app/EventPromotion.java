package org.chronoscope.app;

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
        window.tasks().run("Saving “" + r.title() + "”…",
                () -> CatalogWriter.promote(folder, event, r.title(), r.date()), window::reloadAndSelect,
                "Could not promote “" + r.title() + "”");
    }
}
