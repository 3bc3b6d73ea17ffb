package org.chronoscope.load.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.Category;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Topic;
import org.chronoscope.model.TimelineEvent;

/**
 * One event from a group of candidates that report the same happening: the headline of the candidate that
 * reads best, the date most articles support (a different date from another source is kept in {@code dispute},
 * never dropped; a coarser date that holds the chosen one, "in 2022" for "on 22 June 2022", corroborates it),
 * the actors, places and topics of all, and every passage.
 */
final class MergedEvent {
    private MergedEvent() {
    }

    static TimelineEvent of(List<Candidate> group) {
        Candidate lead = lead(group);
        DateChoice date = date(group, lead);
        List<Passage> sources = new ArrayList<>(group.size());
        group.forEach(c -> sources.add(c.passage()));
        sources.sort(Comparator.comparing(Passage::article).thenComparingInt(Passage::start));
        Set<Topic> topics = new TreeSet<>();
        group.forEach(c -> topics.addAll(c.topics()));
        return new TimelineEvent(lead.eventId(), lead.title(), lead.passage().quote(), date.date,
                category(group, lead), ranked(group, lead, true), ranked(group, lead, false), topics, sources,
                Origin.EXTRACTED, date.dispute);
    }

    /** The candidate whose headline stands for the group: a finer date, not reported speech, earlier in its article. */
    static Candidate lead(List<Candidate> group) {
        Candidate best = group.get(0);
        int bestRank = rank(best);
        for (Candidate c : group) {
            int r = rank(c);
            if (r > bestRank || r == bestRank && c.passage().start() < best.passage().start()) {
                best = c;
                bestRank = r;
            }
        }
        return best;
    }

    private static int rank(Candidate c) {
        int r = 0;
        r += c.speaker() == null ? 2 : 0;
        r += c.date().isResolved() ? 8 - c.date().precision().ordinal() : 0;
        r += c.actors().isEmpty() ? 0 : 1;
        r += c.title().length() >= 30 ? 1 : 0;
        return r;
    }

    private record DateChoice(EventDate date, String dispute) {
    }

    /**
     * The window most articles support (over all windows that overlap it); within it, the finest date given.
     * Windows that do not overlap the chosen date are a dispute, named with their words and articles.
     */
    private static DateChoice date(List<Candidate> group, Candidate lead) {
        Map<String, List<Candidate>> byWindow = new LinkedHashMap<>();
        for (Candidate c : group) {
            String key = c.date().isResolved() ? c.date().start() + ".." + c.date().last() : "unresolved";
            byWindow.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        if (byWindow.size() == 1) {
            return new DateChoice(lead.date(), null);
        }
        List<List<Candidate>> windows = new ArrayList<>(byWindow.values());
        List<Candidate> chosen = null;
        int chosenSupport = -1;
        for (List<Candidate> w : windows) {
            if (containsAnother(w.get(0).date(), windows)) {
                continue; // "in 2022" supports the day inside it it was told with; it is not a reading of its own
            }
            Set<String> articles = new HashSet<>();
            for (List<Candidate> other : windows) {
                if (overlap(w.get(0).date(), other.get(0).date())) {
                    other.forEach(c -> articles.add(c.article()));
                }
            }
            if (articles.size() > chosenSupport || articles.size() == chosenSupport && finer(w.get(0), chosen.get(0))) {
                chosen = w;
                chosenSupport = articles.size();
            }
        }
        Candidate finest = chosen.get(0);
        List<List<Candidate>> disputed = new ArrayList<>();
        for (List<Candidate> w : windows) {
            if (overlap(w.get(0).date(), chosen.get(0).date())) {
                if (finer(w.get(0), finest)) {
                    finest = w.get(0);
                }
            } else {
                disputed.add(w);
            }
        }
        EventDate date = finest == chosen.get(0) && chosen.contains(lead) ? lead.date() : finest.date();
        if (disputed.isEmpty()) {
            return new DateChoice(date, null);
        }
        StringBuilder sb = new StringBuilder("Sources differ on the date: ").append(describe(chosen, date));
        for (int i = 0; i < Math.min(3, disputed.size()); i++) {
            List<Candidate> w = disputed.get(i);
            sb.append("; ").append(describe(w, w.get(0).date()));
        }
        if (disputed.size() > 3) {
            sb.append("; and ").append(disputed.size() - 3).append(" more");
        }
        return new DateChoice(date, sb.toString());
    }

    private static String describe(List<Candidate> window, EventDate date) {
        Set<String> articles = new TreeSet<>();
        window.forEach(c -> articles.add(c.article()));
        String when = !date.isResolved() ? "unresolved"
                : date.isRange() ? DateWords.day(date.start()) + " – " + DateWords.day(date.last())
                : DateWords.day(date.start());
        String words = date.basis().expression() == null ? "" : " ('" + date.basis().expression() + "')";
        String from = articles.size() <= 2 ? String.join(", ", articles)
                : articles.iterator().next() + " and " + (articles.size() - 1) + " more";
        return when + words + " in " + from;
    }

    private static boolean finer(Candidate a, Candidate b) {
        if (b == null) {
            return true;
        }
        EventDate x = a.date();
        EventDate y = b.date();
        if (!x.isResolved() || !y.isResolved()) {
            return x.isResolved();
        }
        long lx = x.last().toEpochDay() - x.start().toEpochDay();
        long ly = y.last().toEpochDay() - y.start().toEpochDay();
        return lx < ly || lx == ly && x.start().isBefore(y.start());
    }

    /** Whether the window holds another window of the group and is wider: a coarser date, not a rival one. */
    private static boolean containsAnother(EventDate a, List<List<Candidate>> windows) {
        if (!a.isResolved()) {
            return false;
        }
        for (List<Candidate> w : windows) {
            EventDate b = w.get(0).date();
            if (b.isResolved() && !b.start().isBefore(a.start()) && !b.last().isAfter(a.last())
                    && (b.start().isAfter(a.start()) || b.last().isBefore(a.last()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(EventDate a, EventDate b) {
        if (!a.isResolved() || !b.isResolved()) {
            return a.isResolved() == b.isResolved();
        }
        return !a.start().isAfter(b.last()) && !b.start().isAfter(a.last());
    }

    /** The kind most candidates give, a specific kind (a strike, talks) over a statement or background. */
    private static Category category(List<Candidate> group, Candidate lead) {
        Map<Category, Integer> votes = new HashMap<>();
        for (Candidate c : group) {
            int weight = c.category() == Category.STATEMENT || c.category() == Category.BACKGROUND ? 1 : 3;
            votes.merge(c.category(), weight, Integer::sum);
        }
        Category best = lead.category();
        for (Map.Entry<Category, Integer> e : votes.entrySet()) {
            if (e.getValue() > votes.get(best) || e.getValue().equals(votes.get(best))
                    && e.getKey().ordinal() < best.ordinal() && e.getKey() != Category.BACKGROUND) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** Actor (or place) ids by how many candidates name them; the lead's first actor stays first. */
    private static List<String> ranked(List<Candidate> group, Candidate lead, boolean actors) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        (actors ? lead.actors() : lead.places()).forEach(id -> counts.merge(id, 1, Integer::sum));
        for (Candidate c : group) {
            if (c != lead) {
                (actors ? c.actors() : c.places()).forEach(id -> counts.merge(id, 1, Integer::sum));
            }
        }
        List<String> ids = new ArrayList<>(counts.keySet());
        String first = ids.isEmpty() ? null : ids.get(0);
        ids.sort(Comparator.comparingInt((String id) -> id.equals(first) ? 0 : 1)
                .thenComparing(id -> -counts.get(id)));
        return ids;
    }
}
