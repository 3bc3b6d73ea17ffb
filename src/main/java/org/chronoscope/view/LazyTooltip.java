package org.chronoscope.view;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * A tooltip made when the pointer first reaches its control. Each {@link Tooltip} is a popup window; a toolbar
 * full of them would build a dozen windows before the first frame, for text most users never hover for.
 */
public final class LazyTooltip {
    private LazyTooltip() {
    }

    /** Gives the control this tooltip text (and, at once, the same accessible help). */
    public static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        install(control, () -> text);
    }

    /** A tooltip whose text is asked for each time the pointer arrives; null means no tooltip then. */
    public static void install(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (now == null) {
                control.setTooltip(null);
            } else if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(now));
            } else {
                control.getTooltip().setText(now);
            }
        });
    }
}
