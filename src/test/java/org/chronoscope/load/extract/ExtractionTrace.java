package org.chronoscope.load.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.Topics;
import org.chronoscope.load.actors.ActorRecognizer;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

/**
 * For looking at extraction by eye: every candidate of a corpus folder with its headline, every dated sentence set
 * aside with the reason, then the events. Not a test.
 * <pre>java -cp target/classes:target/test-classes:DEPS org.chronoscope.load.extract.ExtractionTrace FOLDER</pre>
 */
public final class ExtractionTrace {
    private ExtractionTrace() {
    }

    public static void main(String[] args) {
        Corpus c = CorpusLoader.load(Path.of(args[0]));
        ActorRecognizer recognizer = ActorRecognizer.bundled(new ArrayList<>());
        ArticleExtractor x = new ArticleExtractor(Topics.bundled()).tracing((a, s, reason) ->
                System.out.println("  <" + reason + "> " + a.text().substring(s.start(), s.end()).replace('\n', ' ')));
        for (Article a : c.articles()) {
            System.out.println("== " + a.fileName() + " (" + a.published() + ")");
            for (Candidate k : x.extract(a, recognizer.recognise(a)).candidates()) {
                System.out.println("  * " + k.passage().quote().replace('\n', ' ') + "\n      [" + k.date().basis().expression()
                        + " → " + k.date().start() + "] " + k.category().id() + " " + k.actors() + "\n      -> " + k.title());
            }
        }
        if (args.length > 1) {
            System.out.println("== events");
            for (TimelineEvent e : c.events()) {
                long articles = e.sources().stream().map(Passage::article).distinct().count();
                System.out.println(e.date().start() + " " + e.origin().id() + " ×" + articles + " " + e.title()
                        + (e.dispute() != null ? "   DISPUTE: " + e.dispute() : ""));
            }
        }
    }
}
