package org.chronoscope.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed command line: the options given, with their converted values, in the order of {@link Options#ALL}. */
public final class Arguments {
    private final Map<Option<?>, List<Object>> given;

    Arguments(Map<Option<?>, List<Object>> given) {
        this.given = given;
    }

    /** No options at all. */
    public static Arguments none() {
        return new Arguments(new LinkedHashMap<>());
    }

    public boolean has(Option<?> option) {
        return given.containsKey(option);
    }

    /** The option's value, or null when it was not given. */
    @SuppressWarnings("unchecked")
    public <T> T value(Option<T> option) {
        List<Object> v = given.get(option);
        return v == null ? null : (T) v.get(v.size() - 1);
    }

    /** Every value of a repeatable option, in the order given; empty when it was not given. */
    @SuppressWarnings("unchecked")
    public <T> List<T> values(Option<T> option) {
        List<Object> v = given.get(option);
        return v == null ? List.of() : (List<T>) List.copyOf(v);
    }

    /** The commands given, in the table's order; empty: the window opens. */
    public List<Option<?>> commands() {
        List<Option<?>> out = new ArrayList<>();
        for (Option<?> o : Options.ALL) {
            if (o.isCommand() && given.containsKey(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** True when a group's options were given. */
    boolean hasAny(Option.Group group) {
        for (Option<?> o : given.keySet()) {
            if (o.group() == group) {
                return true;
            }
        }
        return false;
    }
}
