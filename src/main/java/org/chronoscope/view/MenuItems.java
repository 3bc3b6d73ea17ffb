package org.chronoscope.view;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items as the menus build them: a text, an optional accelerator, an action. */
public final class MenuItems {
    private MenuItems() {
    }

    /** @param accelerator a {@link KeyCombination} spec such as "Shortcut+E", or null */
    public static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
