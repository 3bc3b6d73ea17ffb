package org.chronoscope.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.chronoscope.export.CsvExport;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.export.TimelineJsExport;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;

/**
 * File → Export → TimelineJS… and CSV…: the events the filters show, written in the background, atomically, to a
 * file the user picks.
 */
final class DataExport {
    /** The two formats: what the chooser offers and how each is written. */
    enum Format {
        TIMELINEJS("TimelineJS", "TimelineJS3 JSON", "*.json", ".json") {
            @Override
            List<TimelineEvent> events(List<TimelineEvent> shown) {
                return shown.stream().filter(e -> e.date().isResolved()).toList();
            }

            @Override
            void write(Path file, Corpus corpus, List<TimelineEvent> events) throws IOException {
                AtomicWrite.write(file, out -> TimelineJsExport.write(out, corpus, events, null, null));
            }
        },
        CSV("CSV", "CSV (UTF-8)", "*.csv", ".csv") {
            @Override
            List<TimelineEvent> events(List<TimelineEvent> shown) {
                return shown;
            }

            @Override
            void write(Path file, Corpus corpus, List<TimelineEvent> events) throws IOException {
                AtomicWrite.write(file, out -> CsvExport.write(out, corpus, events));
            }
        };

        final String name;
        final String description;
        final String pattern;
        final String extension;

        Format(String name, String description, String pattern, String extension) {
            this.name = name;
            this.description = description;
            this.pattern = pattern;
            this.extension = extension;
        }

        abstract List<TimelineEvent> events(List<TimelineEvent> shown);

        abstract void write(Path file, Corpus corpus, List<TimelineEvent> events) throws IOException;
    }

    private DataExport() {
    }

    /** Asks where to save, then writes in the background; the status bar shows it, an error says why. */
    static void export(MainWindow window, Format format) {
        Corpus corpus = window.corpus();
        List<TimelineEvent> events = corpus == null ? List.of() : format.events(window.shownEvents());
        if (events.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.WARNING, corpus == null ? "Open a corpus before exporting."
                    : "No event the filters show can go into " + format.name + "; clear a filter and try again.");
            a.setHeaderText("Nothing to export");
            a.initOwner(window.stage());
            a.show();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description, format.pattern));
        chooser.setInitialFileName(fileName(corpus.name()) + format.extension);
        File f = chooser.showSaveDialog(window.stage());
        if (f != null) {
            write(window, format, f.toPath(), corpus, events);
        }
    }

    static Task<Path> write(MainWindow window, Format format, Path file, Corpus corpus, List<TimelineEvent> events) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage("Exporting " + events.size() + " events to " + file.getFileName() + "…");
                updateProgress(-1, 1);
                format.write(file, corpus, events);
                return file;
            }
        };
        return window.tasks().run(task,
                p -> window.status().setSummary("Exported " + events.size() + " events to " + file.getFileName()),
                "Could not export " + file.getFileName());
    }

    private static String fileName(String corpusName) {
        String s = corpusName.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "timeline" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
