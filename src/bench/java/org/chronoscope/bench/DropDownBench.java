package org.chronoscope.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.chronoscope.app.MainWindow;
import org.chronoscope.app.WindowPrefs;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.PublicationDate;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.view.filter.MultiSelectButton;

/**
 * The Actors and Article drop-downs of the real window with thousands of entries (a synthetic corpus of 10,000
 * articles, 3,000 actors and 30,000 events): showing the corpus, opening each drop-down, typing into its search
 * field, and checking an entry (the filter, every drop-down's counts and the timeline follow). Each figure is the
 * FX thread's CPU time (ms) until the window and the drop-down are laid out again; headless, software pipeline.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.mainClass=org.chronoscope.bench.DropDownBench
 * [-Dexec.args="10000 3000 30000"]}
 */
public final class DropDownBench {
    private static final String[] SIDES = {"us", "russia", "ukraine", "europe", "other"};
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DropDownBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int actors = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int events = args.length > 2 ? Integer.parseInt(args[2]) : 30_000;
        HeadlessFx.start();
        Corpus corpus = corpus(articles, actors, events, 42);
        HeadlessFx.printAndExit(() -> run(corpus));
    }

    private static double cpuMs(Runnable r) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        r.run();
        return (THREADS.getCurrentThreadCpuTime() - t0) / 1e6;
    }

    private static String run(Corpus corpus) throws Exception {
        Preferences node = Preferences.userRoot().node("chronoscope-dropdown-bench");
        node.clear();
        Stage stage = new Stage();
        MainWindow window = new MainWindow(stage, new WindowPrefs(node));
        Scene scene = new Scene(window.root(), 1400, 900);
        stage.setScene(scene);
        stage.show();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%,d articles, %,d actors, %,d events (FX thread CPU ms)%n", corpus.articles().size(),
                corpus.actors().size(), corpus.events().size()));
        out.append(String.format(Locale.ROOT, "  show the corpus: %.0f ms%n", cpuMs(() -> {
            window.setCorpus(corpus);
            layout(scene);
        })));
        for (String id : List.of("#actor-filter", "#article-filter")) {
            @SuppressWarnings("unchecked")
            MultiSelectButton<String> picker = (MultiSelectButton<String>) scene.lookup(id);
            for (int pass = 0; pass < 2; pass++) {
                double open = cpuMs(() -> {
                    picker.show();
                    layout(picker.listView().getScene());
                });
                ListView<String> list = picker.listView();
                TextField search = (TextField) ((VBox) list.getParent()).getChildren().get(0);
                StringBuilder typed = new StringBuilder();
                double worstKey = 0;
                String word = id.equals("#actor-filter") ? "person 12" : "report 12";
                for (int k = 1; k <= word.length(); k++) {
                    String q = word.substring(0, k);
                    worstKey = Math.max(worstKey, cpuMs(() -> {
                        search.setText(q);
                        layout(list.getScene());
                    }));
                }
                typed.append(list.getItems().size());
                String first = list.getItems().isEmpty() ? null : list.getItems().get(0);
                double check = first == null ? 0 : cpuMs(() -> {
                    picker.selection().add(first);
                    layout(scene);
                    layout(list.getScene());
                });
                double uncheck = first == null ? 0 : cpuMs(() -> {
                    picker.selection().remove(first);
                    layout(scene);
                    layout(list.getScene());
                });
                search.setText("");
                double close = cpuMs(() -> {
                    picker.hide();
                    layout(scene);
                });
                out.append(String.format(Locale.ROOT, "  %s %s: open %.0f, worst keystroke %.0f (%s left), check %.0f, "
                                + "uncheck %.0f, close %.0f%n", id.substring(1), pass == 0 ? "first" : "again", open,
                        worstKey, typed, check, uncheck, close));
            }
        }
        stage.close();
        return out.toString();
    }

    private static void layout(Scene scene) {
        if (scene != null) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    /** Articles with one sentence each, people on five sides, events reported by one to three articles. */
    static Corpus corpus(int articleCount, int actorCount, int eventCount, long seed) {
        Random rnd = new Random(seed);
        LocalDate day0 = LocalDate.of(2024, 1, 1);
        List<Article> articles = new ArrayList<>(articleCount);
        for (int a = 0; a < articleCount; a++) {
            String text = "Report " + a + "\nOfficials met again on Monday, said report " + a + ".";
            int body = text.indexOf('\n') + 1;
            ArticleMeta meta = new ArticleMeta("Report " + a + " on the talks", "Outlet " + (a % 40), null, null,
                    "en", null, new PublicationDate(day0.plusDays(a % 700), DateSource.STAMP, null));
            articles.add(new Article(String.format(Locale.ROOT, "report-%05d.txt", a), text, meta,
                    List.of(new Paragraph(0, body - 1, BlockKind.HEADING),
                            new Paragraph(body, text.length(), BlockKind.BODY)),
                    List.of(new Sentence(body, text.length(), 1))));
        }
        List<Actor> actors = new ArrayList<>(actorCount + SIDES.length);
        for (String side : SIDES) {
            actors.add(new Actor(side, side.toUpperCase(Locale.ROOT), ActorKind.STATE, "", side, null, List.of(side),
                    "#888888", ActorOrigin.CATALOGUE));
        }
        for (int p = 0; p < actorCount; p++) {
            String side = SIDES[p % SIDES.length];
            String name = "Person " + p + " Reporter";
            actors.add(new Actor(String.format(Locale.ROOT, "p%05d", p), name, ActorKind.PERSON, "", side, side,
                    List.of(name), "#888888", ActorOrigin.DISCOVERED));
        }
        List<TimelineEvent> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            LocalDate day = day0.plusDays(rnd.nextInt(700));
            List<Passage> sources = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            for (int s = 0; s < n; s++) {
                Article a = articles.get(rnd.nextInt(articleCount));
                Sentence sent = a.sentences().get(0);
                sources.add(new Passage(a.fileName(), sent.start(), sent.end(), a.slice(sent.start(), sent.end())));
            }
            Actor person = actors.get(SIDES.length + rnd.nextInt(actorCount));
            events.add(new TimelineEvent(String.format(Locale.ROOT, "e%06d", i), "Meeting " + i, "Synthetic meeting.",
                    new EventDate(day, null, Precision.DAY, new DateBasis(BasisKind.STATED, day.toString(),
                            sources.get(0).article(), day, "stated")),
                    Category.values()[i % 8], List.of(person.side(), person.id()), List.of(), Set.of(), sources,
                    Origin.CURATED, null));
        }
        events.sort(java.util.Comparator.comparing((TimelineEvent e) -> e.date().start()).thenComparing(TimelineEvent::id));
        return new Corpus("dropdown-bench", "synthetic", articles, events, actors, List.of(), List.of(), List.of());
    }
}
