package org.chronoscope.view;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

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
        EventHandler<MouseEvent> onEnter = new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, onEnter);
    }
}
