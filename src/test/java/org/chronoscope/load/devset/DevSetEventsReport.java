package org.chronoscope.load.devset;

import java.util.HashSet;
import java.util.Set;
import org.chronoscope.model.Corpus;

/**
 * Prints the events score of the dev set, whole and by split (dev: the articles rules may be written next to;
 * test: the quarter never looked at). Not a test.
 * <pre>java -cp target/classes:target/test-classes:DEPS org.chronoscope.load.devset.DevSetEventsReport [all]</pre>
 * With "all", also every error of the dev split (the test split's errors are not printed, to keep them unseen).
 */
public final class DevSetEventsReport {
    private DevSetEventsReport() {
    }

    public static void main(String[] args) {
        Corpus c = DevSet.corpus();
        Set<String> test = new HashSet<>();
        DevSet.goldArticles("test").forEach(a -> test.add(a.get("file").asText()));
        DevSetEvents all = DevSetEvents.score(c.events());
        DevSetEvents dev = DevSetEvents.score(c.events(), a -> !test.contains(a));
        DevSetEvents held = DevSetEvents.score(c.events(), test::contains);
        System.out.println("all:   " + all.summary());
        System.out.println("dev:   " + dev.summary());
        System.out.println("test:  " + held.summary());
        if (args.length > 0) {
            System.out.println(String.join("\n", dev.errors()));
        }
    }
}
