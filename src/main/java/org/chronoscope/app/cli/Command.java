package org.chronoscope.app.cli;

import java.io.IOException;

/**
 * What a command of the command line does, once the corpus is loaded. Returns the exit status; a bad option
 * value found only now (an unknown actor id) is a {@link UsageException} (status 2), an output that cannot be
 * written an {@link IOException} (status 1).
 */
@FunctionalInterface
public interface Command {
    int run(CommandRun run) throws UsageException, IOException;
}
