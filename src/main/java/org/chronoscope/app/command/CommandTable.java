package org.chronoscope.app.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The window's commands, and where they show: the menus (in order, with separators and submenus) and the toolbar
 * (command buttons, separators, a spacer and named slots for other controls). {@link Menus}, {@link Toolbars} and
 * {@link ShortcutSheet} draw from it.
 */
public final class CommandTable {
    /** A line of a menu. */
    public sealed interface Entry permits Item, Separator, Submenu {
    }

    public record Item(String id) implements Entry {
    }

    public record Separator() implements Entry {
    }

    public record Submenu(String title, List<Entry> entries) implements Entry {
    }

    public record MenuSpec(String title, List<Entry> entries) {
    }

    /** In a toolbar layout: a vertical separator. */
    public static final String SEPARATOR = "|";
    /** In a toolbar layout: the space that pushes what follows to the right. */
    public static final String SPACER = "~";
    /** In a toolbar layout, {@code SLOT + name}: a control that is not a command (a filter, the search field). */
    public static final String SLOT = "@";

    private final Map<String, Command> byId = new LinkedHashMap<>();
    private final List<MenuSpec> menus = new ArrayList<>();
    private final List<String> toolbar = new ArrayList<>();

    public CommandTable add(Command... commands) {
        for (Command c : commands) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new IllegalArgumentException("two commands are called " + c.id());
            }
        }
        return this;
    }

    public Command get(String id) {
        Command c = byId.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no command " + id);
        }
        return c;
    }

    /** Every command, in the order added. */
    public List<Command> all() {
        return List.copyOf(byId.values());
    }

    /** A menu: command ids, "-" for a separator, and {@link #submenu}s. */
    public CommandTable menu(String title, Object... entries) {
        menus.add(new MenuSpec(title, entries(entries)));
        return this;
    }

    public static Submenu submenu(String title, Object... entries) {
        return new Submenu(title, entries(entries));
    }

    /** The toolbar: command ids, {@link #SEPARATOR}, {@link #SPACER} and {@link #SLOT} names. */
    public CommandTable toolbar(String... layout) {
        toolbar.addAll(List.of(layout));
        return this;
    }

    public List<MenuSpec> menus() {
        return List.copyOf(menus);
    }

    public List<String> toolbarLayout() {
        return List.copyOf(toolbar);
    }

    private static List<Entry> entries(Object... entries) {
        List<Entry> out = new ArrayList<>();
        for (Object e : entries) {
            if (e instanceof Entry entry) {
                out.add(entry);
            } else if ("-".equals(e)) {
                out.add(new Separator());
            } else {
                out.add(new Item((String) e));
            }
        }
        return out;
    }
}
