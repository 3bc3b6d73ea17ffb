package org.chronoscope.app.command;

import java.util.List;

/**
 * The keyboard-shortcut sheet (F1): the timeline's own gestures, then every command that has an accelerator, from
 * the {@link CommandTable} (so a new command with a shortcut is listed without anyone editing this text).
 */
public final class ShortcutSheet {
    /** What the timeline control does with the mouse and keys by itself (its behaviour), not through commands. */
    static final List<String[]> TIMELINE = List.of(
            new String[] {"Mouse wheel / pinch", "zoom around the pointer"},
            new String[] {"Shift+wheel, drag", "pan"},
            new String[] {"Ctrl/Shift+drag on axis", "zoom to that range"},
            new String[] {"+ / −", "zoom in / out"},
            new String[] {"Home", "fit all"},
            new String[] {"← / →", "previous / next event (kept in view)"},
            new String[] {"Shift+← / Shift+→", "pan"},
            new String[] {"Page Up / Page Down", "pan by a screen"},
            new String[] {"Enter, double-click", "zoom to the selected event"},
            new String[] {"Esc", "clear the selection"},
            new String[] {"Click a cluster or +N", "zoom into it"},
            new String[] {"Right-click, Alt+drag axis", "annotate an event, a date, a date range"});

    private ShortcutSheet() {
    }

    public static String text(CommandTable table) {
        StringBuilder s = new StringBuilder("Timeline\n");
        for (String[] line : TIMELINE) {
            line(s, line[0], line[1]);
        }
        s.append("\nWindow\n");
        for (Command c : table.all()) {
            if (c.accelerator() != null) {
                line(s, c.acceleratorText(), c.help());
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String keys, String what) {
        s.append("  ").append(keys).append(" ".repeat(Math.max(1, 28 - keys.length()))).append(what).append('\n');
    }
}
