package org.chronoscope.app;

import org.chronoscope.model.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chronoscope.app.export.ExportDialog;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.export.CsvExport;
import org.chronoscope.load.AtomicWrite;
import org.chronoscope.export.TimelineJsExport;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.view.timeline.TimelineView;

/**
 * File → Export: PNG… (the export dialog), TimelineJS… and CSV… (the events the filters show, written in the
 * background, atomically, to a file the user picks).
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

    private final Window owner;
    private final ExplorerModel explorer;
    private final TimelineView timeline;
    private final Supplier<AnnotationDocument> notes;
    private final TaskRunner tasks;
    private final Consumer<String> report;

    /**
     * @param notes  the notes as they are now, drawn on the PNG
     * @param report where a finished export is told ("Exported 12 events to talks.csv")
     */
    DataExport(Window owner, ExplorerModel explorer, TimelineView timeline, Supplier<AnnotationDocument> notes,
               TaskRunner tasks, Consumer<String> report) {
        this.owner = owner;
        this.explorer = explorer;
        this.timeline = timeline;
        this.notes = notes;
        this.tasks = tasks;
        this.report = report;
    }

    /** File → Export → PNG… (Ctrl+E): the dialog on what the timeline shows, with the notes as they are now. */
    void png() {
        if (explorer.corpus() == null) {
            WindowDialogs.warn(owner, Messages.text("export.nothing"), Messages.text("export.noCorpus"));
            return;
        }
        new ExportDialog(owner, timeline, explorer.corpus(), notes.get(), tasks).showAndWait();
    }

    /** Asks where to save, then writes in the background; the status bar shows it, an error says why. */
    void export(Format format) {
        Corpus corpus = explorer.corpus();
        List<TimelineEvent> events = corpus == null ? List.of() : format.events(explorer.shown());
        if (events.isEmpty()) {
            WindowDialogs.warn(owner, Messages.text("export.nothing"), corpus == null ? Messages.text("export.noCorpus")
                    : Messages.text("export.noEvent", format.name));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("export.title", format.name));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.description, format.pattern));
        chooser.setInitialFileName(fileName(corpus.name()) + format.extension);
        File f = chooser.showSaveDialog(owner);
        if (f != null) {
            write(format, f.toPath(), corpus, events);
        }
    }

    Task<Path> write(Format format, Path file, Corpus corpus, List<TimelineEvent> events) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                updateMessage(Messages.text("export.running", events.size(), file.getFileName()));
                updateProgress(-1, 1);
                format.write(file, corpus, events);
                return file;
            }
        };
        return tasks.run(task, p -> report.accept(Messages.text("export.done", events.size(), file.getFileName())),
                Messages.text("export.failed", file.getFileName()));
    }

    private static String fileName(String corpusName) {
        String s = corpusName.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "timeline" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
