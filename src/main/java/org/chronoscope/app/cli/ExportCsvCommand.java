package org.chronoscope.app.cli;

import java.io.IOException;
import java.util.List;
import org.chronoscope.export.CsvExport;
import org.chronoscope.model.TimelineEvent;

/** {@code --export-csv FILE|-}: the events the filters leave, one CSV row each (README). */
final class ExportCsvCommand implements Command {
    @Override
    public int run(CommandRun run) throws UsageException, IOException {
        List<TimelineEvent> events = Filters.query(run.args(), run.corpus()).apply(run.corpus());
        if (events.isEmpty()) {
            throw new UsageException("nothing to export: no event matches the filters given");
        }
        String target = run.args().value(Options.EXPORT_CSV);
        Output.write(target, run.out(), o -> CsvExport.write(o, run.corpus(), events));
        if (!Output.isStandardOutput(target)) {
            run.out().printf("wrote %s (%d events, CSV)%n", target, events.size());
        }
        return 0;
    }
}
