package org.chronoscope.app.command;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chronoscope.view.LazyTooltip;

import java.util.HashMap;
import java.util.Map;

/** The toolbar, drawn from the {@link CommandTable}'s layout: a button per command, and the named slots. */
public final class Toolbars {
    private Toolbars() {
    }

    /** @param slots the controls that are not commands, by the name the layout gives them */
    public static ToolBar bar(CommandTable table, Map<String, Node> slots) {
        ToolBar bar = new ToolBar();
        Map<String, ToggleGroup> groups = new HashMap<>();
        for (String entry : table.toolbarLayout()) {
            if (entry.equals(CommandTable.SEPARATOR)) {
                bar.getItems().add(new Separator(Orientation.VERTICAL));
            } else if (entry.equals(CommandTable.SPACER)) {
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                bar.getItems().add(spacer);
            } else if (entry.startsWith(CommandTable.SLOT)) {
                Node slot = slots.get(entry.substring(CommandTable.SLOT.length()));
                if (slot == null) {
                    throw new IllegalArgumentException("no control for toolbar slot " + entry);
                }
                bar.getItems().add(slot);
            } else {
                bar.getItems().add(button(table.get(entry), groups));
            }
        }
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    static ButtonBase button(Command c, Map<String, ToggleGroup> groups) {
        ButtonBase b;
        if (c.selected() != null) {
            ToggleButton t = new ToggleButton(c.toolbarText());
            if (c.radioGroup() != null) {
                ToggleGroup g = groups.computeIfAbsent(c.radioGroup(), k -> {
                    ToggleGroup group = new ToggleGroup();
                    // a radio set always has one chosen: clicking the chosen button keeps it chosen
                    group.selectedToggleProperty().addListener((o, was, now) -> {
                        if (now == null && was != null) {
                            was.setSelected(true);
                        }
                    });
                    return group;
                });
                t.setToggleGroup(g);
                t.setSelected(c.selected().get());
                c.selected().addListener((o, was, now) -> t.setSelected(now));
                t.selectedProperty().addListener((o, was, now) -> {
                    if (now) {
                        c.selected().set(true);
                    }
                });
            } else {
                t.selectedProperty().bindBidirectional(c.selected());
            }
            b = t;
        } else {
            Button button = new Button(c.toolbarText());
            button.setOnAction(e -> c.run());
            b = button;
        }
        b.setId(c.id());
        if (c.tooltip() != null) {
            LazyTooltip.install(b, c.tooltip());
        }
        if (c.disabled() != null) {
            b.disableProperty().bind(c.disabled());
        }
        return b;
    }
}
