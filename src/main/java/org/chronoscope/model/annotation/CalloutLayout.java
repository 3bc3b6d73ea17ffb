package org.chronoscope.model.annotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places callouts (note boxes) so that they cover no event label and no other callout, close to their anchors,
 * inside the drawing area, and works out each leader line. A callout moved by hand keeps its place.
 *
 * <p>Greedy: callouts are placed left to right; each tries a ring of candidate positions around its anchor at
 * growing distances and takes the first that is free, else the one that covers least.
 */
public final class CalloutLayout {
    /** Gap between a callout and its anchor or the things it avoids, in pixels. */
    private final double gap;

    public CalloutLayout(double gap) {
        this.gap = gap;
    }

    /**
     * One callout to place.
     *
     * @param id      the note's id
     * @param anchorX anchor point, x
     * @param anchorY anchor point, y
     * @param w       callout width
     * @param h       callout height
     * @param manual  offset of the callout's top-left from the anchor, set by the user, or null
     */
    public record Request(String id, double anchorX, double anchorY, double w, double h, CalloutOffset manual) {
    }

    /**
     * Where a callout goes.
     *
     * @param box         the callout's box
     * @param leaderFromX leader line start (on the callout's border), x
     * @param leaderFromY leader line start, y
     * @param leaderToX   leader line end (the anchor), x
     * @param leaderToY   leader line end, y
     * @param clear       true when it covers no label and no other callout
     */
    public record Placement(String id, Box box, double leaderFromX, double leaderFromY, double leaderToX,
                            double leaderToY, boolean clear) {
        public CalloutOffset offset() {
            return new CalloutOffset(box.x() - leaderToX, box.y() - leaderToY);
        }
    }

    /**
     * @param requests  the callouts
     * @param obstacles event labels, marks and anything else not to cover
     * @param area      where callouts may go
     * @return one placement per request, in the order of the requests
     */
    public List<Placement> place(List<Request> requests, List<Box> obstacles, Box area) {
        List<Box> taken = new ArrayList<>(obstacles);
        Placement[] result = new Placement[requests.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            if (r.manual() != null) {
                Box box = new Box(r.anchorX() + r.manual().dx(), r.anchorY() + r.manual().dy(), r.w(), r.h());
                result[i] = placement(r, box, coverage(box, taken, area) == 0);
                taken.add(box.inflated(gap / 2));
            } else {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> requests.get(i).anchorX()));
        for (int i : order) {
            Request r = requests.get(i);
            Box best = null;
            double bestCost = Double.MAX_VALUE;
            for (Box candidate : candidates(r, area)) {
                double cost = coverage(candidate, taken, area);
                if (cost == 0) {
                    best = candidate;
                    bestCost = 0;
                    break;
                }
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                }
            }
            result[i] = placement(r, best, bestCost == 0);
            taken.add(best.inflated(gap / 2));
        }
        return List.of(result);
    }

    /** Positions around the anchor, nearest first: above, below, then to either side, at growing distances. */
    private List<Box> candidates(Request r, Box area) {
        List<Box> list = new ArrayList<>();
        double ax = r.anchorX();
        double ay = r.anchorY();
        double[] shiftsX = {-r.w() / 2, -r.w() / 4, -3 * r.w() / 4, 0, -r.w()};
        double step = Math.max(12, r.h() / 2);
        for (int ring = 0; ring < 40; ring++) {
            double d = gap * 2 + ring * step;
            for (double sx : shiftsX) {
                list.add(new Box(ax + sx, ay - d - r.h(), r.w(), r.h()));
                list.add(new Box(ax + sx, ay + d, r.w(), r.h()));
            }
            double sideD = gap * 2 + ring * step;
            list.add(new Box(ax + sideD, ay - r.h() / 2, r.w(), r.h()));
            list.add(new Box(ax - sideD - r.w(), ay - r.h() / 2, r.w(), r.h()));
        }
        List<Box> inside = new ArrayList<>();
        for (Box b : list) {
            inside.add(clamp(b, area));
        }
        return inside;
    }

    private static Box clamp(Box b, Box area) {
        double x = Math.max(area.x(), Math.min(b.x(), area.maxX() - b.w()));
        double y = Math.max(area.y(), Math.min(b.y(), area.maxY() - b.h()));
        return new Box(x, y, b.w(), b.h());
    }

    /** Area of the box covering what is taken, plus a heavy penalty for leaving the drawing area. */
    private double coverage(Box box, List<Box> taken, Box area) {
        Box padded = box.inflated(gap / 2);
        double sum = 0;
        for (Box t : taken) {
            sum += padded.overlap(t);
        }
        if (!area.encloses(box)) {
            sum += box.w() * box.h() * 10;
        }
        return sum;
    }

    private static Placement placement(Request r, Box box, boolean clear) {
        double[] from = box.nearestPoint(r.anchorX(), r.anchorY());
        return new Placement(r.id(), box, from[0], from[1], r.anchorX(), r.anchorY(), clear);
    }
}
