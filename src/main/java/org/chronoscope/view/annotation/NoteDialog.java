package org.chronoscope.view.annotation;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

import java.util.Locale;

/** Writes or edits a note: multi-line text and a colour. Returns null when cancelled. */
public final class NoteDialog extends Dialog<NoteDialog.Result> {
    /** The colours offered first; any other can be picked. */
    public static final String[] SWATCHES = {"#d9480f", "#1c7ed6", "#2b8a3e", "#ae3ec9", "#e8590c", "#495057"};

    /** What the user wrote. */
    public record Result(String text, String color) {
    }

    private final TextArea text = new TextArea();
    private final ColorPicker color = new ColorPicker();

    public NoteDialog(Window owner, String title, String anchorText, String initialText, String initialColor) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(anchorText);
        text.setText(initialText == null ? "" : initialText);
        text.setPromptText("Your note (Enter for a new line)");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPrefColumnCount(32);
        text.getStyleClass().add("note-text");
        color.setValue(Color.web(initialColor == null ? SWATCHES[0] : initialColor));
        for (String s : SWATCHES) {
            color.getCustomColors().add(Color.web(s));
        }
        VBox box = new VBox(8, text, new HBox(8, new Label("Colour"), color));
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(text.textProperty().isEmpty());
        setResultConverter(b -> b == save ? new Result(text.getText().strip(), hex(color.getValue())) : null);
        Platform.runLater(text::requestFocus);
    }

    public TextArea textArea() {
        return text;
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
