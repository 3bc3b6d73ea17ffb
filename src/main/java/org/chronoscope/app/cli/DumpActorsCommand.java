package org.chronoscope.app.cli;

import java.io.IOException;

/** {@code --dump-actors FILE|-}: every actor of the corpus as JSON (README, docs/actors.md). */
final class DumpActorsCommand implements Command {
    @Override
    public int run(CommandRun run) throws IOException {
        Output.json(run.args().value(Options.DUMP_ACTORS), run.out(), ActorsJson.actors(run.corpus()));
        return 0;
    }
}
