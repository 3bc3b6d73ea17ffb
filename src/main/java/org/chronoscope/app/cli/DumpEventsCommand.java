package org.chronoscope.app.cli;

import java.io.IOException;
import org.chronoscope.load.EventJson;
import org.chronoscope.load.JsonFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronoscope.model.TimelineEvent;

/** {@code --dump-events FILE|-}: the events the filter options leave, as JSON (README: the event model). */
final class DumpEventsCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException, IOException {
        List<TimelineEvent> events = Filters.query(run.args(), run.corpus()).apply(run.corpus());
        var json = EventJson.dump(events);
        Output.write(run.args().value(Options.DUMP_EVENTS), run.out(), o -> {
            JsonFiles.writer().writeValue(o, json);
            o.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        });
        return 0;
    }
}
