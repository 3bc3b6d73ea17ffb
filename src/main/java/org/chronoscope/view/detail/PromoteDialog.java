package org.chronoscope.view.detail;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Promotes an extracted event to a curated one: its title and date (start, optional end, precision), with the
 * event's own as defaults. An unchanged date is returned as the event's own (the article's words stay its
 * basis); an edited one is returned as typed by hand. Returns null when cancelled.
 */
public final class PromoteDialog extends Dialog<PromoteDialog.Result> {

    /** What the user chose. */
    public record Result(String title, EventDate date) {
    }

    /** "25 Nov 2025" (also reads 2025-11-25). */
    private static final StringConverter<LocalDate> DAYS = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : DateWords.dayMonthYear(d);
        }

        @Override
        public LocalDate fromString(String s) {
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return DateWords.parseDayMonthYear(s);
            } catch (java.time.format.DateTimeParseException e) {
                return LocalDate.parse(s.strip());
            }
        }
    };

    private final TextField title = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final ComboBox<Precision> precision = new ComboBox<>();
    private final Label problem = new Label();

    public PromoteDialog(Window owner, TimelineEvent event) {
        initOwner(owner);
        setTitle("Promote to curated event");
        String shortTitle = event.title().length() > 60 ? event.title().substring(0, 59) + "…" : event.title();
        setHeaderText("Save “" + shortTitle + "”\ninto the corpus catalogue (events.json) as a curated event.");
        getDialogPane().setPrefWidth(580);
        start.setConverter(DAYS);
        end.setConverter(DAYS);
        start.setPromptText("25 Nov 2025");
        EventDate own = event.date();
        title.setText(event.title());
        title.setPrefColumnCount(32);
        title.setId("promote-title");
        start.setValue(own.start());
        start.setId("promote-start");
        end.setValue(own.isRange() ? own.end() : null);
        end.setId("promote-end");
        end.setPromptText("optional");
        precision.getItems().setAll(Precision.values());
        precision.setValue(own.precision());
        precision.setId("promote-precision");
        precision.setConverter(new StringConverter<>() {
            @Override
            public String toString(Precision p) {
                return p == null ? "" : p.id();
            }

            @Override
            public Precision fromString(String s) {
                return Precision.fromId(s);
            }
        });
        problem.getStyleClass().add("dialog-problem");
        problem.setId("promote-problem");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Title"), title);
        grid.addRow(1, new Label("Start"), start);
        grid.addRow(2, new Label("End"), end);
        grid.addRow(3, new Label("Precision"), precision);
        grid.add(problem, 1, 4);
        Label hint = new Label("An unchanged date keeps the article's words as its basis; a changed one is saved"
                + " as typed by hand.");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.getStyleClass().add("placeholder");
        grid.add(hint, 1, 5);
        getDialogPane().setContent(grid);
        ButtonType promote = new ButtonType("Promote", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(promote, ButtonType.CANCEL);
        problem.textProperty().bind(Bindings.createStringBinding(this::problemText, title.textProperty(),
                start.valueProperty(), end.valueProperty(), precision.valueProperty()));
        BooleanBinding invalid = problem.textProperty().isNotEmpty();
        getDialogPane().lookupButton(promote).disableProperty().bind(invalid);
        setResultConverter(b -> b == promote ? new Result(title.getText().strip(), chosenDate(own)) : null);
        Platform.runLater(title::requestFocus);
    }

    private String problemText() {
        if (title.getText() == null || title.getText().isBlank()) {
            return "The title cannot be empty.";
        }
        if (start.getValue() == null) {
            return "Choose the day it started.";
        }
        if (end.getValue() != null && end.getValue().isBefore(start.getValue())) {
            return "The end is before the start.";
        }
        if (precision.getValue() == null) {
            return "Choose how precisely the date is known.";
        }
        return "";
    }

    /** The event's own date when the fields still say it, else the date as typed by hand. */
    EventDate chosenDate(EventDate own) {
        LocalDate s = start.getValue();
        LocalDate e = end.getValue() != null && !end.getValue().equals(s) ? end.getValue() : null;
        LocalDate ownEnd = own.isRange() ? own.end() : null;
        if (Objects.equals(s, own.start()) && Objects.equals(e, ownEnd) && precision.getValue() == own.precision()) {
            return own;
        }
        return new EventDate(s, e, precision.getValue(), DateBasis.handTyped("entered when promoting the event"));
    }

    public TextField titleField() {
        return title;
    }

    public DatePicker startPicker() {
        return start;
    }

    public DatePicker endPicker() {
        return end;
    }

    public ComboBox<Precision> precisionBox() {
        return precision;
    }
}
