package org.chronoscope.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronoscope.load.CorpusTimex;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.load.timex.TimexJson;
import org.chronoscope.model.TemporalExpression;

/** {@code --dump-timex FILE|-}: every date expression of the corpus, as JSON (README, docs/timex.md). */
final class DumpTimexCommand implements Command {
    @Override
    public int run(CommandRun run) throws IOException {
        List<TemporalExpression> found = CorpusTimex.of(run.corpus(), new TemporalTagger());
        Output.write(run.args().value(Options.DUMP_TIMEX), run.out(),
                o -> TimexJson.write(found, new OutputStreamWriter(o, StandardCharsets.UTF_8)));
        return 0;
    }
}
