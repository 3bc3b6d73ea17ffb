package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.TimelineEvent;

/**
 * The sides (lanes) of a corpus: the states and blocs its events involve most. Each actor counts for a side:
 * the side the catalogue gives it, else the side of what it acts for (a minister for the state), else itself
 * when it is a state or an independent organisation. The sides are those counting in the most events, at most
 * {@value #MAX_SIDES}, each in at least {@value #MIN_EVENTS} events and a {@value #MIN_SHARE_OF_TOP} share of the
 * busiest side's, or in one event at least while the articles name it (and those acting for it) a
 * {@value #MIN_SHARE_OF_NAMED} share as often as the most named side; everything else is "other". The catalogue's sides keep their order and colours; any other side
 * gets a colour picked from its id, so it keeps it from one load to the next.
 */
public final class Sides {
    /** The colour of actors outside every side. */
    public static final String NO_SIDE_COLOR = "#7b7f8c";
    static final int MAX_SIDES = 5;
    static final int MIN_EVENTS = 2;
    static final double MIN_SHARE_OF_TOP = 0.2;
    static final double MIN_SHARE_OF_NAMED = 0.3;
    private static final String[] PALETTE = {"#8e44ad", "#e67e22", "#2e8b57", "#c2185b", "#8d6e63", "#0097a7",
        "#3949ab", "#7cb342", "#b8860b", "#5e35b1"};

    private Sides() {
    }

    /**
     * The actors with their sides and colours for these events, side actors first in lane order, then the rest
     * in the given order. A side the list lacks (a catalogue side no article names, only its people) is taken
     * from the catalogue.
     */
    public static List<Actor> assign(List<Actor> actors, List<TimelineEvent> events, Map<String, Integer> mentions,
                                     Gazetteer catalogue) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.putIfAbsent(a.id(), a));
        Function<String, Actor> find = id -> byId.containsKey(id) ? byId.get(id) : catalogue.actor(id);
        Map<String, String> candidate = new HashMap<>();
        actors.forEach(a -> candidate.put(a.id(), candidate(a, find, 0)));
        Map<String, Integer> involvement = new HashMap<>();
        for (TimelineEvent e : events) {
            Set<String> sides = new HashSet<>();
            for (String id : e.actors()) {
                String c = candidate.computeIfAbsent(id, k -> find.apply(k) == null ? null : candidate(find.apply(k),
                        find, 0));
                if (c != null) {
                    sides.add(c);
                }
            }
            sides.forEach(s -> involvement.merge(s, 1, Integer::sum));
        }
        Map<String, Integer> named = new HashMap<>();
        mentions.forEach((id, n) -> {
            String c = candidate.get(id);
            if (c != null) {
                named.merge(c, n, Integer::sum);
            }
        });
        List<String> chosen = choose(involvement, named, find, catalogue);
        Map<String, String> colors = colors(chosen, find);
        List<Actor> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String side : chosen) {
            Actor a = find.apply(side);
            out.add(a.withSide(side, colors.get(side)));
            done.add(side);
        }
        for (Actor a : actors) {
            if (done.add(a.id())) {
                String c = candidate.get(a.id());
                boolean sided = c != null && colors.containsKey(c);
                out.add(a.withSide(sided ? c : Actor.NO_SIDE, sided ? colors.get(c) : NO_SIDE_COLOR));
            }
        }
        return out;
    }

    /** The side an actor counts for, or null (a person nobody says whom they act for). */
    static String candidate(Actor a, Function<String, Actor> find, int depth) {
        if (a.origin() == ActorOrigin.CATALOGUE && a.side() != null && !a.side().equals(Actor.NO_SIDE)) {
            return a.side();
        }
        if (a.affiliation() != null && depth < 3) {
            Actor to = find.apply(a.affiliation());
            String c = to == null ? null : candidate(to, find, depth + 1);
            if (c != null) {
                return c;
            }
        }
        return a.kind() == ActorKind.PERSON || a.id().equals(Actor.NO_SIDE) ? null : a.id();
    }

    private static List<String> choose(Map<String, Integer> involvement, Map<String, Integer> named,
                                       Function<String, Actor> find, Gazetteer catalogue) {
        List<String> ranked = new ArrayList<>(involvement.keySet());
        ranked.removeIf(id -> find.apply(id) == null);
        ranked.sort(Comparator.comparing((String id) -> -involvement.get(id))
                .thenComparing(id -> -named.getOrDefault(id, 0)).thenComparing(id -> id));
        int top = ranked.isEmpty() ? 0 : involvement.get(ranked.get(0));
        int mostNamed = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> chosen = new ArrayList<>();
        for (String id : ranked) {
            int n = involvement.get(id);
            boolean inEvents = n >= MIN_EVENTS && n >= MIN_SHARE_OF_TOP * top;
            boolean muchNamed = named.getOrDefault(id, 0) >= MIN_SHARE_OF_NAMED * mostNamed;
            if (chosen.size() < MAX_SIDES && (inEvents || muchNamed)) {
                chosen.add(id);
            }
        }
        List<String> ordered = new ArrayList<>();
        catalogue.actors().stream().map(Actor::id).filter(chosen::contains).forEach(ordered::add);
        chosen.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        return ordered;
    }

    private static boolean isCatalogueSide(Actor a) {
        return a.origin() == ActorOrigin.CATALOGUE && a.isSide();
    }

    /** Catalogue sides keep their colour; the others take one from the palette by their id's hash. */
    private static Map<String, String> colors(List<String> sides, Function<String, Actor> find) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (String id : sides) {
            Actor a = find.apply(id);
            if (isCatalogueSide(a) && a.color() != null) {
                out.put(id, a.color());
                used.add(a.color());
            }
        }
        for (String id : sides) {
            if (out.containsKey(id)) {
                continue;
            }
            int start = Math.floorMod(id.hashCode(), PALETTE.length);
            String color = PALETTE[start];
            for (int k = 0; k < PALETTE.length && used.contains(color); k++) {
                color = PALETTE[(start + k) % PALETTE.length];
            }
            out.put(id, color);
            used.add(color);
        }
        return out;
    }
}
