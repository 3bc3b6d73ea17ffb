package org.chronoscope.app.cli;

import java.io.IOException;
import java.util.List;
import org.chronoscope.load.EventJson;
import org.chronoscope.model.TimelineEvent;

/** {@code --dump-events FILE|-}: the events the filter options leave, as JSON (README: the event model). */
final class DumpEventsCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException, IOException {
        List<TimelineEvent> events = Filters.query(run.args(), run.corpus()).apply(run.corpus());
        Output.json(run.args().value(Options.DUMP_EVENTS), run.out(), EventJson.dump(events));
        return 0;
    }
}
