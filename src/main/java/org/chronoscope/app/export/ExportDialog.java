package org.chronoscope.app.export;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.export.ExportException;
import org.chronoscope.export.ExportOptions;
import org.chronoscope.export.PngExport;
import org.chronoscope.export.Pixels;
import org.chronoscope.export.TiledRenderer;
import org.chronoscope.export.TimelinePage;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.layout.LabelPolicy;
import org.chronoscope.view.timeline.TimelineView;
import org.chronoscope.view.timeline.VisibleRange;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * File → Export PNG… (Ctrl+E): what to export (the visible window, the whole filtered timeline, or a date range),
 * width and scale, title and subtitle, annotations, legend and sources, with a live preview drawn by the same page
 * painter as the file. The file is written by a background task; the dialog stays responsive.
 */
public final class ExportDialog extends Dialog<Path> {
    private static final double PREVIEW_WIDTH = 760;

    private final Corpus corpus;
    private final List<TimelineEvent> events;
    private final AnnotationDocument notes;
    private final VisibleRange visible;
    final RadioButton scopeVisible = new RadioButton("Visible window");
    final RadioButton scopeAll = new RadioButton("Whole timeline (as filtered)");
    final RadioButton scopeRange = new RadioButton("Dates");
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Spinner<Integer> width = new Spinner<>(400, 20_000, ExportOptions.DEFAULT_WIDTH, 100);
    final ChoiceBox<String> scale = new ChoiceBox<>();
    final TextField title = new TextField();
    final TextField subtitle = new TextField();
    final CheckBox annotations = new CheckBox("Annotations and stars");
    final CheckBox legend = new CheckBox("Legend");
    final CheckBox sources = new CheckBox("Sources footer");
    final ChoiceBox<LabelPolicy> labels = new ChoiceBox<>();
    final ImageView preview = new ImageView();
    final Label size = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(200));
    private final boolean dark;
    private final org.chronoscope.model.layout.LaneMode lanes;
    private final boolean compressed;
    private final TaskRunner tasks;

    public ExportDialog(Window owner, TimelineView view, Corpus corpus, AnnotationDocument notes, TaskRunner tasks) {
        this.tasks = tasks;
        this.corpus = corpus;
        this.events = List.copyOf(view.getEvents());
        this.notes = notes;
        this.visible = view.getVisibleRange();
        this.dark = view.getTimelineStyle().isDark();
        this.lanes = view.getLaneMode();
        this.compressed = view.isCompressed();
        initOwner(owner);
        setTitle("Export PNG");
        setHeaderText(null);
        setResizable(true);
        ToggleGroup scope = new ToggleGroup();
        for (RadioButton r : List.of(scopeVisible, scopeAll, scopeRange)) {
            r.setToggleGroup(scope);
        }
        scopeAll.setSelected(true);
        if (visible != null) {
            from.setValue(visible.from());
            to.setValue(visible.to());
        }
        from.disableProperty().bind(scopeRange.selectedProperty().not());
        to.disableProperty().bind(scopeRange.selectedProperty().not());
        width.setEditable(true);
        double shown = view.contentWidth();
        width.getValueFactory().setValue(shown >= 400 ? (int) Math.round(shown) : ExportOptions.DEFAULT_WIDTH);
        scale.getItems().addAll("1×", "2×", "3×");
        scale.setValue("2×");
        title.setPromptText(corpus.name());
        subtitle.setPromptText("date range and event count");
        for (CheckBox c : List.of(annotations, legend, sources)) {
            c.setSelected(true);
        }
        labels.getItems().addAll(LabelPolicy.values());
        labels.setValue(LabelPolicy.ALL);
        labels.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LabelPolicy p) {
                return p == null ? "" : switch (p) {
                    case ALL -> "Every event that finds room";
                    case TOP -> "Only the most corroborated and the starred";
                    case STARRED -> "Only the starred events";
                };
            }

            @Override
            public LabelPolicy fromString(String text) {
                return LabelPolicy.ALL;
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label("Export"), new VBox(4, scopeVisible, scopeAll,
                new HBox(6, scopeRange, from, new Label("to"), to)));
        form.addRow(row++, new Label("Width"), new HBox(6, width, new Label("px at"), scale, size));
        form.addRow(row++, new Label("Title"), title);
        form.addRow(row++, new Label("Subtitle"), subtitle);
        form.addRow(row++, new Label("Include"), new HBox(12, annotations, legend, sources));
        form.addRow(row++, new Label("Labels"), labels);
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_WIDTH);
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setPrefViewportHeight(260);
        previewPane.setPrefViewportWidth(PREVIEW_WIDTH);
        progress.setVisible(false);
        progress.setPrefSize(24, 24);
        VBox content = new VBox(10, form, new Label("Preview"), previewPane, progress);
        content.setPadding(new Insets(4));
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            chooseAndExport(exportButton);
        });
        setResultConverter(b -> null);
        debounce.setOnFinished(e -> refreshPreview());
        List.of(scope.selectedToggleProperty(), from.valueProperty(), to.valueProperty(), width.valueProperty(),
                scale.valueProperty(), title.textProperty(), subtitle.textProperty(), annotations.selectedProperty(),
                legend.selectedProperty(), sources.selectedProperty(), labels.valueProperty()).forEach(p -> p.addListener(o -> debounce.playFromStart()));
        refreshPreview();
    }

    double scaleValue() {
        return Double.parseDouble(scale.getValue().replace("×", ""));
    }

    ExportOptions options() {
        String t = title.getText().isBlank() ? null : title.getText();
        String s = subtitle.getText().isBlank() ? null : subtitle.getText();
        return new ExportOptions(width.getValue(), scaleValue(), t, s, annotations.isSelected(), legend.isSelected(),
                sources.isSelected(), dark, lanes, compressed, labels.getValue());
    }

    EventQuery range() {
        LocalDate a = null;
        LocalDate b = null;
        if (scopeVisible.isSelected() && visible != null) {
            a = visible.from();
            b = visible.to();
        } else if (scopeRange.isSelected() && from.getValue() != null && to.getValue() != null) {
            a = from.getValue().isAfter(to.getValue()) ? to.getValue() : from.getValue();
            b = from.getValue().isAfter(to.getValue()) ? from.getValue() : to.getValue();
        }
        return EventQuery.between(a, b);
    }

    /** The window's events in the range; a picture shows dated events only. */
    private List<TimelineEvent> eventsInRange(EventQuery range) {
        return range.apply(events, corpus.actors()).stream().filter(e -> e.date().isResolved()).toList();
    }

    /** Draws the page small, on the FX thread (a page is laid out in milliseconds; encoding is what is slow). */
    void refreshPreview() {
        try {
            EventQuery range = range();
            ExportOptions options = options();
            TimelinePage page = PngExport.page(corpus, eventsInRange(range), range, notes, options);
            size.setText(String.format("= %d × %d px", options.pixelWidth(),
                    (int) Math.ceil(page.height() * options.scale())));
            double s = Math.min(1, PREVIEW_WIDTH * 1.5 / page.width());
            Pixels px = TiledRenderer.render(page, page.width(), page.height(), s);
            WritableImage img = new WritableImage(px.width(), px.height());
            img.getPixelWriter().setPixels(0, 0, px.width(), px.height(), PixelFormat.getIntArgbInstance(), px.argb(),
                    0, px.width());
            preview.setImage(img);
        } catch (ExportException | IllegalArgumentException e) {
            size.setText(e.getMessage());
        }
    }

    private void chooseAndExport(Button exportButton) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(corpus.name().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".png");
        File file = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (file == null) {
            return;
        }
        Path target = file.toPath().toString().toLowerCase().endsWith(".png") ? file.toPath()
                : Path.of(file.getPath() + ".png");
        export(target, exportButton);
    }

    /** Writes the PNG in the background; closes the dialog with the path when done, shows the error if not. */
    void export(Path target, Button exportButton) {
        EventQuery range = range();
        List<TimelineEvent> chosen = eventsInRange(range);
        ExportOptions options = options();
        Task<PngExport.Result> task = new Task<>() {
            @Override
            protected PngExport.Result call() throws Exception {
                return PngExport.export(corpus, chosen, range, notes, options, target, AtomicFileSink.INSTANCE);
            }
        };
        progress.visibleProperty().bind(task.runningProperty());
        exportButton.disableProperty().bind(task.runningProperty());
        tasks.run(task, r -> {
            setResult(target);
            close();
        }, e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, TaskRunner.message(e), ButtonType.OK);
            alert.initOwner(getDialogPane().getScene().getWindow());
            alert.setHeaderText("The PNG could not be exported");
            alert.showAndWait();
        });
    }
}
