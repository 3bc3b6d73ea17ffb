package org.chronoscope.bench;

import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.chronoscope.app.MainWindow;
import org.chronoscope.app.WindowPrefs;
import org.chronoscope.model.Corpus;
import org.chronoscope.testing.SyntheticModel;

import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * Typing in the real window's search field over a synthetic corpus of 100,000 events (and as many passages): the
 * time from each keystroke to the window laid out again (the filter, the drop-downs' counts, the timeline's model
 * and frame), on the FX thread, headless, software pipeline, wall clock and the FX thread's CPU time (the figure
 * to read on a shared machine). Goal: under 100 ms a keystroke.
 * Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.SearchBench
 * [-Dexec.args="100000"]}
 */
public final class SearchBench {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final String TYPED = "treaty signed in kyiv #1";

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        HeadlessFx.start();
        Corpus corpus = SyntheticModel.corpus(n, 42);
        HeadlessFx.printAndExit(() -> run(corpus));
    }

    private static String run(Corpus corpus) throws Exception {
        Preferences node = Preferences.userRoot().node("chronoscope-search-bench");
        node.clear();
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, new WindowPrefs(node));
        Scene scene = new Scene(window.root(), 1400, 900);
        stage.setScene(scene);
        stage.show();
        window.setCorpus(corpus);
        scene.getRoot().layout();
        TextField search = (TextField) scene.lookup("#search-field");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d events, %,d passages%n",
                corpus.events().size(), corpus.events().stream().mapToInt(e -> e.sources().size()).sum()));
        for (int pass = 0; pass < 2; pass++) {
            double worst = 0;
            double sum = 0;
            double worstCpu = 0;
            double sumCpu = 0;
            for (int k = 1; k <= TYPED.length(); k++) {
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                search.setText(TYPED.substring(0, k));
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                double ms = (System.nanoTime() - t0) / 1e6;
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                worst = Math.max(worst, ms);
                sum += ms;
                worstCpu = Math.max(worstCpu, cpu);
                sumCpu += cpu;
                if (pass == 0 && k <= 3) {
                    out.append(String.format(Locale.ROOT, "  keystroke %d \"%s\": %.0f ms (%.0f ms CPU), %,d events "
                            + "shown%n", k, TYPED.substring(0, k), ms, cpu, window.timeline().getEvents().size()));
                }
            }
            out.append(String.format(Locale.ROOT, "%s typing \"%s\": mean %.0f ms, worst %.0f ms a keystroke; "
                    + "FX-thread CPU mean %.0f ms, worst %.0f ms (%,d events left)%n", pass == 0 ? "first" : "again",
                    TYPED, sum / TYPED.length(), worst, sumCpu / TYPED.length(), worstCpu,
                    window.timeline().getEvents().size()));
            search.setText("");
            scene.getRoot().layout();
        }
        node.removeNode();
        return out.toString();
    }
}
