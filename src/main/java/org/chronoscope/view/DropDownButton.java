package org.chronoscope.view;

import javafx.css.PseudoClass;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import java.util.function.Supplier;

/**
 * A button with a drop arrow that opens a menu under it (click, Space, Enter, ↓ or F4). Unlike a
 * {@code MenuButton}, whose skin builds its popup with the window, the menu here is made the first time it
 * opens: a window with several drop-downs starts without their popups.
 */
public class DropDownButton extends Button {
    private static final PseudoClass SHOWING = PseudoClass.getPseudoClass("showing");

    private final Supplier<ContextMenu> menuFactory;
    private ContextMenu menu;

    /** A drop-down whose menu the subclass makes in {@link #makeMenu()}. */
    protected DropDownButton(String text) {
        this(text, null);
    }

    /** @param menuFactory makes the menu when it first opens */
    public DropDownButton(String text, Supplier<ContextMenu> menuFactory) {
        super(text);
        this.menuFactory = menuFactory;
        getStyleClass().add("drop-down-button");
        Region arrow = new Region();
        arrow.getStyleClass().add("drop-arrow");
        setGraphic(arrow);
        setContentDisplay(ContentDisplay.RIGHT);
        setOnAction(e -> show());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.F4) {
                show();
                e.consume();
            }
        });
    }

    /** Opens the menu under the button. */
    public void show() {
        ContextMenu m = menu();
        if (!m.isShowing()) {
            m.show(this, Side.BOTTOM, 0, 0);
        }
    }

    public void hide() {
        if (menu != null) {
            menu.hide();
        }
    }

    public boolean isShowing() {
        return menu != null && menu.isShowing();
    }

    /** The menu, made now if it has not been opened yet. */
    public ContextMenu menu() {
        if (menu == null) {
            menu = makeMenu();
            menu.showingProperty().addListener((o, a, b) -> pseudoClassStateChanged(SHOWING, b));
        }
        return menu;
    }

    /** The menu if it has been made (it is made on first opening), else null. */
    public ContextMenu menuIfMade() {
        return menu;
    }

    /** Makes the menu, the first time it is needed. */
    protected ContextMenu makeMenu() {
        return menuFactory.get();
    }
}
