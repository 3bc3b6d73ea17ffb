package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.chronoscope.model.TimelineEvent;

/**
 * The actors of a whole corpus: one actor per person, state or organisation across articles. People found in
 * several articles meet by id (made from the name); a shorter name meets the full one of the same surname
 * ("Starmer", "S. Jaishankar" → "Subrahmanyam Jaishankar" when the given names agree), and an acronym the
 * organisation it abbreviates. A person's affiliation is the one the articles state most often. People are
 * grouped by surname and organisations by alias, so building this is linear in the number of actors found.
 */
public final class CorpusActors {
    private final Gazetteer catalogue;
    private final Map<String, Actor> actors;
    private final Map<String, ArticleActors> byArticle;
    private final Map<String, Integer> mentionCounts;

    private CorpusActors(Gazetteer catalogue, Map<String, Actor> actors, Map<String, ArticleActors> byArticle,
                         Map<String, Integer> mentionCounts) {
        this.catalogue = catalogue;
        this.actors = actors;
        this.byArticle = byArticle;
        this.mentionCounts = mentionCounts;
    }

    public static CorpusActors of(Gazetteer catalogue, List<ArticleActors> articles) {
        Map<String, Integer> localCounts = new HashMap<>();
        Map<String, Actor> local = new LinkedHashMap<>();
        for (ArticleActors a : articles) {
            for (Mention m : a.mentions()) {
                if (m.kind() == EntityKind.ACTOR) {
                    localCounts.merge(m.entityId(), 1, Integer::sum);
                }
            }
            a.actors().values().forEach(x -> local.merge(x.id(), x, CorpusActors::join));
        }
        Map<String, String> canonical = canonicalIds(local, localCounts);
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (ArticleActors a : articles) {
            for (Actor x : a.actors().values()) {
                if (x.origin() == ActorOrigin.DISCOVERED && x.affiliation() != null) {
                    String to = canonical.getOrDefault(x.affiliation(), x.affiliation());
                    votes.computeIfAbsent(canonical.getOrDefault(x.id(), x.id()), k -> new LinkedHashMap<>())
                            .merge(to, 1, Integer::sum);
                }
            }
        }
        Map<String, Actor> merged = new LinkedHashMap<>();
        local.values().stream().filter(x -> !canonical.containsKey(x.id())).forEach(x -> merged.put(x.id(), x));
        local.values().stream().filter(x -> canonical.containsKey(x.id()))
                .forEach(x -> merged.merge(canonical.get(x.id()), x, CorpusActors::join));
        merged.replaceAll((id, x) -> x.origin() == ActorOrigin.DISCOVERED && votes.containsKey(id)
                ? withAffiliation(x, mostVoted(votes.get(id), id)) : x);
        Map<String, List<Actor>> bySurname = surnameIndex(merged.values());
        Map<String, ArticleActors> byArticle = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleActors a : articles) {
            ArticleActors remapped = remap(a, canonical, merged, bySurname);
            byArticle.put(a.article(), remapped);
            remapped.mentions().stream().filter(m -> m.kind() == EntityKind.ACTOR)
                    .forEach(m -> counts.merge(m.entityId(), 1, Integer::sum));
        }
        return new CorpusActors(catalogue, order(catalogue, merged, counts), byArticle, counts);
    }

    /** Catalogue actors first in catalogue order, then the discovered ones, most mentioned first. */
    private static Map<String, Actor> order(Gazetteer catalogue, Map<String, Actor> merged,
                                            Map<String, Integer> counts) {
        Map<String, Actor> out = new LinkedHashMap<>();
        catalogue.actors().stream().filter(a -> merged.containsKey(a.id())).forEach(a -> out.put(a.id(), a));
        merged.values().stream().filter(a -> !out.containsKey(a.id()))
                .sorted(Comparator.comparing((Actor a) -> -counts.getOrDefault(a.id(), 0)).thenComparing(Actor::id))
                .forEach(a -> out.put(a.id(), a));
        return out;
    }

    /** Local id → corpus id, for the shorter names of people and the acronyms of organisations. */
    private static Map<String, String> canonicalIds(Map<String, Actor> local, Map<String, Integer> counts) {
        Map<String, String> out = new HashMap<>();
        Map<String, List<Actor>> groups = new HashMap<>();
        Map<String, String> orgByAlias = new HashMap<>();
        for (Actor a : local.values()) {
            if (a.origin() != ActorOrigin.DISCOVERED) {
                continue;
            }
            if (a.kind() == ActorKind.PERSON) {
                List<String> words = Draft.words(a.name());
                if (!words.isEmpty()) {
                    groups.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(a);
                }
            } else if (a.kind() == ActorKind.ORGANISATION && !isAcronym(a.name())) {
                a.aliases().stream().filter(CorpusActors::isAcronym).forEach(al -> orgByAlias.putIfAbsent(al, a.id()));
            }
        }
        for (Actor a : local.values()) {
            if (a.origin() == ActorOrigin.DISCOVERED && a.kind() == ActorKind.ORGANISATION && isAcronym(a.name())
                    && orgByAlias.containsKey(a.name())) {
                out.put(a.id(), orgByAlias.get(a.name()));
            }
        }
        for (Actor a : local.values()) {
            List<Actor> people = groups.get(ActorIds.fold(a.name()));
            if (a.origin() == ActorOrigin.DISCOVERED && a.kind() == ActorKind.ORGANISATION && !out.containsKey(a.id())
                    && people != null && people.stream().anyMatch(x -> Draft.words(x.name()).size() > 1)) {
                people.add(a);
            }
        }
        for (List<Actor> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            Map<String, List<String>> words = new HashMap<>();
            group.forEach(a -> words.put(a.id(), Draft.words(a.name())));
            group.sort(Comparator.comparing((Actor a) -> -words.get(a.id()).size())
                    .thenComparing(a -> -a.name().length()).thenComparing(a -> -counts.getOrDefault(a.id(), 0))
                    .thenComparing(Actor::id));
            List<Actor> heads = new ArrayList<>();
            for (Actor a : group) {
                List<String> own = words.get(a.id());
                Actor head = null;
                for (Actor h : heads) {
                    if (own.size() == 1 || ArticleScan.givenNamesAgree(own, words.get(h.id()))) {
                        head = h;
                        break;
                    }
                }
                if (head == null) {
                    heads.add(a);
                } else {
                    out.put(a.id(), head.id());
                }
            }
        }
        return out;
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c));
    }

    private static ArticleActors remap(ArticleActors a, Map<String, String> canonical, Map<String, Actor> merged,
                                       Map<String, List<Actor>> bySurname) {
        List<Mention> mentions = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            String id = m.kind() == EntityKind.ACTOR ? canonical.get(m.entityId()) : null;
            mentions.add(id == null ? m : new Mention(id, m.kind(), m.article(), m.start(), m.end(), m.text()));
        }
        List<ArticleActors.Name> unresolved = new ArrayList<>();
        for (ArticleActors.Name n : a.unresolved()) {
            List<Actor> people = bySurname.get(ActorIds.fold(n.text()));
            if (people != null) {
                mentions.add(new Mention(people.get(0).id(), EntityKind.ACTOR, a.article(), n.start(), n.end(),
                        n.text()));
            } else {
                unresolved.add(n);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.kind() == EntityKind.PLACE));
        Map<String, Actor> actors = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.ACTOR) {
                addWithAffiliations(m.entityId(), merged, actors);
            }
        }
        return new ArticleActors(a.article(), mentions, actors, unresolved);
    }

    private static void addWithAffiliations(String id, Map<String, Actor> merged, Map<String, Actor> into) {
        for (int depth = 0; id != null && depth < 4 && !into.containsKey(id); depth++) {
            Actor x = merged.get(id);
            if (x == null) {
                return;
            }
            into.put(id, x);
            id = x.affiliation();
        }
    }

    /** People named in full (two words or more), by folded surname. */
    private static Map<String, List<Actor>> surnameIndex(Iterable<Actor> all) {
        Map<String, List<Actor>> out = new HashMap<>();
        for (Actor a : all) {
            List<String> words = Draft.words(a.name());
            if (a.kind() == ActorKind.PERSON && words.size() >= 2) {
                out.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(a);
            }
        }
        return out;
    }

    private static Actor join(Actor a, Actor b) {
        if (a.origin() == ActorOrigin.CATALOGUE || a == b || a.aliases().containsAll(b.aliases())
                && (!a.role().isEmpty() || b.role().isEmpty()) && (a.affiliation() != null || b.affiliation() == null)) {
            return a;
        }
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        String role = a.role().isEmpty() ? b.role() : a.role();
        return new Actor(a.id(), a.name(), a.kind(), role, a.side(), a.affiliation() != null ? a.affiliation()
                : b.affiliation(), List.copyOf(aliases), a.color(), a.origin());
    }

    private static Actor withAffiliation(Actor a, String affiliation) {
        return new Actor(a.id(), a.name(), a.kind(), a.role(), a.side(), affiliation, a.aliases(), a.color(),
                a.origin());
    }

    private static String mostVoted(Map<String, Integer> votes, String self) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (!e.getKey().equals(self) && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    // ---- queries

    /** Every actor the articles name (and those they are affiliated to): catalogue first, then by mentions. */
    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /**
     * The corpus's actors with their sides worked out from these events ({@link Sides}), side actors first:
     * every actor the articles name, and the catalogue's actors the events name.
     */
    public List<Actor> withSides(List<TimelineEvent> events) {
        Map<String, Actor> all = new LinkedHashMap<>(actors);
        for (TimelineEvent e : events) {
            for (String id : e.actors()) {
                if (!all.containsKey(id) && catalogue.actor(id) != null) {
                    all.put(id, catalogue.actor(id));
                }
            }
        }
        return Sides.assign(List.copyOf(all.values()), events, mentionCounts, catalogue);
    }

    /** The actor of that id, named in the corpus or in the catalogue, or null. */
    public Actor actor(String id) {
        Actor a = actors.get(id);
        return a != null ? a : catalogue.actor(id);
    }

    public boolean has(String id) {
        return actor(id) != null;
    }

    /** The article's mentions with corpus ids; an article not read gives none. */
    public ArticleActors article(String fileName) {
        ArticleActors a = byArticle.get(fileName);
        return a != null ? a : new ArticleActors(fileName, List.of(), Map.of(), List.of());
    }

    /** Every mention of every article, article by article in text order. */
    public List<Mention> mentions() {
        List<Mention> out = new ArrayList<>();
        byArticle.values().forEach(a -> out.addAll(a.mentions()));
        return out;
    }

    /** How many times the articles name each actor. */
    public Map<String, Integer> mentionCounts() {
        return Map.copyOf(mentionCounts);
    }

    public Gazetteer catalogue() {
        return catalogue;
    }
}
