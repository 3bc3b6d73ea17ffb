package org.chronoscope.app.cli;

import java.util.List;

/** The usage text, made from the table of options: what {@code --help} prints and what follows a bad option. */
public final class Usage {
    private static final int HELP_COLUMN = 26;
    private static final int WIDTH = 100;

    private Usage() {
    }

    public static String text() {
        return text(new CommandLine(Options.ALL));
    }

    static String text(CommandLine line) {
        StringBuilder s = new StringBuilder();
        s.append("Usage: java -jar chronoscope.jar [--corpus DIR] [COMMAND...] [OPTIONS]\n");
        s.append("Without a command the window opens. A command works without a display, then exits.\n");
        section(s, line.table(), Option.Group.COMMAND, "\nCommands:\n");
        section(s, line.table(), Option.Group.FILTER, "\nWhich events (with " + line.takers(Option.Group.FILTER)
                + "):\n");
        section(s, line.table(), Option.Group.PICTURE, "\nThe picture (with " + line.takers(Option.Group.PICTURE)
                + "):\n");
        section(s, line.table(), Option.Group.GENERAL, "\nGeneral:\n");
        s.append("\nExit status: 0 done; 2 bad options, or nothing usable could be loaded; 1 the output could not"
                + " be written.\n");
        return s.toString();
    }

    private static void section(StringBuilder s, List<Option<?>> table, Option.Group group, String heading) {
        s.append(heading);
        for (Option<?> o : table) {
            if (o.group() != group) {
                continue;
            }
            String synopsis = "  " + o.synopsis();
            s.append(synopsis);
            if (synopsis.length() >= HELP_COLUMN) {
                s.append('\n').append(" ".repeat(HELP_COLUMN));
            } else {
                s.append(" ".repeat(HELP_COLUMN - synopsis.length()));
            }
            wrap(s, o.help());
        }
    }

    /** The help text from the help column, wrapped at {@link #WIDTH}, continuation lines indented to the column. */
    private static void wrap(StringBuilder s, String help) {
        int column = HELP_COLUMN;
        for (String word : help.split(" ")) {
            if (column > HELP_COLUMN && column + 1 + word.length() > WIDTH) {
                s.append('\n').append(" ".repeat(HELP_COLUMN));
                column = HELP_COLUMN;
            } else if (column > HELP_COLUMN) {
                s.append(' ');
                column++;
            }
            s.append(word);
            column += word.length();
        }
        s.append('\n');
    }
}
