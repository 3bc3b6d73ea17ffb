package org.chronoscope.app;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.view.LazyTooltip;
import org.chronoscope.view.timeline.TimelineView;

/** The window's toolbar: Open…, the filter drop-downs and search, zoom, lanes and compression. */
final class MainToolbar {
    private MainToolbar() {
    }

    static Node build(MainWindow window, MainMenus menus, TextField search) {
        TimelineView timeline = window.timeline();
        Button open = new Button("Open…");
        LazyTooltip.install(open, "Open a corpus folder (Ctrl+O)");
        open.setOnAction(e -> menus.chooseFolder());
        search.setPromptText("Search titles, summaries, quotes…");
        search.setId("search-field");
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(window.filters().textProperty());
        Button zoomOut = new Button("−");
        LazyTooltip.install(zoomOut, "Zoom out (−)");
        zoomOut.setOnAction(e -> timeline.zoomOut());
        Button zoomIn = new Button("+");
        LazyTooltip.install(zoomIn, "Zoom in (+)");
        zoomIn.setOnAction(e -> timeline.zoomIn());
        Button fit = new Button("Fit all");
        fit.setId("fit-all");
        LazyTooltip.install(fit, "Show every event (Home)");
        fit.setOnAction(e -> timeline.fitAll());
        ToggleGroup lanes = new ToggleGroup();
        ToggleButton bySide = new ToggleButton("Sides");
        ToggleButton byCategory = new ToggleButton("Categories");
        bySide.setToggleGroup(lanes);
        byCategory.setToggleGroup(lanes);
        LazyTooltip.install(bySide, "One lane per side (Ctrl+1)");
        LazyTooltip.install(byCategory, "One lane per category (Ctrl+2)");
        bySide.setSelected(timeline.getLaneMode() == LaneMode.SIDE);
        byCategory.setSelected(timeline.getLaneMode() == LaneMode.CATEGORY);
        lanes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                timeline.setLaneMode(b == bySide ? LaneMode.SIDE : LaneMode.CATEGORY);
            }
        });
        timeline.laneModeProperty().addListener((o, a, b) -> (b == LaneMode.SIDE ? bySide : byCategory)
                .setSelected(true));
        ToggleButton compress = new ToggleButton("≈ Compress");
        compress.setId("compress-toggle");
        LazyTooltip.install(compress, "Compress quiet stretches of the axis (Ctrl+K)");
        compress.selectedProperty().bindBidirectional(timeline.compressedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(open, new Separator(Orientation.VERTICAL), window.actorPicker(),
                window.categoryPicker(), window.articlePicker(), search, spacer, zoomOut, zoomIn, fit,
                new Separator(Orientation.VERTICAL), bySide,
                byCategory, compress);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }
}
