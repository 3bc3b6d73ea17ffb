package org.chronoscope.view.detail;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.Actor;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Topic;
import org.chronoscope.view.timeline.EventText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The selected event in full: title, date with precision and basis, category, actors as coloured chips, topics,
 * a note where sources disagree, and every passage that reports it (outlet, date, quote with the dating words
 * and actors highlighted). Clicking a passage calls {@link #onOpenPassageProperty()}.
 */
public final class DetailPane extends ScrollPane {

    private final ObjectProperty<TimelineEvent> event = new SimpleObjectProperty<>(this, "event");
    private final ObjectProperty<Corpus> corpus = new SimpleObjectProperty<>(this, "corpus");
    private final ObjectProperty<Consumer<Passage>> onOpenPassage = new SimpleObjectProperty<>(this,
            "onOpenPassage");
    private final VBox content = new VBox(10);
    private final ObjectProperty<Consumer<TimelineEvent>> onPromote = new SimpleObjectProperty<>(this, "onPromote");

    public DetailPane() {
        getStyleClass().add("detail-pane");
        content.getStyleClass().add("detail-content");
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // invalidation listeners (rebuild reads both): change listeners would compare whole records
        event.addListener(o -> rebuild());
        corpus.addListener(o -> rebuild());
        onPromote.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        corpus.get(); // validates it, so its next change is heard
        TimelineEvent e = event.get();
        if (e == null) {
            Label hint = new Label("Select an event on the timeline to see when it happened, who took part, "
                    + "and the passages that report it.");
            hint.setWrapText(true);
            hint.getStyleClass().add("placeholder");
            content.getChildren().add(hint);
            setVvalue(0);
            return;
        }
        Label title = label(e.title(), "detail-title");
        title.setId("detail-title");
        Label date = label(EventText.dateLine(e.date()), "detail-date");
        date.setId("detail-date");
        String meta = e.category().label() + " · " + EventText.precision(e.date())
                + (e.origin() == Origin.EXTRACTED ? " · extracted automatically" : "");
        content.getChildren().addAll(title, date, label(meta, "detail-meta"));
        if (e.origin() == Origin.EXTRACTED && onPromote.get() != null) {
            javafx.scene.control.Button promote = new javafx.scene.control.Button("Promote to curated…");
            promote.setId("detail-promote");
            promote.setTooltip(new javafx.scene.control.Tooltip(
                    "Edit its title and date and save it into the corpus catalogue (events.json)"));
            promote.setOnAction(a -> onPromote.get().accept(e));
            content.getChildren().add(promote);
        }
        if (e.dispute() != null && !e.dispute().isBlank()) {
            Label dispute = label("⚠ Sources disagree: " + e.dispute(), "dispute");
            dispute.setId("detail-dispute");
            content.getChildren().add(dispute);
        }
        if (e.summary() != null && !e.summary().isBlank()) {
            content.getChildren().add(label(e.summary(), "detail-summary"));
        }
        content.getChildren().add(actorChips(e));
        if (!e.topics().isEmpty()) {
            FlowPane topics = new FlowPane(4, 4);
            e.topics().stream().sorted().map(Topic::label).forEach(t -> topics.getChildren().add(label(t, "topic")));
            content.getChildren().addAll(label("Issues", "detail-heading"), topics);
        }
        int articles = (int) e.sources().stream().map(Passage::article).distinct().count();
        content.getChildren().add(label("Reported by " + articles + (articles == 1 ? " article" : " articles")
                + (e.sources().size() > articles ? " (" + e.sources().size() + " passages)" : ""), "detail-heading"));
        for (Passage p : e.sources()) {
            content.getChildren().add(passageCard(e, p));
        }
        setVvalue(0);
    }

    private Node actorChips(TimelineEvent e) {
        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("actor-chips");
        for (String id : e.actors()) {
            Actor a = actor(id);
            Circle dot = new Circle(5);
            dot.setStyle("-fx-fill: " + (a != null && a.color() != null ? a.color() : "#888") + ";");
            Label chip = new Label(a == null ? id : a.name(), dot);
            chip.getStyleClass().add("actor-chip");
            if (a != null && a.role() != null && !a.role().isBlank()) {
                chip.setTooltip(new javafx.scene.control.Tooltip(a.role()));
            }
            chips.getChildren().add(chip);
        }
        return chips;
    }

    private Node passageCard(TimelineEvent e, Passage p) {
        Article article = corpus.get() == null ? null : corpus.get().article(p.article()).orElse(null);
        String outlet = article == null ? p.article()
                : (article.meta().outlet() != null ? article.meta().outlet() : article.displayTitle());
        String when = article != null && article.published() != null ? DateWords.day(article.published()) : "undated";
        int page = article == null ? 0 : article.pageAt(p.start());
        Label head = label(outlet + " · " + when + (page > 0 ? " · p. " + page : ""), "passage-source");
        TextFlow quote = new TextFlow();
        quote.getStyleClass().add("passage-quote");
        List<String> dateWords = new ArrayList<>();
        if (e.date().basis().expression() != null) {
            dateWords.add(e.date().basis().expression());
        }
        List<String> names = new ArrayList<>();
        for (String id : e.actors()) {
            Actor a = actor(id);
            if (a != null) {
                names.add(a.name());
                names.addAll(a.aliases());
            }
        }
        String q = p.quote();
        String[] marks = QuoteMarkup.enclosingMarks(q);
        quote.getChildren().add(new Text(marks[0]));
        for (QuoteMarkup.Run r : QuoteMarkup.runs(q, dateWords, names)) {
            Text t = new Text(q.substring(r.start(), r.end()));
            if (r.kind() != QuoteMarkup.Kind.PLAIN) {
                t.getStyleClass().add(r.kind() == QuoteMarkup.Kind.DATE ? "mark-date" : "mark-actor");
            }
            quote.getChildren().add(t);
        }
        quote.getChildren().add(new Text(marks[1]));
        Label open = label("Open in reader ›", "passage-open");
        VBox card = new VBox(4, head, quote, open);
        card.getStyleClass().add("passage-card");
        card.setFocusTraversable(true);
        card.setAccessibleText("Passage from " + outlet + ": " + q);
        card.setOnMouseClicked(ev -> open(p));
        card.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.ENTER || ev.getCode() == KeyCode.SPACE) {
                open(p);
                ev.consume();
            }
        });
        card.setUserData(p);
        return card;
    }

    private void open(Passage p) {
        if (onOpenPassage.get() != null) {
            onOpenPassage.get().accept(p);
        }
    }

    private Actor actor(String id) {
        return corpus.get() == null ? null : corpus.get().actor(id).orElse(null);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public ObjectProperty<TimelineEvent> eventProperty() {
        return event;
    }

    public ObjectProperty<Corpus> corpusProperty() {
        return corpus;
    }

    /** Called with a passage the user opens. */
    /** Called with an extracted event when the user asks to promote it; the button shows only when set. */
    public ObjectProperty<Consumer<TimelineEvent>> onPromoteProperty() {
        return onPromote;
    }

    public ObjectProperty<Consumer<Passage>> onOpenPassageProperty() {
        return onOpenPassage;
    }

}
