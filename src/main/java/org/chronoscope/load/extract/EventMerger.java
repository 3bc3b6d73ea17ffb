package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Category;

/**
 * The corpus stage's grouping of candidates that report the same happening, within an article and across
 * articles. Candidates are blocked, never compared all against all: a candidate is compared only with the groups
 * that share one of its rarer features (an actor, a place, one of its three rarest words) and lie in its date
 * window (a day-precise date looks a week either side, for sources that disagree on the day). Two candidates join
 * when their features are similar enough (cosine over rarity-weighted features) and nothing contradicts it
 * (different places, different counterparts, different kinds of event without strong likeness).
 */
final class EventMerger {
    /** A date window up to this many days long is fine enough to look for the same happening around it. */
    static final int FINE_DAYS = 7;
    /** Sources that disagree on the day by up to this many days may still report one happening. */
    static final int DISPUTE_DAYS = 7;
    private static final int MONTH_DAYS = 31;
    /**
     * A date as coarse as a year may still join a day-precise group inside it (same actors and kind of happening,
     * strong likeness): the day groups filed under its features are a binary search away, at most a bounded
     * number per feature, so this stays near-linear.
     */
    private static final int YEAR_DAYS = 366;
    /** Most groups looked at per index entry (the most recent ones): keeps a very common feature cheap. */
    private static final int PER_ENTRY = 48;
    private static final int BLOCKING_TERMS = 3;
    /** Most index entries one group is filed under. */
    private static final int MAX_KEYS = 24;
    static final double SIMILAR = 0.28;
    static final double STRONG = 0.45;
    static final double SAME_DESPITE_DATES = 0.5;
    /** Added to the likeness for each of: the same kind of event, the same date window. */
    static final double AGREEING = 0.05;
    /** Enough likeness for candidates that share an actor and a kind of happening ({@link Actions}) in one window. */
    static final double ACTION_SIMILAR = 0.12;
    /** Enough likeness for such candidates from different articles that give days this close (a day apart). */
    static final int ADJACENT_DAYS = 1;
    /**
     * The same when both dates are written out ("on 22 June 2022", "June 24, 2022"): outlets that state different
     * days for one filing disagree on a fact, where weekdays two days apart are more often two happenings.
     */
    static final int STATED_DAYS = 2;
    /** Enough likeness for such candidates from different articles that give adjacent days. */
    static final double DISPUTED_ACTION = 0.2;

    private final Function<String, Actor> actors;
    private final Map<String, Boolean> persons = new HashMap<>();

    EventMerger(Function<String, Actor> actors) {
        this.actors = actors;
    }

    private boolean isPerson(String id) {
        return persons.computeIfAbsent(id, k -> {
            Actor a = actors.apply(k);
            return a != null && a.kind() == ActorKind.PERSON;
        });
    }

    /** The groups, each a list of candidates, in the order their first candidate was met. */
    List<List<Candidate>> group(List<Candidate> candidates) {
        Features features = new Features(candidates);
        List<Item> fine = new ArrayList<>();
        List<Item> coarse = new ArrayList<>();
        List<Item> other = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Item it = new Item(candidates.get(i), i, features);
            if (!it.resolved) {
                other.add(it);
            } else if (it.last - it.start + 1 <= FINE_DAYS) {
                fine.add(it);
            } else if (it.last - it.start + 1 <= MONTH_DAYS) {
                coarse.add(it);
            } else {
                other.add(it);
            }
        }
        Comparator<Item> byDate = Comparator.comparingLong((Item it) -> it.start).thenComparingInt(it -> it.index);
        fine.sort(byDate);
        coarse.sort(byDate);
        List<Group> groups = new ArrayList<>();
        Map<Integer, Filed> dayIndex = new HashMap<>();
        for (Item it : fine) {
            Group g = bestByDay(it, dayIndex, it.start - DISPUTE_DAYS, it.last + DISPUTE_DAYS, false);
            if (g == null) {
                g = new Group(it);
                groups.add(g);
            } else {
                g.members.add(it);
            }
            fileByDay(g, it, dayIndex);
        }
        Map<Long, List<Group>> windowIndex = new HashMap<>();
        for (Item it : coarse) {
            Group g = bestByDay(it, dayIndex, it.start, it.last, true);
            if (g == null) {
                g = best(it, windowIndex, windowKey(it), windowKey(it), false);
            }
            if (g == null) {
                g = new Group(it);
                groups.add(g);
                file(g, it, windowIndex, windowKey(it));
            } else {
                g.members.add(it);
            }
        }
        Map<String, List<Group>> exact = new HashMap<>();
        for (Item it : other) {
            Group within = it.resolved && it.last - it.start + 1 <= YEAR_DAYS
                    ? bestByDay(it, dayIndex, it.start, it.last, true) : null;
            if (within != null) { // "filed in 2022" corroborates the day it was filed: a coarser date, no dispute
                within.members.add(it);
                continue;
            }
            String key = it.resolved ? it.start + ".." + it.last
                    : it.c.article() + "\u0000" + String.valueOf(it.c.date().basis().expression()).toLowerCase();
            List<Group> same = exact.computeIfAbsent(key, k -> new ArrayList<>());
            Group g = bestOf(it, same, true);
            if (g == null) {
                g = new Group(it);
                groups.add(g);
                same.add(g);
            } else {
                g.members.add(it);
            }
        }
        groups.sort(Comparator.comparingInt(g -> g.seed.index));
        List<List<Candidate>> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            List<Candidate> members = new ArrayList<>(g.members.size());
            g.members.forEach(m -> members.add(m.c));
            out.add(members);
        }
        return out;
    }

    private static long windowKey(Item it) {
        return it.start * 4096 + Math.min(4095, it.last - it.start);
    }

    /**
     * The groups filed under one feature, with the day each was filed on (the day of the member that filed it).
     * Fine candidates are met in date order, so the days only grow: a date window is a binary search away.
     */
    private static final class Filed {
        long[] days = new long[4];
        Group[] groups = new Group[4];
        int size;

        void add(long day, Group g) {
            if (size > 0 && groups[size - 1] == g) {
                return;
            }
            if (size == days.length) {
                days = java.util.Arrays.copyOf(days, size * 2);
                groups = java.util.Arrays.copyOf(groups, size * 2);
            }
            days[size] = day;
            groups[size++] = g;
        }

        /** Index after the last entry filed on or before day. */
        int upTo(long day) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private void fileByDay(Group g, Item it, Map<Integer, Filed> index) {
        for (int f : it.blocking) {
            if (g.keys >= MAX_KEYS) {
                return;
            }
            index.computeIfAbsent(f, k -> new Filed()).add(it.start, g);
            g.keys++;
        }
    }

    /** The most similar group filed under one of the item's blocking features on a day in [from, to]. */
    private Group bestByDay(Item it, Map<Integer, Filed> index, long from, long to, boolean strong) {
        Choice choice = new Choice(it, strong);
        for (int f : it.blocking) {
            Filed filed = index.get(f);
            if (filed == null) {
                continue;
            }
            int end = filed.upTo(to);
            for (int k = end - 1; k >= Math.max(0, end - PER_ENTRY) && filed.days[k] >= from; k--) {
                choice.consider(filed.groups[k]);
            }
        }
        return choice.best;
    }

    private static long key(long day, int feature) {
        return day << 32 ^ (feature & 0xffffffffL);
    }

    private void file(Group g, Item it, Map<Long, List<Group>> index, long day) {
        for (int f : it.blocking) {
            if (g.keys >= MAX_KEYS) {
                return;
            }
            List<Group> list = index.computeIfAbsent(key(day, f), k -> new ArrayList<>(2));
            if (list.isEmpty() || list.get(list.size() - 1) != g) {
                list.add(g);
                g.keys++;
            }
        }
    }

    /** The most similar group filed under one of the item's blocking features on a day in [from, to]. */
    private Group best(Item it, Map<Long, List<Group>> index, long from, long to, boolean strong) {
        Choice choice = new Choice(it, strong);
        for (long day = from; day <= to; day++) {
            for (int f : it.blocking) {
                List<Group> list = index.get(key(day, f));
                if (list == null) {
                    continue;
                }
                for (int k = list.size() - 1; k >= Math.max(0, list.size() - PER_ENTRY); k--) {
                    choice.consider(list.get(k));
                }
            }
        }
        return choice.best;
    }

    /** The most similar group an item has been shown so far; a group is looked at once per item. */
    private final class Choice {
        private final Item item;
        private final boolean strong;
        private Group best;
        private double bestScore;

        Choice(Item item, boolean strong) {
            this.item = item;
            this.strong = strong;
        }

        void consider(Group g) {
            if (g.seenBy == item.index) {
                return;
            }
            g.seenBy = item.index;
            double s = score(item, g.seed, strong);
            if (s > bestScore) {
                best = g;
                bestScore = s;
            }
        }
    }

    private Group bestOf(Item it, List<Group> groups, boolean strong) {
        Group best = null;
        double bestScore = 0;
        for (int k = groups.size() - 1; k >= Math.max(0, groups.size() - PER_ENTRY); k--) {
            double s = score(it, groups.get(k).seed, strong);
            if (s > bestScore) {
                best = groups.get(k);
                bestScore = s;
            }
        }
        return best;
    }

    /** How alike two candidates are, or 0 when they must not join. */
    double score(Item a, Item b, boolean strong) {
        if (a.c.passage().equals(b.c.passage()) || conflict(a.c, b.c)) {
            return 0;
        }
        int sharedTerms = 0;
        int sharedEntities = 0;
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.features.length && j < b.features.length) {
            if (a.features[i] == b.features[j]) {
                dot += a.weights[i] * a.weights[i];
                if (a.entity[i]) {
                    sharedEntities++;
                } else {
                    sharedTerms++;
                }
                i++;
                j++;
            } else if (a.features[i] < b.features[j]) {
                i++;
            } else {
                j++;
            }
        }
        double cosine = a.norm == 0 || b.norm == 0 ? 0 : dot / (a.norm * b.norm);
        boolean overlap = a.resolved && b.resolved ? a.start <= b.last && b.start <= a.last
                : a.resolved == b.resolved;
        boolean sameKind = a.c.category() == b.c.category() || isSoft(a.c.category()) || isSoft(b.c.category());
        if (a.c.category() == b.c.category() && !isSoft(a.c.category())) {
            cosine += AGREEING;
        }
        if (a.resolved && b.resolved && a.start == b.start && a.last == b.last) {
            cosine += AGREEING;
        }
        double need = strong || !sameKind ? STRONG : SIMILAR;
        boolean sameAction = Actions.share(a.actions, b.actions);
        if (overlap) {
            if (cosine >= need && (sharedEntities > 0 || sharedTerms >= 3)) {
                return cosine;
            }
            if (!sameAction) {
                return 0;
            }
            if (sharedEntities > 0 && cosine >= (strong ? SIMILAR : ACTION_SIMILAR)) {
                return cosine + AGREEING;
            }
            boolean anonymous = a.entities == 0 || b.entities == 0;
            return anonymous && !strong && cosine >= SIMILAR && sharedTerms >= 2 ? cosine : 0;
        }
        if (cosine >= Math.max(need, SAME_DESPITE_DATES) && sharedEntities > 0 && sharedTerms >= 2) {
            return cosine;
        }
        boolean disputed = sameAction && sharedEntities > 0 && sharedTerms >= 2 && !a.c.article().equals(b.c.article())
                && a.start == a.last && b.start == b.last && Math.abs(a.start - b.start) <= (stated(a) && stated(b)
                ? STATED_DAYS : ADJACENT_DAYS);
        return disputed && cosine >= DISPUTED_ACTION ? cosine - AGREEING : 0;
    }

    private static boolean stated(Item it) {
        return it.c.date().basis() != null && it.c.date().basis().kind() == BasisKind.STATED;
    }

    private static boolean isSoft(Category c) {
        return c == Category.STATEMENT || c == Category.BACKGROUND || c == Category.PLAN || c == Category.ECONOMY;
    }

    /** The rarity-weighted cosine of two candidates' features (for looking at merging). */
    double cosine(Item a, Item b) {
        return a.norm == 0 || b.norm == 0 ? 0 : sharedWeight(a, b) / (a.norm * b.norm);
    }

    /** The rarity-weighted overlap coefficient: shared weight over the smaller candidate's weight. */
    double overlap(Item a, Item b) {
        double min = Math.min(a.norm * a.norm, b.norm * b.norm);
        return min == 0 ? 0 : sharedWeight(a, b) / min;
    }

    /** The sum of squared weights of the features both candidates have (both feature arrays are sorted). */
    private static double sharedWeight(Item a, Item b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.features.length && j < b.features.length) {
            if (a.features[i] == b.features[j]) {
                dot += a.weights[i] * a.weights[i];
                i++;
                j++;
            } else if (a.features[i] < b.features[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** Different places, or different counterparts on both sides ("Zelensky met Macron" / "… met Starmer"). */
    private boolean conflict(Candidate a, Candidate b) {
        if (!a.places().isEmpty() && !b.places().isEmpty() && disjoint(a.places(), b.places())) {
            return true;
        }
        if (!hasPersonMissingFrom(a, b) || !hasPersonMissingFrom(b, a)) {
            return false;
        }
        return sharesPerson(a, b) || persons(a) > 1 && persons(b) > 1;
    }

    private boolean sharesPerson(Candidate a, Candidate b) {
        for (String id : a.actors()) {
            if (isPerson(id) && b.actors().contains(id)) {
                return true;
            }
        }
        return false;
    }

    private int persons(Candidate c) {
        int n = 0;
        for (String id : c.actors()) {
            n += isPerson(id) && !id.equals(c.speaker()) ? 1 : 0;
        }
        return n;
    }

    private boolean hasPersonMissingFrom(Candidate a, Candidate b) {
        for (String id : a.actors()) {
            if (isPerson(id) && !id.equals(a.speaker()) && !b.actors().contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean disjoint(List<String> a, List<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** A group of candidates; its first member stands for it in comparisons. */
    private static final class Group {
        final Item seed;
        final List<Item> members = new ArrayList<>(2);
        int seenBy = -1;
        int keys;

        Group(Item seed) {
            this.seed = seed;
            members.add(seed);
        }
    }

    /**
     * How rare each feature is across the candidates (rarer features weigh more), and each candidate's features:
     * its entities (actors and places) and its terms with the families of happening they name ({@link Actions}).
     */
    static final class Features {
        final IntCounts df = new IntCounts();
        final int n;
        final int[][] entities;
        final int[][] terms;
        final int[][] actions;

        Features(List<Candidate> candidates) {
            n = candidates.size();
            entities = new int[n][];
            terms = new int[n][];
            actions = new int[n][];
            for (int k = 0; k < n; k++) {
                Candidate c = candidates.get(k);
                int[] e = new int[c.actors().size() + c.places().size()];
                int m = 0;
                for (String a : c.actors()) {
                    e[m++] = entity(a);
                }
                for (String p : c.places()) {
                    e[m++] = entity(p);
                }
                entities[k] = Terms.distinct(e, m);
                actions[k] = Actions.of(c.terms());
                int[] t = java.util.Arrays.copyOf(c.terms(), c.terms().length + actions[k].length);
                System.arraycopy(actions[k], 0, t, c.terms().length, actions[k].length);
                terms[k] = Terms.distinct(t, t.length);
                for (int x : terms[k]) {
                    df.add(x);
                }
                for (int x : entities[k]) {
                    df.add(x);
                }
            }
        }

        int df(int feature) {
            return Math.max(1, df.get(feature));
        }

        double weight(int feature, boolean entity) {
            double idf = Math.log(1.0 + (double) n / df(feature));
            return entity ? 1.5 * idf : idf;
        }

        static int entity(String id) {
            return ("@" + id).hashCode();
        }
    }

    /** A candidate as merging sees it: its date window in epoch days and its weighted features, sorted. */
    static final class Item {
        final Candidate c;
        final int index;
        final boolean resolved;
        final long start;
        final long last;
        final int[] features;
        final double[] weights;
        final boolean[] entity;
        final double norm;
        final int[] blocking;
        final int[] actions;
        final int entities;

        /** The candidate at this index of the list the features were counted over. */
        Item(Candidate c, int index, Features f) {
            this.c = c;
            this.index = index;
            resolved = c.date().isResolved();
            start = resolved ? c.date().start().toEpochDay() : 0;
            last = resolved ? c.date().last().toEpochDay() : 0;
            int[] entities = f.entities[index];
            this.entities = entities.length;
            actions = f.actions[index];
            int[] terms = f.terms[index];
            int[] merged = new int[terms.length + entities.length];
            boolean[] isEntity = new boolean[merged.length];
            int n = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length || j < entities.length) {
                if (j >= entities.length || i < terms.length && terms[i] < entities[j]) {
                    merged[n++] = terms[i++];
                } else {
                    if (i < terms.length && terms[i] == entities[j]) {
                        i++;
                    }
                    isEntity[n] = true;
                    merged[n++] = entities[j++];
                }
            }
            features = java.util.Arrays.copyOf(merged, n);
            weights = new double[n];
            entity = java.util.Arrays.copyOf(isEntity, n);
            double sum = 0;
            for (i = 0; i < features.length; i++) {
                weights[i] = f.weight(features[i], entity[i]);
                sum += weights[i] * weights[i];
            }
            norm = Math.sqrt(sum);
            blocking = blocking(f);
        }

        /**
         * Its entities that are not everywhere, and its rarest terms that some other candidate has too (a term
         * no other candidate has can find nothing).
         */
        private int[] blocking(Features f) {
            List<Integer> out = new ArrayList<>();
            int common = Math.max(8, f.n / 4);
            List<int[]> terms = new ArrayList<>();
            for (int i = 0; i < features.length; i++) {
                int df = f.df(features[i]);
                if (entity[i] && df <= common && df > 1) {
                    out.add(features[i]);
                } else if (!entity[i] && df > 1) {
                    terms.add(new int[] {features[i], df});
                }
            }
            for (int a : actions) {
                out.add(a);
            }
            terms.sort(Comparator.comparingInt((int[] t) -> t[1]).thenComparingInt(t -> t[0]));
            for (int k = 0; k < Math.min(BLOCKING_TERMS, terms.size()); k++) {
                out.add(terms.get(k)[0]);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
