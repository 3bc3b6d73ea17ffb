package org.chronoscope.app;

import org.chronoscope.model.Messages;
import org.chronoscope.app.task.TaskRunner;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;

import java.io.File;
import java.net.URI;
import org.chronoscope.load.LinkFetcher;
import java.nio.file.Path;
import java.util.List;

/**
 * Files dropped on the window: a folder opens as the corpus, articles are added as File → Add article… does,
 * anything else gets a message. While dragging, an overlay says what the drop will do.
 */
final class CorpusDrop {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private final CorpusSession session;
    private final TaskRunner.ErrorReporter errors;
    private final Label message = new Label();
    private final StackPane overlay = new StackPane(message);

    CorpusDrop(CorpusSession session, TaskRunner.ErrorReporter errors) {
        this.session = session;
        this.errors = errors;
        overlay.getStyleClass().add("drop-overlay");
        overlay.setId("drop-overlay");
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        message.getStyleClass().add("drop-message");
        message.setId("drop-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        StackPane.setAlignment(message, Pos.CENTER);
    }

    /** The overlay, to lay over the window's centre. */
    Node overlay() {
        return overlay;
    }

    void install(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                hover(paths(e.getDragboard()));
                e.consume();
            } else if (link(e.getDragboard()) != null) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                hoverLink(link(e.getDragboard()));
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> leave());
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard db = e.getDragboard();
            URI link = db.hasFiles() ? null : link(db);
            boolean done = link != null ? dropLink(link) : db.hasFiles() && drop(paths(db));
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Shows what dropping these files would do. */
    void hover(List<Path> files) {
        DropPlan plan = DropPlan.of(files);
        message.setText(plan.describe());
        overlay.pseudoClassStateChanged(REFUSED, plan.isRefused());
        overlay.setVisible(true);
    }

    /** Shows that dropping this link fetches it into the corpus. */
    void hoverLink(URI link) {
        message.setText("Fetch “" + link.getHost() + link.getPath() + "” into the corpus");
        overlay.pseudoClassStateChanged(REFUSED, false);
        overlay.setVisible(true);
    }

    /** A link dropped from a browser: fetched in the background, saved into the corpus folder, loaded. */
    boolean dropLink(URI link) {
        leave();
        session.fetchLink(link);
        return true;
    }

    /** The web address a browser drags (as a URL, or as text), or null. */
    static URI link(Dragboard db) {
        String text = db.hasUrl() ? db.getUrl() : db.hasString() ? db.getString() : null;
        if (text == null || !text.strip().matches("(?i)https?://\\S+")) {
            return null;
        }
        try {
            return LinkFetcher.parse(text);
        } catch (LinkFetcher.FetchException e) {
            return null;
        }
    }

    void leave() {
        overlay.setVisible(false);
    }

    /** Does what dropping these files does; false (after telling the user why) when they cannot be used. */
    boolean drop(List<Path> files) {
        leave();
        DropPlan plan = DropPlan.of(files);
        if (plan.isRefused()) {
            errors.failed(Messages.text("drop.refused"), plan.problem());
            return false;
        }
        if (plan.folder() != null) {
            session.open(plan.folder());
        } else {
            session.addArticles(plan.articles());
        }
        return true;
    }

    private static List<Path> paths(Dragboard db) {
        return db.getFiles().stream().map(File::toPath).toList();
    }
}
