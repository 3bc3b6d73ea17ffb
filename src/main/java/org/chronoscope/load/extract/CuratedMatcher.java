package org.chronoscope.load.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;

/**
 * Matches candidates against the curated catalogue: a candidate in an overlapping (and not much wider) date window
 * that shares a person or enough key words with a curated event becomes a further source of it (states and
 * organisations are too common to match by; words found in many candidates do not count). Curated events are
 * filed by the months they cover, so a candidate is compared only with those of its own months.
 */
final class CuratedMatcher {
    /** An event longer than this many months is kept aside and compared with every candidate. */
    private static final int FILED_MONTHS = 24;

    private final List<Target> targets = new ArrayList<>();
    private final Map<Long, List<Target>> byMonth = new HashMap<>();
    private final List<Target> long_ = new ArrayList<>();
    private final Map<String, List<Passage>> covered = new HashMap<>();
    private final Map<String, int[]> coveredEnds = new HashMap<>();

    /** A curated event as matching sees it: its terms and people, and the sources found for it. */
    private static final class Target {
        final TimelineEvent event;
        final int[] terms;
        final Set<String> people;
        final List<Passage> further = new ArrayList<>();
        int seenBy = -1;

        Target(TimelineEvent event, int[] terms, Set<String> people) {
            this.event = event;
            this.terms = terms;
            this.people = people;
        }
    }

    /** Terms found in this many candidates or more say nothing about which event a candidate reports. */
    private final java.util.function.IntPredicate common;

    CuratedMatcher(List<TimelineEvent> curated, java.util.function.Function<String, Actor> actors,
                   java.util.function.IntPredicate common) {
        this.common = common;
        for (TimelineEvent e : curated) {
            StringBuilder text = new StringBuilder(e.title()).append(". ").append(e.summary());
            e.sources().forEach(p -> text.append(". ").append(p.quote()));
            Set<String> people = new HashSet<>(e.actors());
            people.removeIf(id -> actors.apply(id) == null || actors.apply(id).kind() != ActorKind.PERSON);
            Target t = new Target(e, Terms.of(text.toString()), people);
            targets.add(t);
            e.sources().forEach(p -> covered.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p));
            if (!e.date().isResolved()) {
                continue;
            }
            long first = month(e.date().start());
            long last = month(e.date().last());
            if (last - first >= FILED_MONTHS) {
                long_.add(t);
            } else {
                for (long m = first; m <= last; m++) {
                    byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(t);
                }
            }
        }
        covered.forEach((article, passages) -> {
            passages.sort(java.util.Comparator.comparingInt(Passage::start));
            int[] maxEnd = new int[passages.size()];
            for (int i = 0; i < maxEnd.length; i++) {
                maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : 0, passages.get(i).end());
            }
            coveredEnds.put(article, maxEnd);
        });
    }

    private static long month(LocalDate d) {
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    /** True when a curated event already quotes (part of) the candidate's sentence. */
    boolean isCovered(Candidate c) {
        List<Passage> taken = covered.get(c.article());
        if (taken == null) {
            return false;
        }
        int lo = 0;
        int hi = taken.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (taken.get(mid).start() < c.passage().end()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && coveredEnds.get(c.article())[last] > c.passage().start();
    }

    /** Adds the candidate to the curated event it reports, if any; true when it did. */
    boolean match(Candidate c, int stamp) {
        if (!c.date().isResolved() || targets.isEmpty()) {
            return false;
        }
        Target best = null;
        int bestScore = 0;
        long first = month(c.date().start());
        long last = Math.min(month(c.date().last()), first + FILED_MONTHS);
        for (long m = first; m <= last + 1; m++) {
            List<Target> list = m <= last ? byMonth.get(m) : long_;
            if (list == null) {
                continue;
            }
            for (Target t : list) {
                if (t.seenBy == stamp || !windowsOverlap(c.date(), t.event.date())) {
                    continue;
                }
                t.seenBy = stamp;
                int shared = 0;
                for (String a : c.actors()) {
                    shared += t.people.contains(a) ? 1 : 0;
                }
                int sharedWords = Terms.shared(c.terms(), t.terms, common);
                int score = shared * 3 + sharedWords;
                if ((shared > 0 || sharedWords >= 3) && score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            return false;
        }
        best.further.add(c.passage());
        return true;
    }

    /** The candidate's window overlaps the event's and is not much wider ("this year" is no match for a day). */
    private static boolean windowsOverlap(EventDate candidate, EventDate event) {
        if (candidate.start() == null || event.start() == null
                || candidate.start().isAfter(event.last()) || event.start().isAfter(candidate.last())) {
            return false;
        }
        long c = ChronoUnit.DAYS.between(candidate.start(), candidate.last()) + 1;
        long e = ChronoUnit.DAYS.between(event.start(), event.last()) + 1;
        return c <= Math.max(3 * e, e + 7);
    }

    /** The curated events, each with the further sources found for it. */
    List<TimelineEvent> curated() {
        List<TimelineEvent> out = new ArrayList<>(targets.size());
        for (Target t : targets) {
            if (t.further.isEmpty()) {
                out.add(t.event);
            } else {
                List<Passage> sources = new ArrayList<>(t.event.sources());
                sources.addAll(t.further);
                out.add(t.event.withSources(sources));
            }
        }
        return out;
    }
}
