package org.chronoscope.view.annotation;

import org.chronoscope.render.AnnotationPainter;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.CalloutOffset;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.view.timeline.TimelineSkin;
import org.chronoscope.view.timeline.TimelineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The annotation layer over a {@link TimelineView}: draws stars, date and range marks and callouts with
 * {@link AnnotationPainter} on its own canvas, and handles the gestures: right-click → "Annotate…" / "Star",
 * Alt+drag on the axis → a note on a date range, drag a callout to move it, double-click it to edit, right-click
 * it to edit, delete or let it be placed automatically again. Every change goes through the session's history.
 *
 * <p>Only the callouts pick the mouse; everything else falls through to the timeline underneath.</p>
 */
public final class AnnotationOverlay extends Pane {
    public static final String STYLE_CLASS = "annotation-overlay";
    private java.util.function.Function<TimelineEvent, List<MenuItem>> eventMenuItems = e -> List.of();
    private static final AnnotationPainter.Layer NOTHING = new AnnotationPainter.Layer(List.of(), List.of(), List.of());

    private final TimelineView view;
    private final AnnotationSession session;
    private final Canvas canvas = new Canvas();
    private final java.util.Map<String, Region> hits = new java.util.HashMap<>();
    private AnnotationPainter painter;
    private TimelineFrame frame;
    private AnnotationPainter.Layer layer;
    private String draggedId;
    private CalloutOffset dragOffset;
    private double pressX;
    private double pressY;
    private double rangeFrom = Double.NaN;
    private double rangeTo;

    public AnnotationOverlay(TimelineView view, AnnotationSession session) {
        this.view = view;
        this.session = session;
        getStyleClass().add(STYLE_CLASS);
        setPickOnBounds(false);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        styleChanged();
        view.timelineStyleProperty().addListener(o -> styleChanged());
        view.scaleProperty().addListener(o -> requestLayout());
        view.modelProperty().addListener(o -> requestLayout());
        session.documentProperty().addListener((o, a, b) -> { // a change listener: hears every change
            pinStarred();
            requestLayout();
        });
        view.modelProperty().addListener(o -> pinStarred());
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::timelineMenu);
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::rangePressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::rangeDragged);
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, this::rangeReleased);
    }

    /** The timeline with its annotation layer on top, ready to put in a window. */
    public static StackPane wrap(TimelineView view, AnnotationSession session) {
        StackPane stack = new StackPane(view, new AnnotationOverlay(view, session));
        stack.getStyleClass().add("annotated-timeline");
        return stack;
    }

    private void styleChanged() {
        painter = null;
        requestLayout();
    }

    /** Starred events keep their labels on a crowded timeline. */
    private void pinStarred() {
        java.util.Set<String> starred = session.current().starred();
        List<TimelineEvent> pinned = starred.isEmpty() ? List.of()
                : view.getModel().dated().stream().filter(e -> starred.contains(e.id())).toList();
        if (!pinned.equals(view.getPinnedEvents())) {
            view.getPinnedEvents().setAll(pinned);
        }
    }

    /** The painters, made when first needed: with no notes the first frames measure no text here. */
    private AnnotationPainter painter() {
        if (painter == null) {
            painter = new AnnotationPainter(view.getTimelineStyle());
        }
        return painter;
    }

    /** The placed callouts, as drawn now: for tests and the notes panel. */
    public AnnotationPainter.Layer layer() {
        return layer;
    }

    @Override
    protected void layoutChildren() {
        double w = view.contentWidth();
        double h = Math.max(0, getHeight() - TimelineSkin.OVERVIEW_HEIGHT);
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        TimeScale scale = view.getScale();
        TimelineModel model = view.getModel();
        if (scale == null || model == null || w <= 0 || h <= 0) {
            return;
        }
        frame = null; // with nothing to draw, laid out only if a gesture needs it (see frame())
        AnnotationDocument doc = shownDocument();
        if (doc.isEmpty() && Double.isNaN(rangeFrom)) {
            layer = NOTHING;
            placeHits();
            return;
        }
        frame = frame();
        layer = painter().layout(frame, doc);
        painter.paint(gc, frame, layer);
        if (!Double.isNaN(rangeFrom)) {
            double a = Math.min(rangeFrom, rangeTo);
            gc.setFill(Color.web(Annotation.DEFAULT_COLOR, 0.15));
            gc.fillRect(a, 0, Math.abs(rangeTo - rangeFrom), h);
        }
        placeHits();
    }

    /** The timeline as laid out under the overlay now, or null before it has a size and a model. */
    private TimelineFrame frame() {
        TimeScale scale = view.getScale();
        TimelineModel model = view.getModel();
        if (frame == null && scale != null && model != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            frame = view.layoutFrame(canvas.getWidth(), canvas.getHeight());
        }
        return frame;
    }

    /** The document, with the callout being dragged where the mouse is. */
    private AnnotationDocument shownDocument() {
        AnnotationDocument doc = session.current();
        if (draggedId != null && dragOffset != null) {
            Annotation a = doc.note(draggedId).orElse(null);
            if (a != null) {
                doc = doc.withNote(a.withOffset(dragOffset));
            }
        }
        return doc;
    }

    /** One pickable region per callout, kept across redraws so a drag in progress keeps its node. */
    private void placeHits() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (AnnotationPainter.Callout c : layer.callouts()) {
            String id = c.note().id();
            ids.add(id);
            Region hit = hits.computeIfAbsent(id, this::newHit);
            hit.resizeRelocate(c.box().x(), c.box().y(), c.box().w(), c.box().h());
        }
        hits.entrySet().removeIf(en -> {
            boolean gone = !ids.contains(en.getKey());
            if (gone) {
                getChildren().remove(en.getValue());
            }
            return gone;
        });
    }

    private Region newHit(String id) {
        Region hit = new Region();
        hit.getStyleClass().add("annotation-callout");
        hit.setCursor(Cursor.MOVE);
        Tooltip.install(hit, new Tooltip("Drag to move · double-click to edit · right-click for more"));
        CalloutOffset[] start = new CalloutOffset[1];
        hit.setOnMousePressed(e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            start[0] = layer.callouts().stream().filter(c -> c.note().id().equals(id)).findFirst()
                    .map(c -> c.placement().offset()).orElse(new CalloutOffset(0, 0));
            e.consume();
        });
        hit.setOnMouseDragged(e -> {
            draggedId = id;
            dragOffset = new CalloutOffset(start[0].dx() + e.getSceneX() - pressX,
                    start[0].dy() + e.getSceneY() - pressY);
            requestLayout();
            e.consume();
        });
        hit.setOnMouseReleased(e -> {
            if (draggedId != null) {
                CalloutOffset offset = dragOffset;
                draggedId = null;
                dragOffset = null;
                session.apply("Move note", d -> d.note(id).map(n -> d.withNote(n.withOffset(offset))).orElse(d));
                requestLayout();
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit(id);
            }
            e.consume();
        });
        hit.setOnContextMenuRequested(e -> {
            calloutMenu(id).show(hit, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        getChildren().add(hit);
        return hit;
    }

    private ContextMenu calloutMenu(String id) {
        MenuItem edit = new MenuItem("Edit Note…");
        edit.setOnAction(e -> edit(id));
        MenuItem auto = new MenuItem("Place Automatically");
        auto.setOnAction(e -> session.apply("Place note automatically",
                d -> d.note(id).map(n -> d.withNote(n.withOffset(null))).orElse(d)));
        MenuItem delete = new MenuItem("Delete Note");
        delete.setOnAction(e -> session.apply("Delete note", d -> d.withoutNote(id)));
        return new ContextMenu(edit, auto, new SeparatorMenuItem(), delete);
    }

    /** Opens the editor for a note; the change is one undoable step. */
    public void edit(String id) {
        Annotation note = session.current().note(id).orElse(null);
        if (note == null) {
            return;
        }
        new NoteDialog(getScene() == null ? null : getScene().getWindow(), "Edit Note", describe(note.anchor()),
                note.text(), note.color()).showAndWait().ifPresent(r -> session.apply("Edit note",
                d -> d.withNote(note.withText(r.text()).withColor(r.color()))));
    }

    /** Asks for a note on an anchor and adds it. */
    public void annotate(AnnotationAnchor anchor) {
        new NoteDialog(getScene() == null ? null : getScene().getWindow(), "Annotate", describe(anchor), "", null)
                .showAndWait().ifPresent(r -> session.apply("Add note",
                        d -> d.withNote(Annotation.create(anchor, r.text(), r.color()))));
    }

    /** More items for an event's context menu (after Annotate and Star). */
    public void setEventMenuItems(java.util.function.Function<TimelineEvent, List<MenuItem>> items) {
        eventMenuItems = items;
    }

    public void toggleStar(TimelineEvent e) {
        boolean on = !session.current().isStarred(e.id());
        session.apply(on ? "Star event" : "Unstar event", d -> d.withStar(e.id(), on));
    }

    private void timelineMenu(ContextMenuEvent e) {
        TimelineFrame shown = frame();
        if (shown == null) {
            return;
        }
        Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        TimelineFrame.Item item = shown.itemAt(p.getX(), p.getY(), painter().rowHeight());
        ContextMenu menu = new ContextMenu();
        if (item != null && item.event() != null) {
            TimelineEvent ev = item.event();
            MenuItem note = new MenuItem("Annotate…");
            note.setOnAction(a -> annotate(AnnotationAnchor.event(ev.id())));
            MenuItem star = new MenuItem(session.current().isStarred(ev.id()) ? "Remove Star" : "Star Event");
            star.setOnAction(a -> toggleStar(ev));
            menu.getItems().addAll(note, star);
            List<MenuItem> extra = eventMenuItems.apply(ev);
            if (!extra.isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
                menu.getItems().addAll(extra);
            }
        } else {
            LocalDate day = LocalDate.ofEpochDay((long) Math.floor(shown.scale().day(p.getX())));
            MenuItem note = new MenuItem("Annotate " + DateWords.day(day) + "…");
            note.setOnAction(a -> annotate(AnnotationAnchor.date(day)));
            menu.getItems().add(note);
        }
        menu.setAutoHide(true);
        menu.show(view, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private boolean onAxis(MouseEvent e) {
        Point2D p = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
        return p.getY() >= 0 && p.getY() < view.getTimelineStyle().axisHeight() + 4;
    }

    private void rangePressed(MouseEvent e) {
        if (e.isAltDown() && e.getButton() == MouseButton.PRIMARY && onAxis(e)) {
            rangeFrom = canvas.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            rangeTo = rangeFrom;
            e.consume();
        }
    }

    private void rangeDragged(MouseEvent e) {
        if (!Double.isNaN(rangeFrom)) {
            rangeTo = canvas.sceneToLocal(e.getSceneX(), e.getSceneY()).getX();
            requestLayout();
            e.consume();
        }
    }

    private void rangeReleased(MouseEvent e) {
        TimelineFrame shown = frame();
        if (Double.isNaN(rangeFrom) || shown == null) {
            return;
        }
        double a = Math.min(rangeFrom, rangeTo);
        double b = Math.max(rangeFrom, rangeTo);
        rangeFrom = Double.NaN;
        requestLayout();
        e.consume();
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(shown.scale().day(a)));
        LocalDate to = LocalDate.ofEpochDay((long) Math.floor(shown.scale().day(b)));
        annotate(AnnotationAnchor.range(from, to));
    }

    /** "Event: Geneva talks", "Sun 23 Nov 2025", "Thu 20 Nov 2025 – Sun 30 Nov 2025". */
    public String describe(AnnotationAnchor anchor) {
        if (anchor instanceof AnnotationAnchor.OnEvent e) {
            TimelineModel m = view.getModel();
            String title = m == null ? null : m.dated().stream().filter(x -> x.id().equals(e.eventId()))
                    .map(TimelineEvent::title).findFirst().orElse(null);
            return "Event: " + (title != null ? title : e.eventId());
        }
        if (anchor instanceof AnnotationAnchor.OnDate d) {
            return DateWords.day(d.date());
        }
        return DateWords.day(anchor.from()) + " – " + DateWords.day(anchor.to());
    }
}
