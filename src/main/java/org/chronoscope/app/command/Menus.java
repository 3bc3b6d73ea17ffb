package org.chronoscope.app.command;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The menu bar, drawn from the {@link CommandTable}: one menu item per command, with its accelerator. */
public final class Menus {
    private Menus() {
    }

    public static MenuBar bar(CommandTable table) {
        MenuBar bar = new MenuBar();
        Map<String, ToggleGroup> groups = new HashMap<>();
        for (CommandTable.MenuSpec spec : table.menus()) {
            Menu menu = new Menu(spec.title());
            fill(menu, spec.entries(), table, groups);
            bar.getMenus().add(menu);
        }
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void fill(Menu menu, List<CommandTable.Entry> entries, CommandTable table,
                             Map<String, ToggleGroup> groups) {
        for (CommandTable.Entry e : entries) {
            if (e instanceof CommandTable.Separator) {
                menu.getItems().add(new SeparatorMenuItem());
            } else if (e instanceof CommandTable.Submenu sub) {
                Menu inner = new Menu(sub.title());
                fill(inner, sub.entries(), table, groups);
                menu.getItems().add(inner);
            } else if (e instanceof CommandTable.Item item) {
                menu.getItems().add(item(table.get(item.id()), groups));
            }
        }
    }

    static MenuItem item(Command c, Map<String, ToggleGroup> groups) {
        MenuItem item;
        if (c.radioGroup() != null) {
            RadioMenuItem radio = new RadioMenuItem(c.text());
            radio.setToggleGroup(groups.computeIfAbsent(c.radioGroup(), g -> new ToggleGroup()));
            radio.setSelected(c.selected().get());
            c.selected().addListener((o, a, b) -> radio.setSelected(b));
            radio.setOnAction(e -> c.selected().set(true));
            item = radio;
        } else if (c.selected() != null) {
            CheckMenuItem check = new CheckMenuItem(c.text());
            check.selectedProperty().bindBidirectional(c.selected());
            item = check;
        } else {
            item = new MenuItem(c.text());
            item.setOnAction(e -> c.run());
        }
        item.setId("menu-" + c.id());
        if (c.accelerator() != null) {
            item.setAccelerator(KeyCombination.keyCombination(c.accelerator()));
        }
        if (c.disabled() != null) {
            item.disableProperty().bind(c.disabled());
        }
        if (c.dynamicText() != null) {
            item.textProperty().bind(c.dynamicText());
        }
        return item;
    }
}
