package org.chronoscope.app;

import org.chronoscope.model.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.chronoscope.app.task.TaskRunner;
import org.chronoscope.load.ArticleKind;
import org.chronoscope.load.LinkFetcher;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The window's small dialogs: choosing a folder or an article, asking for a link, the shortcut sheet, About. */
final class WindowDialogs {
    private WindowDialogs() {
    }

    static Optional<Path> chooseFolder(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.text("dialog.openFolder.title"));
        File f = chooser.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    static Optional<Path> chooseArticle(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("dialog.addArticle.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("dialog.addArticle.articles"), ArticleKind.allPatterns()));
        for (ArticleKind kind : ArticleKind.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        }
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(x -> Path.of(x.getAbsolutePath()));
    }

    /** File → Open link… (Ctrl+L): a web address, from the clipboard if it holds one; a bad one is said so. */
    static Optional<URI> askForLink(Window owner, TaskRunner.ErrorReporter errors) {
        Clipboard clip = Clipboard.getSystemClipboard();
        String offered = clip.hasUrl() ? clip.getUrl() : clip.hasString() ? clip.getString().strip() : "";
        TextInputDialog ask = new TextInputDialog(offered.matches("(?i)https?://\\S+") ? offered : "");
        ask.initOwner(owner);
        ask.setTitle(Messages.text("dialog.link.title"));
        ask.setHeaderText(Messages.text("dialog.link.header"));
        ask.setContentText(Messages.text("dialog.link.address"));
        ask.getEditor().setPrefColumnCount(48);
        Optional<String> text = ask.showAndWait();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LinkFetcher.parse(text.get()));
        } catch (LinkFetcher.FetchException e) {
            errors.failed(Messages.text("dialog.link.bad"), e.getMessage());
            return Optional.empty();
        }
    }

    static void shortcuts(Window owner, String sheet) {
        TextArea text = new TextArea(sheet);
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefSize(600, 480);
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle(Messages.text("dialog.shortcuts.title"));
        a.setHeaderText(Messages.text("dialog.shortcuts.title"));
        a.getDialogPane().setContent(text);
        a.initOwner(owner);
        a.show();
    }

    static void about(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.text("dialog.about.text",
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version")));
        a.setTitle(Messages.text("dialog.about.title"));
        a.setHeaderText(Messages.text("dialog.about.header"));
        a.initOwner(owner);
        a.show();
    }

    static void warn(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text);
        a.setHeaderText(header);
        a.initOwner(owner);
        a.show();
    }
}
