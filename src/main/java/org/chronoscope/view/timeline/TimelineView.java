package org.chronoscope.view.timeline;

import org.chronoscope.render.LabelFit;
import org.chronoscope.render.TimelineFrame;
import org.chronoscope.render.TimelinePainter;
import org.chronoscope.render.TimelinePalette;
import org.chronoscope.render.TimelineStyle;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.chronoscope.model.Actor;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

import java.time.LocalDate;
import java.util.List;

/**
 * A zoomable timeline of events in lanes. The {@link #scaleProperty() time scale} is the single source of zoom and
 * pan; everything else (visible range, axis, overview) follows from it. Drawn on a canvas by
 * {@link TimelinePainter}; input handled by {@link TimelineBehavior}.
 *
 * <p>Style class {@code timeline-view}; pseudo-classes {@code :has-selection}, {@code :compressed},
 * {@code :empty}, {@code :lanes-by-category}.</p>
 */
public class TimelineView extends Control {
    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    private static final PseudoClass HAS_SELECTION = PseudoClass.getPseudoClass("has-selection");
    private static final PseudoClass COMPRESSED = PseudoClass.getPseudoClass("compressed");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass BY_CATEGORY = PseudoClass.getPseudoClass("lanes-by-category");
    /** Margin, in pixels, kept at both ends by "fit all". */
    public static final double FIT_MARGIN = 24;
    private static final double ZOOM_STEP = 1.5;

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Actor> actors = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> pinned = FXCollections.observableArrayList();
    private int pinnedVersion;
    private FrameKey lastKey;
    private TimelineFrame lastFrame;
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.SIDE);
    private final BooleanProperty compressed = new SimpleBooleanProperty(this, "compressed", false);
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<TimelineStyle> timelineStyle =
            new SimpleObjectProperty<>(this, "timelineStyle", TimelineStyle.light());
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale");
    private boolean fitted;
    private TimelinePainter painter;
    private final ReadOnlyObjectWrapper<TimelineModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<VisibleRange> visibleRange = new ReadOnlyObjectWrapper<>(this,
            "visibleRange");

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        // the accent its focus ring and rubber band share with the window and the palette
        getStylesheets().add(TimelineView.class.getResource(TimelinePalette.STYLESHEET).toExternalForm());
        setFocusTraversable(true);
        rebuildModel();
        events.addListener((javafx.collections.ListChangeListener<TimelineEvent>) c -> rebuildModel());
        actors.addListener((javafx.collections.ListChangeListener<Actor>) c -> rebuildModel());
        pinned.addListener((javafx.collections.ListChangeListener<TimelineEvent>) c -> pinnedVersion++);
        laneMode.addListener((o, a, b) -> {
            pseudoClassStateChanged(BY_CATEGORY, b == LaneMode.CATEGORY);
            rebuildModel();
        });
        compressed.addListener((o, a, b) -> {
            pseudoClassStateChanged(COMPRESSED, b);
            rewarp();
        });
        setAccessibleText("Timeline. Arrow keys step through events.");
        selectedEvent.addListener((o, a, b) -> {
            pseudoClassStateChanged(HAS_SELECTION, b != null);
            setAccessibleText(b == null ? "Timeline. Arrow keys step through events."
                    : "Selected: " + EventText.tooltip(b, getModel()).replace('\n', ' '));
        });
        scale.addListener(o -> updateVisibleRange()); // invalidation: a change listener would compare scales
        widthProperty().addListener((o, a, b) -> {
            if (fitted && b.doubleValue() > 0) {
                fitAll();
            }
            updateVisibleRange();
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline-view.css").toExternalForm();
    }

    /** A model with what it was made of. */
    private record Built(List<TimelineEvent> events, List<Actor> actors, LaneMode mode, TimelineModel model) {
        boolean madeOf(List<TimelineEvent> e, List<Actor> a, LaneMode m) {
            return mode == m && TimelineModel.sameItems(events, e) && TimelineModel.sameItems(actors, a);
        }
    }

    /**
     * The model shown and the one before it: unchecking a filter entry shows again the events shown before it was
     * checked, and building the lanes of 30,000 events again would cost more than a frame.
     */
    private Built current;
    private Built previous;

    private TimelineModel modelOf(List<TimelineEvent> e, List<Actor> a, LaneMode mode) {
        if (current != null && current.madeOf(e, a, mode)) {
            return current.model();
        }
        Built made = previous != null && previous.madeOf(e, a, mode) ? previous
                : new Built(e, a, mode, narrowedOrNew(e, a, mode));
        previous = current;
        current = made;
        return made.model();
    }

    /** A search typed on shows some of the events shown, in the same order: their lanes are kept, not redone. */
    private TimelineModel narrowedOrNew(List<TimelineEvent> e, List<Actor> a, LaneMode mode) {
        boolean fewer = current != null && current.mode() == mode && e.size() < current.events().size()
                && TimelineModel.sameItems(current.actors(), a);
        TimelineModel narrowed = fewer ? current.model().narrowed(e) : null;
        return narrowed != null ? narrowed : TimelineModel.of(e, a, mode);
    }

    private void rebuildModel() {
        TimelineModel m = modelOf(List.copyOf(events), List.copyOf(actors), getLaneMode());
        boolean firstData = model.get() == null || model.get().isEmpty();
        model.set(m);
        pseudoClassStateChanged(EMPTY, m.isEmpty());
        if (getSelectedEvent() != null && !m.dated().contains(getSelectedEvent())
                && !m.undated().contains(getSelectedEvent())) {
            setSelectedEvent(null);
        }
        if (getScale() == null || firstData || fitted) {
            fitAll();
        } else if (compressed.get()) {
            rewarp();
        }
    }

    private void rewarp() {
        if (getScale() == null || contentWidth() <= 0 || fitted) {
            fitAll();
            return;
        }
        setScale(getScale().withWarp(currentWarp(), contentWidth()));
    }

    private AxisWarp currentWarp() {
        return isCompressed() && getModel() != null ? getModel().compressedAxis() : AxisWarp.NONE;
    }

    /** Width the time axis spans. */
    public double contentWidth() {
        return Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
    }

    private void updateVisibleRange() {
        TimeScale s = getScale();
        double w = contentWidth();
        if (s == null || w <= 0) {
            visibleRange.set(null);
            return;
        }
        visibleRange.set(new VisibleRange(LocalDate.ofEpochDay((long) Math.floor(s.day(0))),
                LocalDate.ofEpochDay((long) Math.floor(s.day(w) - 1e-9))));
    }

    // ---- zoom and pan -------------------------------------------------------------------------------------

    /** Shows every dated event. */
    public void fitAll() {
        fitAllNow();
        fitted = true;
    }

    /** True while the view shows "fit all" and the user has not zoomed or panned since: it refits on resize. */
    public boolean isFitted() {
        return fitted;
    }

    private void fitAllNow() {
        TimelineModel m = getModel();
        double w = contentWidth() > 0 ? contentWidth() : 1000;
        if (m == null || m.isEmpty()) {
            double today = LocalDate.now().toEpochDay();
            setScale(TimeScale.fit(today - 30, today + 1, w, FIT_MARGIN, AxisWarp.NONE));
            return;
        }
        double from = m.firstDay();
        double to = Math.max(m.lastDay(), from + 1);
        setScale(LabelFit.fitWithLabels(m, from, to, w, FIT_MARGIN, currentWarp(), painter()));
    }

    private record FrameKey(TimelineModel model, TimeScale scale, double w, double h, int pinned,
                            TimelinePainter painter) {
        boolean same(FrameKey o) {
            return o != null && model == o.model && scale == o.scale && w == o.w && h == o.h && pinned == o.pinned
                    && painter == o.painter;
        }
    }

    /**
     * The timeline laid out for a picture of w × h as it is now, shared by the skin and the layers drawn over it:
     * laid out once per change, not once per layer. Null without a scale. FX thread.
     */
    public TimelineFrame layoutFrame(double w, double h) {
        if (getScale() == null || getModel() == null) {
            return null;
        }
        FrameKey key = new FrameKey(getModel(), getScale(), w, h, pinnedVersion, painter());
        if (!key.same(lastKey)) {
            lastFrame = painter().layout(getModel(), getScale(), w, h, List.copyOf(pinned));
            lastKey = key;
        }
        return lastFrame;
    }

    /** The painter for the current style, shared with the skin so each label is measured once. */
    TimelinePainter painter() {
        if (painter == null || painter.style() != getTimelineStyle()) {
            painter = new TimelinePainter(getTimelineStyle());
        }
        return painter;
    }

    /** Shows real days [from, to) (epoch days), within the zoom limits. */
    public void zoomTo(double from, double to) {
        double w = contentWidth() > 0 ? contentWidth() : 1000;
        double span = Math.max(to - from, 1);
        double mid = (from + to) / 2;
        TimeScale s = TimeScale.fit(mid - span / 2, mid + span / 2, w, FIT_MARGIN, currentWarp());
        double dpp = clampDpp(s.daysPerPixel());
        setScale(s.zoomAround(w / 2, dpp / s.daysPerPixel(), minDaysPerPixel(), maxDaysPerPixel()));
    }

    /** Zoom by factor (&gt; 1 zooms out) keeping the date under x put. */
    public void zoomAround(double x, double factor) {
        if (getScale() != null) {
            setScale(getScale().zoomAround(x, factor, minDaysPerPixel(), maxDaysPerPixel()));
        }
    }

    public void zoomIn() {
        zoomAround(contentWidth() / 2, 1 / ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAround(contentWidth() / 2, ZOOM_STEP);
    }

    /** Moves the view dx pixels later in time. */
    public void panBy(double dx) {
        if (getScale() != null) {
            setScale(getScale().panBy(dx));
        }
    }

    /** Zoom to one event, with some days around it. */
    public void zoomToEvent(TimelineEvent e) {
        if (e != null && e.date().isResolved()) {
            double from = TimelineModel.startDay(e);
            double to = TimelineModel.endDay(e);
            double pad = Math.max(3, (to - from) * 0.5);
            zoomTo(from - pad, to + pad);
        }
    }

    /** Pans, if needed, so the event's start is in view. */
    public void reveal(TimelineEvent e) {
        TimeScale s = getScale();
        if (s == null || e == null || !e.date().isResolved()) {
            return;
        }
        double x = s.x(TimelineModel.startDay(e));
        double w = contentWidth();
        double margin = Math.min(120, w / 4);
        if (x < margin || x > w - margin) {
            panBy(x - w / 3);
        }
        zoomOutOfCluster(e);
    }

    /** Zooms in around an event drawn inside a cluster pill until it is drawn on its own (as far as zoom goes). */
    private void zoomOutOfCluster(TimelineEvent e) {
        if (!(getSkin() instanceof TimelineSkin skin)) {
            return;
        }
        for (int i = 0; i < 24 && skin.isClustered(e); i++) {
            if (getScale().daysPerPixel() <= minDaysPerPixel() * 1.0001) {
                return;
            }
            zoomAround(getScale().x(TimelineModel.startDay(e)), 0.5);
        }
    }

    /** Closest zoom: one day fills the view. */
    public double minDaysPerPixel() {
        return 1 / Math.max(200, contentWidth());
    }

    /** Farthest zoom: the whole corpus with room to spare (at least two years). */
    public double maxDaysPerPixel() {
        TimelineModel m = getModel();
        AxisWarp warp = currentWarp();
        double span = m == null || m.isEmpty() ? 730
                : warp.toVirtual(m.lastDay()) - warp.toVirtual(m.firstDay());
        return Math.max(730, span * 2) / Math.max(200, contentWidth());
    }

    private double clampDpp(double dpp) {
        return Math.max(minDaysPerPixel(), Math.min(maxDaysPerPixel(), dpp));
    }

    // ---- selection ---------------------------------------------------------------------------------------

    /** Selects the next (+1) or previous (−1) dated event in time order and keeps it in view. */
    public void selectAdjacent(int direction) {
        List<TimelineEvent> dated = getModel().dated();
        if (dated.isEmpty()) {
            return;
        }
        int i = dated.indexOf(getSelectedEvent());
        int next;
        if (i < 0) {
            double from = getScale() == null ? Double.NEGATIVE_INFINITY : getScale().day(0);
            next = 0;
            while (next < dated.size() - 1 && TimelineModel.startDay(dated.get(next)) < from) {
                next++;
            }
        } else {
            next = Math.max(0, Math.min(dated.size() - 1, i + direction));
        }
        setSelectedEvent(dated.get(next));
        reveal(dated.get(next));
    }

    // ---- properties ----------------------------------------------------------------------------------------

    /** The events shown (already filtered). Dated ones go on the axis, unresolved ones to {@link #getModel()}'s undated list. */
    public ObservableList<TimelineEvent> getEvents() {
        return events;
    }

    /** Events that keep their labels before any other where the timeline is crowded: the starred ones. */
    public ObservableList<TimelineEvent> getPinnedEvents() {
        return pinned;
    }

    /** The actors, for lanes and colours. */
    public ObservableList<Actor> getActors() {
        return actors;
    }

    public ObjectProperty<LaneMode> laneModeProperty() {
        return laneMode;
    }

    public LaneMode getLaneMode() {
        return laneMode.get();
    }

    public void setLaneMode(LaneMode mode) {
        laneMode.set(mode);
    }

    /** When true, long quiet stretches are shortened and marked with a break. */
    public BooleanProperty compressedProperty() {
        return compressed;
    }

    public boolean isCompressed() {
        return compressed.get();
    }

    public void setCompressed(boolean value) {
        compressed.set(value);
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent e) {
        selectedEvent.set(e);
    }

    public ObjectProperty<TimelineStyle> timelineStyleProperty() {
        return timelineStyle;
    }

    public TimelineStyle getTimelineStyle() {
        return timelineStyle.get();
    }

    public void setTimelineStyle(TimelineStyle style) {
        timelineStyle.set(style);
    }

    /** Time ↔ x for the canvas: the single source of zoom and pan. */
    public ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public TimeScale getScale() {
        return scale.get();
    }

    public void setScale(TimeScale s) {
        fitted = false;
        scale.set(s);
    }

    /** The prepared events (lanes, time index); rebuilt when events, actors or lane mode change. */
    public ReadOnlyObjectProperty<TimelineModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public TimelineModel getModel() {
        return model.get();
    }

    /** The days in view; follows the scale and the width. */
    public ReadOnlyObjectProperty<VisibleRange> visibleRangeProperty() {
        return visibleRange.getReadOnlyProperty();
    }

    public VisibleRange getVisibleRange() {
        return visibleRange.get();
    }
}
