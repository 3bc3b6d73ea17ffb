package org.chronoscope.app.cli;

import java.io.IOException;
import java.util.List;
import org.chronoscope.export.TimelineJsExport;
import org.chronoscope.model.TimelineEvent;

/** {@code --export-timelinejs FILE|-}: the dated events the filters leave, as TimelineJS3 JSON (README). */
final class ExportTimelineJsCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException, IOException {
        List<TimelineEvent> events = Filters.query(run.args(), run.corpus()).apply(run.corpus()).stream()
                .filter(e -> e.date().isResolved()).toList();
        if (events.isEmpty()) {
            throw new UsageException("nothing to export: no dated event matches the filters given");
        }
        String target = run.args().value(Options.EXPORT_TIMELINEJS);
        Output.write(target, run.out(), o -> TimelineJsExport.write(o, run.corpus(), events, null, null));
        if (!Output.isStandardOutput(target)) {
            run.out().printf("wrote %s (%d events, TimelineJS3 JSON)%n", target, events.size());
        }
        return 0;
    }
}
