package org.chronoscope.view.timeline;

import org.chronoscope.render.TimelineFrame;

import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.chronoscope.model.layout.TimeScale;

/**
 * Input for {@link TimelineView}: wheel and pinch zoom around the pointer, drag and shift+wheel to pan, a
 * ctrl/shift-drag on the axis to zoom to a range, clicks to select, double-click to zoom to an event, and the
 * keyboard (+/−, Home, ←/→, shift+←/→, PgUp/PgDn, Enter, Esc). Removes every handler in {@link #dispose()}.
 */
final class TimelineBehavior {
    private static final double WHEEL_ZOOM = 1.0028;
    private static final double DRAG_THRESHOLD = 3;

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<ScrollEvent> scroll = this::scrolled;
    private final EventHandler<ZoomEvent> zoom = this::zoomed;
    private final EventHandler<MouseEvent> press = this::pressed;
    private final EventHandler<MouseEvent> drag = this::dragged;
    private final EventHandler<MouseEvent> release = this::released;
    private final EventHandler<MouseEvent> move = this::moved;
    private final EventHandler<MouseEvent> exit = this::exited;

    private double pressX;
    private double lastX;
    private boolean dragging;
    private boolean rangeZoom;

    TimelineBehavior(TimelineView view, TimelineSkin skin) {
        this.view = view;
        this.skin = skin;
        this.canvas = skin.canvas();
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        canvas.addEventHandler(ScrollEvent.SCROLL, scroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, zoom);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, release);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, move);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, exit);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        canvas.removeEventHandler(ScrollEvent.SCROLL, scroll);
        canvas.removeEventHandler(ZoomEvent.ZOOM, zoom);
        canvas.removeEventHandler(MouseEvent.MOUSE_PRESSED, press);
        canvas.removeEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        canvas.removeEventHandler(MouseEvent.MOUSE_RELEASED, release);
        canvas.removeEventHandler(MouseEvent.MOUSE_MOVED, move);
        canvas.removeEventHandler(MouseEvent.MOUSE_EXITED, exit);
    }

    private void keyPressed(KeyEvent e) {
        double w = view.contentWidth();
        boolean handled = true;
        KeyCode code = e.getCode();
        switch (code) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case HOME -> view.fitAll();
            case LEFT, RIGHT -> {
                int dir = code == KeyCode.LEFT ? -1 : 1;
                if (e.isShiftDown() || e.isShortcutDown()) {
                    view.panBy(dir * w / 5);
                } else {
                    view.selectAdjacent(dir);
                }
            }
            case PAGE_UP -> view.panBy(-w * 0.8);
            case PAGE_DOWN -> view.panBy(w * 0.8);
            case ENTER -> view.zoomToEvent(view.getSelectedEvent());
            case ESCAPE -> {
                if (view.getSelectedEvent() == null) {
                    handled = false;
                }
                view.setSelectedEvent(null);
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getTouchCount() > 0 && !e.isShiftDown() && Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            view.panBy(-e.getDeltaX());
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            view.panBy(-d);
        } else if (e.getDeltaY() != 0) {
            double d = e.getDeltaY();
            if (Math.abs(d) < 5) {
                d *= 40;
            }
            view.zoomAround(e.getX(), Math.pow(WHEEL_ZOOM, -d));
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            view.zoomAround(e.getX(), 1 / e.getZoomFactor());
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragging = false;
        rangeZoom = e.getButton() == MouseButton.PRIMARY && (e.isShortcutDown() || e.isShiftDown())
                && e.getY() < skin.painter().style().axisHeight() + 4;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.abs(e.getX() - pressX) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        if (rangeZoom) {
            Region band = skin.rubberBand();
            band.setVisible(true);
            double a = Math.min(pressX, e.getX());
            band.resizeRelocate(a, 0, Math.abs(e.getX() - pressX), canvas.getHeight());
        } else {
            view.panBy(lastX - e.getX());
            canvas.setCursor(javafx.scene.Cursor.CLOSED_HAND);
        }
        lastX = e.getX();
    }

    private void released(MouseEvent e) {
        canvas.setCursor(null);
        if (dragging) {
            if (rangeZoom) {
                skin.rubberBand().setVisible(false);
                TimeScale s = view.getScale();
                double a = s.day(Math.min(pressX, e.getX()));
                double b = s.day(Math.max(pressX, e.getX()));
                view.zoomTo(a, b);
            }
            dragging = false;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        clicked(e);
    }

    private void clicked(MouseEvent e) {
        TimelineFrame frame = skin.frame();
        if (frame == null) {
            return;
        }
        double rowH = skin.painter().style().rowHeight();
        TimelineFrame.Item item = frame.itemAt(e.getX(), e.getY(), rowH);
        if (item != null && item.event() != null) {
            view.setSelectedEvent(item.event());
            if (e.getClickCount() >= 2) {
                view.zoomToEvent(item.event());
            }
            return;
        }
        if (item != null) {
            view.zoomTo(item.from() - 1, item.to() + 1);
            return;
        }
        TimelineFrame.Overflow overflow = frame.overflowAt(e.getX(), e.getY(), skin.painter().badgeHeight());
        if (overflow != null) {
            double span = overflow.to() - overflow.from();
            view.zoomTo(overflow.from() - span * 0.2 - 1, overflow.to() + span * 0.2 + 1);
            return;
        }
        if (e.getClickCount() >= 2) {
            view.zoomAround(e.getX(), 0.5);
        } else {
            view.setSelectedEvent(null);
        }
    }

    private void exited(MouseEvent e) {
        skin.setHover(null, null);
    }

    private void moved(MouseEvent e) {
        TimelineFrame frame = skin.frame();
        if (frame == null) {
            return;
        }
        TimelineFrame.Item item = frame.itemAt(e.getX(), e.getY(), skin.painter().style().rowHeight());
        TimelineFrame.Overflow overflow = item != null ? null
                : frame.overflowAt(e.getX(), e.getY(), skin.painter().badgeHeight());
        String text = null;
        if (item != null && item.event() == null) {
            text = item.count() + " events close together, " + EventText.days(item.from(), item.to())
                    + " — click to zoom in";
        } else if (overflow != null) {
            text = overflow.count() + " more " + (overflow.count() == 1 ? "event" : "events")
                    + " with no room for a label, " + EventText.days(overflow.from(), overflow.to())
                    + " — click to zoom in";
        }
        skin.setHover(item == null ? null : item.event(), text);
        canvas.setCursor(item != null || overflow != null ? javafx.scene.Cursor.HAND : null);
    }
}
