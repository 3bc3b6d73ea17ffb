package org.chronoscope.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one command-line parser: reads {@code --name VALUE}, {@code --name=VALUE} and flags against the table of
 * {@link Options}, converts each value, and checks that every option goes with the commands given. Plain loops
 * and no reflection: the window parses its {@code --corpus} here too, at every start.
 */
public final class CommandLine {
    private final List<Option<?>> table;

    public CommandLine(List<Option<?>> table) {
        this.table = List.copyOf(table);
    }

    /** The command line of Chronoscope: every option of {@link Options#ALL}. */
    public static Arguments parse(String... args) throws UsageException {
        return new CommandLine(Options.ALL).parseArgs(args);
    }

    public Arguments parseArgs(String... args) throws UsageException {
        Map<String, Option<?>> byName = new HashMap<>();
        for (Option<?> o : table) {
            for (String n : o.names()) {
                byName.put(n, o);
            }
        }
        Map<Option<?>, List<Object>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inline = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inline = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            Option<?> o = byName.get(arg);
            if (o == null) {
                throw new UsageException(arg.startsWith("-") && !arg.equals("-") ? "unknown option '" + arg + "'"
                        : "unexpected argument '" + arg + "'");
            }
            String text = inline;
            if (o.isFlag()) {
                if (inline != null) {
                    throw new UsageException(o.name() + " takes no value");
                }
            } else if (text == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(o.name() + " needs a value (" + o.label() + ")");
                }
                text = args[++i];
            }
            List<Object> values = given.computeIfAbsent(o, k -> new ArrayList<>());
            if (!values.isEmpty() && !o.isRepeatable()) {
                throw new UsageException(o.name() + " is given twice");
            }
            values.add(o.convert(text));
        }
        Arguments parsed = new Arguments(given);
        if (!parsed.has(Options.HELP)) {
            check(parsed);
        }
        return parsed;
    }

    /** Every option goes with each command given; a command that runs alone has no other command beside it. */
    private void check(Arguments parsed) throws UsageException {
        List<Option<?>> commands = parsed.commands();
        for (Option<?> c : commands) {
            if (c.isAlone() && commands.size() > 1) {
                Option<?> other = commands.get(commands.get(0) == c ? 1 : 0);
                throw new UsageException(other.name() + " cannot be combined with " + c.name());
            }
        }
        for (Option.Group g : Option.Group.values()) {
            if (g == Option.Group.GENERAL || g == Option.Group.COMMAND || !parsed.hasAny(g)) {
                continue;
            }
            Option<?> first = firstOf(parsed, g);
            for (Option<?> c : commands) {
                if (!c.takes(g)) {
                    throw new UsageException(first.name() + " does not go with " + c.name() + "; it goes with "
                            + takers(g));
                }
            }
            if (commands.isEmpty()) {
                throw new UsageException(first.name() + " goes with " + takers(g));
            }
        }
    }

    private Option<?> firstOf(Arguments parsed, Option.Group g) {
        for (Option<?> o : table) {
            if (o.group() == g && parsed.has(o)) {
                return o;
            }
        }
        throw new IllegalStateException("no option of " + g);
    }

    /** "--dump-events or --export-png": the commands that take a group. */
    String takers(Option.Group g) {
        List<String> names = new ArrayList<>();
        for (Option<?> o : table) {
            if (o.isCommand() && o.takes(g)) {
                names.add(o.name());
            }
        }
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    List<Option<?>> table() {
        return table;
    }
}
