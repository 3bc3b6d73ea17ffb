package org.chronoscope.app.cli;

import java.util.List;
import java.util.Set;

/**
 * One option of the command line, as {@link Options} declares it: its name, what its value looks like, the
 * line of help the usage shows, and how its text becomes a value. A command (an option that makes Chronoscope
 * run headless and exit) also says which groups of options it takes.
 *
 * @param <T> the value's type ({@code Boolean} for a flag)
 */
public final class Option<T> {
    /** Where an option belongs; a command takes the groups it names. */
    public enum Group {
        /** Options that go with anything: --corpus, --help. */
        GENERAL,
        /** The options that make Chronoscope run headless and exit (--dump-events, --export-png…). */
        COMMAND,
        /** Which events: the options of the one event query (--from, --to, --actor, --category). */
        FILTER,
        /** How the picture looks (--width, --scale, --title…). */
        PICTURE
    }

    /** Turns an option's text into its value; a bad text is a {@link UsageException} naming the option. */
    @FunctionalInterface
    public interface Converter<T> {
        T convert(String option, String text) throws UsageException;
    }

    private final String name;
    private final String alias;
    private final String label;
    private final String help;
    private final Group group;
    private final Converter<T> converter;
    private final boolean repeatable;
    private final Set<Group> takes;
    private final boolean alone;

    private Option(String name, String alias, String label, String help, Group group, Converter<T> converter,
                   boolean repeatable, Set<Group> takes, boolean alone) {
        this.name = name;
        this.alias = alias;
        this.label = label;
        this.help = help;
        this.group = group;
        this.converter = converter;
        this.repeatable = repeatable;
        this.takes = takes;
        this.alone = alone;
    }

    /** An option without a value ("--dark"). */
    public static Option<Boolean> flag(String name, Group group, String help) {
        return new Option<>(name, null, null, help, group, (o, t) -> Boolean.TRUE, false, Set.of(), false);
    }

    /** An option with one value ("--corpus DIR"); given twice it is an error. */
    public static <T> Option<T> value(String name, String label, Group group, Converter<T> converter, String help) {
        return new Option<>(name, null, label, help, group, converter, false, Set.of(), false);
    }

    /** An option that may be given several times ("--actor ID"). */
    public static <T> Option<T> repeatable(String name, String label, Group group, Converter<T> converter,
                                           String help) {
        return new Option<>(name, null, label, help, group, converter, true, Set.of(), false);
    }

    /** A command with its output ("--dump-events FILE|-"), taking the option groups named. */
    public static Option<String> command(String name, String label, String help, Group... takes) {
        return new Option<>(name, null, label, help, Group.COMMAND, Options::text, false, Set.of(takes), false);
    }

    /** The same option, also spelled {@code alias} ("-h"). */
    public Option<T> withAlias(String newAlias) {
        return new Option<>(name, newAlias, label, help, group, converter, repeatable, takes, alone);
    }

    /** The same command, which runs only by itself (no other command on the same line). */
    public Option<T> alone() {
        return new Option<>(name, alias, label, help, group, converter, repeatable, takes, true);
    }

    public String name() {
        return name;
    }

    /** The spellings that select this option. */
    public List<String> names() {
        return alias == null ? List.of(name) : List.of(name, alias);
    }

    /** What the value looks like in the usage ("DIR"), or null for a flag. */
    public String label() {
        return label;
    }

    public String help() {
        return help;
    }

    public Group group() {
        return group;
    }

    public boolean isFlag() {
        return label == null;
    }

    public boolean isRepeatable() {
        return repeatable;
    }

    public boolean isCommand() {
        return group == Group.COMMAND;
    }

    /** For a command: whether it takes the options of that group. */
    public boolean takes(Group g) {
        return takes.contains(g);
    }

    /** For a command: whether it refuses other commands on the same line. */
    public boolean isAlone() {
        return alone;
    }

    T convert(String text) throws UsageException {
        return converter.convert(name, text);
    }

    /** "--corpus DIR", "--help, -h". */
    String synopsis() {
        String names = alias == null ? name : name + ", " + alias;
        return label == null ? names : names + " " + label;
    }

    @Override
    public String toString() {
        return name;
    }
}
