package org.chronoscope.view.reader;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

import java.util.Locale;

/**
 * One article, with every event passage highlighted. {@link #show(Passage)} opens an article scrolled to a passage;
 * clicking a highlight selects its event through {@link #selectedEventProperty()} (bind it to the timeline's).
 */
public final class ReaderPane extends BorderPane {

    private final ObjectProperty<Corpus> corpus = new SimpleObjectProperty<>(this, "corpus");
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Passage> shownPassage = new ReadOnlyObjectWrapper<>(this, "shownPassage");
    private final Label header = new Label();
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);

    public ReaderPane() {
        getStyleClass().add("reader-pane");
        header.getStyleClass().add("reader-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setText("Reader — open a passage from the detail pane to read it in its article.");
        flow.getStyleClass().add("reader-text");
        flow.setPadding(new Insets(8, 14, 14, 14));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        setTop(new VBox(header));
        setCenter(scroll);
        selectedEvent.addListener((o, a, b) -> restyle());
        corpus.addListener(o -> { // invalidation: a change listener would compare whole corpora
            corpus.get();
            article.set(null);
            shownPassage.set(null);
            flow.getChildren().clear();
        });
    }

    /** Opens the passage's article, highlights the passage and scrolls it into view. */
    public void show(Passage p) {
        Corpus c = corpus.get();
        Article a = c == null ? null : c.article(p.article()).orElse(null);
        if (a == null) {
            header.setText("Article " + p.article() + " is not in this corpus.");
            return;
        }
        if (a != article.get()) {
            article.set(a);
            rebuild(a, c);
        }
        shownPassage.set(p);
        restyle();
        scrollTo(p);
    }

    private void rebuild(Article a, Corpus c) {
        String date = a.published() == null ? "undated" : DateWords.articleDay(a);
        String outlet = a.meta().outlet() != null ? a.meta().outlet() + " · " : "";
        header.setText(a.displayTitle() + "   —   " + outlet + date + " · " + a.fileName());
        flow.getChildren().clear();
        String text = a.text();
        for (PassageSegments.Segment s : PassageSegments.of(a.fileName(), text.length(), c.events())) {
            Text t = new Text(text.substring(s.start(), s.end()));
            t.getStyleClass().add("reader-run");
            if (s.isPassage()) {
                t.getStyleClass().add("passage");
                t.setUserData(s);
                t.setCursor(Cursor.HAND);
                t.setOnMouseClicked(e -> selectedEvent.set(next(s)));
                Tooltip.install(t, new Tooltip(s.events().get(0).title()
                        + (s.events().size() > 1 ? " (+" + (s.events().size() - 1) + " more)" : "")));
            }
            flow.getChildren().add(t);
        }
    }

    /** Clicking a run reporting several events cycles through them. */
    private TimelineEvent next(PassageSegments.Segment s) {
        int i = s.events().indexOf(selectedEvent.get());
        return s.events().get((i + 1) % s.events().size());
    }

    private void restyle() {
        TimelineEvent sel = selectedEvent.get();
        Passage shown = shownPassage.get();
        for (var node : flow.getChildren()) {
            if (node.getUserData() instanceof PassageSegments.Segment s) {
                boolean current = sel != null && s.events().contains(sel);
                boolean opened = shown != null && s.start() >= shown.start() && s.end() <= shown.end()
                        && s.passages().contains(shown);
                setClass(node, "current", current);
                setClass(node, "opened", opened);
            }
        }
    }

    private static void setClass(javafx.scene.Node n, String cls, boolean on) {
        if (on && !n.getStyleClass().contains(cls)) {
            n.getStyleClass().add(cls);
        } else if (!on) {
            n.getStyleClass().remove(cls);
        }
    }

    private void scrollTo(Passage p) {
        Text target = nodeAt(p.start());
        if (target == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds b = target.getBoundsInParent();
        double contentH = flow.getBoundsInLocal().getHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH > viewH) {
            double y = Math.max(0, b.getMinY() - viewH / 3);
            scroll.setVvalue(Math.min(1, y / (contentH - viewH)));
        }
    }

    /** The text run holding an offset, or null. */
    public Text nodeAt(int offset) {
        for (var node : flow.getChildren()) {
            if (node.getUserData() instanceof PassageSegments.Segment s && s.start() <= offset && offset < s.end()) {
                return (Text) node;
            }
        }
        return null;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }

    public ObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Passage> shownPassageProperty() {
        return shownPassage.getReadOnlyProperty();
    }
}
