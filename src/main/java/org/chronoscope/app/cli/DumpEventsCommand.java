package org.chronoscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronoscope.model.TimelineEvent;

/** {@code --dump-events FILE|-}: the events the filter options leave, as JSON (README: the event model). */
final class DumpEventsCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException, IOException {
        List<TimelineEvent> events = Filters.query(run.args(), run.corpus()).apply(run.corpus());
        var json = EventsJson.events(events);
        Output.write(run.args().value(Options.DUMP_EVENTS), run.out(), o -> {
            EventsJson.MAPPER.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(o, json);
            o.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
        });
        return 0;
    }
}
