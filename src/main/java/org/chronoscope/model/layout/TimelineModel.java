package org.chronoscope.model.layout;

import org.chronoscope.model.Actor;
import org.chronoscope.model.Category;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events prepared for drawing: split into lanes, sorted by start, indexed by time. Dated events only;
 * unresolved ones are kept apart in {@link #undated()}, never placed at a guessed date. Immutable; build a new one
 * when the events, filters or lane mode change.
 */
public final class TimelineModel {
    private static final String[] CATEGORY_COLORS = {
        "#3b82f6", "#8b5cf6", "#64748b", "#ef4444", "#b45309", "#0d9488", "#16a34a", "#94a3b8"};

    private final LaneMode mode;
    private final List<Lane> lanes;
    private final LaneEvents[] laneEvents;
    private final List<TimelineEvent> dated;
    private final List<TimelineEvent> undated;
    private final Map<String, Actor> actors;
    /** The lane of each dated event, by its place in {@link #dated}. */
    private final int[] laneOfDated;
    private final double first;
    private final double last;

    /**
     * The events of one lane, sorted by start day, with start and end (exclusive) in epoch days, and each one's
     * {@link Prominence} rank in the lane (0 stands out most).
     */
    public static final class LaneEvents {
        public final TimelineEvent[] events;
        public final double[] start;
        public final double[] end;
        public final IntervalIndex index;
        private int[] rank;

        LaneEvents(List<TimelineEvent> list) {
            events = list.toArray(TimelineEvent[]::new);
            start = new double[events.length];
            end = new double[events.length];
            for (int i = 0; i < events.length; i++) {
                start[i] = startDay(events[i]);
                end[i] = endDay(events[i]);
            }
            index = new IntervalIndex(start, end);
        }

        private LaneEvents(TimelineEvent[] events, double[] start, double[] end) {
            this.events = events;
            this.start = start;
            this.end = end;
            index = new IntervalIndex(start, end);
        }

        /** Each event's {@link Prominence} rank in the lane; worked out when a crowded frame first asks. */
        public int[] rank() {
            if (rank == null) {
                rank = Prominence.ranks(events);
            }
            return rank;
        }

        private AxisWarp warped;
        private double[] axisStart;
        private double[] axisEnd;

        /**
         * Starts and ends on the axis (virtual days) under a warp, computed once per warp: a frame then places
         * each mark with a subtraction and a division ({@link TimeScale#xOfAxisDay}). Index 0 starts, 1 ends.
         */
        public double[][] onAxis(AxisWarp warp) {
            if (warp != warped) {
                double[] s = new double[start.length];
                double[] e = new double[end.length];
                for (int j = 0; j < s.length; j++) {
                    s[j] = warp.toVirtual(start[j]);
                    e[j] = warp.toVirtual(end[j]);
                }
                axisStart = s;
                axisEnd = e;
                warped = warp;
            }
            return new double[][]{axisStart, axisEnd};
        }

        /** Where the event is in this lane, or -1. */
        public int indexOf(TimelineEvent e) {
            if (!e.date().isResolved()) {
                return -1;
            }
            double s = startDay(e);
            for (int j = index.toIndex(s); j < events.length && start[j] == s; j++) {
                if (events[j] == e) {
                    return j;
                }
            }
            return -1;
        }
    }

    private TimelineModel(LaneMode mode, List<Lane> lanes, LaneEvents[] laneEvents, List<TimelineEvent> dated,
                          List<TimelineEvent> undated, Map<String, Actor> actors, int[] laneOfDated) {
        this.mode = mode;
        this.laneOfDated = laneOfDated;
        this.lanes = List.copyOf(lanes);
        this.laneEvents = laneEvents;
        this.dated = dated;
        this.undated = List.copyOf(undated);
        this.actors = actors;
        double f = Double.POSITIVE_INFINITY;
        double l = Double.NEGATIVE_INFINITY;
        for (LaneEvents lane : laneEvents) {
            for (int i = 0; i < lane.start.length; i++) {
                f = Math.min(f, lane.start[i]);
                l = Math.max(l, lane.end[i]);
            }
        }
        this.first = dated.isEmpty() ? 0 : f;
        this.last = dated.isEmpty() ? 1 : l;
    }

    private static final Comparator<TimelineEvent> ORDER =
            Comparator.comparing((TimelineEvent e) -> e.date().start()).thenComparing(TimelineEvent::id);

    public static TimelineModel of(List<TimelineEvent> events, List<Actor> actors, LaneMode mode) {
        Map<String, Actor> byId = actors.stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<TimelineEvent> dated = new ArrayList<>(events.size());
        List<TimelineEvent> undated = new ArrayList<>();
        for (TimelineEvent e : events) {
            (e.date().isResolved() ? dated : undated).add(e);
        }
        if (!isSorted(dated)) { // a corpus comes sorted; filtered lists stay sorted
            dated.sort(ORDER);
        }
        String[] laneIds = new String[dated.size()];
        for (int i = 0; i < laneIds.length; i++) {
            laneIds[i] = laneId(dated.get(i), mode, byId);
        }
        List<Lane> lanes = mode == LaneMode.SIDE ? sideLanes(laneIds, byId) : categoryLanes(dated);
        Map<String, Integer> laneIndex = new HashMap<>();
        List<List<TimelineEvent>> perLane = new ArrayList<>();
        for (Lane lane : lanes) {
            laneIndex.put(lane.id(), perLane.size());
            perLane.add(new ArrayList<>());
        }
        int[] laneOfDated = new int[laneIds.length];
        for (int i = 0; i < laneIds.length; i++) {
            laneOfDated[i] = laneIndex.get(laneIds[i]);
            perLane.get(laneOfDated[i]).add(dated.get(i));
        }
        LaneEvents[] le = perLane.stream().map(LaneEvents::new).toArray(LaneEvents[]::new);
        return new TimelineModel(mode, lanes, le, java.util.Collections.unmodifiableList(dated), undated, byId,
                laneOfDated);
    }

    /**
     * The model of some of this model's events, built from its lanes without laying them out again: the same as
     * {@link #of} with this model's actors and lane mode, or null when the events are not this model's dated
     * events (undated ones aside) in the same order, e.g. a search typed on from the one that made this model.
     */
    public TimelineModel narrowed(List<TimelineEvent> events) {
        int lanesIn = laneEvents.length;
        boolean[] kept = new boolean[dated.size()];
        List<TimelineEvent> newDated = new ArrayList<>(Math.min(events.size(), dated.size()));
        List<TimelineEvent> newUndated = new ArrayList<>();
        int[] count = new int[lanesIn];
        int at = 0;
        for (TimelineEvent e : events) {
            if (!e.date().isResolved()) {
                newUndated.add(e);
                continue;
            }
            while (at < kept.length && dated.get(at) != e) {
                at++;
            }
            if (at == kept.length) {
                return null;
            }
            kept[at] = true;
            count[laneOfDated[at]]++;
            newDated.add(e);
            at++;
        }
        int[] newLaneOf = new int[lanesIn];
        List<Lane> newLanes = new ArrayList<>();
        List<LaneEvents> newLaneEvents = new ArrayList<>();
        TimelineEvent[][] ev = new TimelineEvent[lanesIn][];
        double[][] st = new double[lanesIn][];
        double[][] en = new double[lanesIn][];
        for (int l = 0; l < lanesIn; l++) {
            newLaneOf[l] = count[l] > 0 ? newLanes.size() : -1;
            if (count[l] > 0) {
                newLanes.add(lanes.get(l));
                ev[l] = new TimelineEvent[count[l]];
                st[l] = new double[count[l]];
                en[l] = new double[count[l]];
            }
        }
        int[] inLane = new int[lanesIn];
        int[] filled = new int[lanesIn];
        int[] laneOfNew = new int[newDated.size()];
        int k = 0;
        for (int i = 0; i < kept.length; i++) {
            int l = laneOfDated[i];
            int j = inLane[l]++;
            if (kept[i]) {
                int f = filled[l]++;
                ev[l][f] = laneEvents[l].events[j];
                st[l][f] = laneEvents[l].start[j];
                en[l][f] = laneEvents[l].end[j];
                laneOfNew[k++] = newLaneOf[l];
            }
        }
        for (int l = 0; l < lanesIn; l++) {
            if (count[l] > 0) {
                newLaneEvents.add(new LaneEvents(ev[l], st[l], en[l]));
            }
        }
        return new TimelineModel(mode, newLanes, newLaneEvents.toArray(LaneEvents[]::new),
                java.util.Collections.unmodifiableList(newDated), newUndated, actors, laneOfNew);
    }

    private static boolean isSorted(List<TimelineEvent> dated) {
        for (int i = 1; i < dated.size(); i++) {
            if (ORDER.compare(dated.get(i - 1), dated.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** One lane per side the events fall in, in the order of the side actors in the actor list; "other" last. */
    private static List<Lane> sideLanes(String[] laneIds, Map<String, Actor> actors) {
        Set<String> sides = new LinkedHashSet<>(List.of(laneIds));
        List<String> ordered = new ArrayList<>();
        actors.keySet().stream().filter(sides::contains).filter(s -> !s.equals(Actor.NO_SIDE)).forEach(ordered::add);
        sides.stream().filter(s -> !ordered.contains(s) && !s.equals(Actor.NO_SIDE)).sorted().forEach(ordered::add);
        if (sides.contains(Actor.NO_SIDE)) {
            ordered.add(Actor.NO_SIDE);
        }
        List<Lane> lanes = new ArrayList<>();
        for (String side : ordered) {
            Actor a = actors.get(side);
            String label = a != null ? a.name() : side.equals(Actor.NO_SIDE) ? "Others" : capitalise(side);
            String color = a != null && a.color() != null ? a.color() : "#6b7280";
            lanes.add(new Lane(side, label, color));
        }
        return lanes;
    }

    private static List<Lane> categoryLanes(List<TimelineEvent> dated) {
        Set<Category> used = dated.stream().map(TimelineEvent::category)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Lane> lanes = new ArrayList<>();
        for (Category c : used) {
            lanes.add(new Lane(c.id(), capitalise(c.label()), CATEGORY_COLORS[c.ordinal() % CATEGORY_COLORS.length]));
        }
        return lanes;
    }

    private static String laneId(TimelineEvent e, LaneMode mode, Map<String, Actor> actors) {
        return mode == LaneMode.SIDE ? sideOf(e, actors) : e.category().id();
    }

    /** True when a holds the same objects as b, in the same order (no deep comparison of events). */
    public static boolean sameItems(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The side of the event's main actor (the first one on a side), or "other". */
    public static String sideOf(TimelineEvent e, Map<String, Actor> actors) {
        for (String id : e.actors()) {
            Actor a = actors.get(id);
            if (a != null && a.side() != null && !a.side().equals(Actor.NO_SIDE)) {
                return a.side();
            }
        }
        return Actor.NO_SIDE;
    }

    /** Colours of the sides other than the main one that take part in the event, in actor order. */
    public List<String> otherSideColors(TimelineEvent e) {
        String main = sideOf(e, actors);
        Set<String> sides = new LinkedHashSet<>();
        for (String id : e.actors()) {
            Actor a = actors.get(id);
            if (a != null && a.side() != null && !a.side().equals(main)) {
                sides.add(a.side());
            }
        }
        List<String> colors = new ArrayList<>();
        for (String side : sides) {
            Actor s = actors.get(side);
            if (s != null && s.color() != null) {
                colors.add(s.color());
            }
        }
        return colors;
    }

    /** The colour of the event's main side, whatever the lanes (a side actor's colour, else the actor's own). */
    public String sideColorOf(TimelineEvent e) {
        String side = sideOf(e, actors);
        Actor a = actors.get(side);
        if (a != null && a.color() != null) {
            return a.color();
        }
        for (String id : e.actors()) {
            Actor actor = actors.get(id);
            if (actor != null && actor.color() != null) {
                return actor.color();
            }
        }
        return "#6b7280";
    }

    /** The colour of the event's lane: its main side, or its category. */
    public String colorOf(TimelineEvent e) {
        String id = laneId(e, mode, actors);
        for (Lane l : lanes) {
            if (l.id().equals(id)) {
                return l.color();
            }
        }
        return "#6b7280";
    }

    public static double startDay(TimelineEvent e) {
        return e.date().start().toEpochDay();
    }

    /** Exclusive end: the day after the last day. */
    public static double endDay(TimelineEvent e) {
        return e.date().last().toEpochDay() + 1;
    }

    public LaneMode mode() {
        return mode;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public LaneEvents lane(int i) {
        return laneEvents[i];
    }

    public int laneOf(TimelineEvent e) {
        String id = laneId(e, mode, actors);
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Dated events in time order. */
    public List<TimelineEvent> dated() {
        return dated;
    }

    public List<TimelineEvent> undated() {
        return undated;
    }

    public Map<String, Actor> actors() {
        return actors;
    }

    /** First day of the earliest event (epoch day). */
    public double firstDay() {
        return first;
    }

    /** End (exclusive) of the latest event. */
    public double lastDay() {
        return last;
    }

    public boolean isEmpty() {
        return dated.isEmpty();
    }

    /**
     * A compressed axis for these events: quiet stretches longer than a month squeezed to a short break, the
     * active stretches sharing the axis by event count ({@link WeightedAxis}). Vague events (a year or coarser,
     * long approximate spans, "since 2022") count as points at their start, so they do not hold the axis open.
     */
    public AxisWarp compressedAxis() {
        double[] s = new double[dated.size()];
        double[] e = new double[dated.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = startDay(dated.get(i));
            e[i] = busyEnd(dated.get(i));
        }
        return WeightedAxis.of(s, e, MIN_QUIET_DAYS, PAD_DAYS, MIN_STRETCH_WEIGHT, BREAK_SHARE);
    }

    /** Where an event stops holding the axis open: vague dates are points, long spans count only at first. */
    static double busyEnd(TimelineEvent e) {
        double start = startDay(e);
        double end = endDay(e);
        boolean vague = e.date().precision().compareTo(Precision.YEAR) >= 0
                || e.date().isApproximate() && end - start > BUSY_DAYS;
        return vague ? start + 1 : Math.min(end, start + BUSY_DAYS);
    }

    private static final double BUSY_DAYS = 21;
    private static final double PAD_DAYS = 5;
    private static final double MIN_QUIET_DAYS = 30;
    private static final double MIN_STRETCH_WEIGHT = 3;
    private static final double BREAK_SHARE = 1.0 / 40;

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
