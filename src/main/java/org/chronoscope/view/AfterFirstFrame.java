package org.chronoscope.view;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import java.util.function.Supplier;

/**
 * A place in the window whose content joins the scene only after the scene's first layout pulse, so a cold start
 * spends its first frame on the timeline and not on panes that start empty (the reader, the notes list): their
 * CSS, skins and virtual flows are built a pulse later, while the first frame is already on screen.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** A holder that shows content from the pulse after its scene's first one. */
    public static StackPane holder(Node content) {
        return holder(() -> content);
    }

    /** A holder that makes its content and shows it from the pulse after its scene's first one. */
    public static StackPane holder(Supplier<? extends Node> content) {
        StackPane holder = new StackPane();
        holder.getStyleClass().add("after-first-frame");
        holder.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && holder.getChildren().isEmpty()) {
                fillAfterPulse(scene, holder, content);
            }
        });
        return holder;
    }

    private static void fillAfterPulse(Scene scene, StackPane holder, Supplier<? extends Node> content) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                if (holder.getChildren().isEmpty()) {
                    holder.getChildren().add(content.get());
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
