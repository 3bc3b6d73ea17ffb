package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * ("Starmer", "S. Jaishankar" → "Subrahmanyam Jaishankar" when the given names agree), a name spelled another way
 * ("Mahamat Debi", "Mahammat Déby" → "Mahamat Déby", {@link SpellingVariants}) the name, and an acronym the
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
        Set<String> places = new HashSet<>();
        for (ArticleActors a : articles) {
            for (Mention m : a.mentions()) {
                if (m.kind() == EntityKind.ACTOR) {
                    localCounts.merge(m.entityId(), 1, Integer::sum);
                } else {
                    places.add(ActorIds.fold(m.text()));
                }
            }
            a.actors().values().forEach(x -> local.merge(x.id(), x, CorpusActors::join));
        }
        Set<String> surnames = new HashSet<>();
        Map<String, String> canonical = canonicalIds(local, localCounts, surnames, places);
        surnames.forEach(id -> local.computeIfPresent(id, (k, x) -> new Actor(x.id(), x.name(), ActorKind.PERSON,
                x.role(), x.side(), x.affiliation(), x.aliases(), x.color(), x.origin())));
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
        PersonNames<Actor> fullNames = fullNames(merged.values());
        Map<String, ArticleActors> byArticle = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleActors a : articles) {
            ArticleActors remapped = remap(a, canonical, merged, fullNames);
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

    /**
     * Local id → corpus id, for the shorter names of people and the acronyms of organisations. One word an
     * article took for an organisation that several people's names hold ("Kim said") goes into
     * {@code surnames}: a person, which of them unknown.
     */
    private static Map<String, String> canonicalIds(Map<String, Actor> local, Map<String, Integer> counts,
                                                    Set<String> surnames, Set<String> places) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> orgByAlias = new HashMap<>();
        Initials<String> initials = new Initials<>();
        Map<String, List<String>> words = new HashMap<>();
        List<Actor> people = new ArrayList<>();
        for (Actor a : local.values()) {
            if (a.origin() != ActorOrigin.DISCOVERED) {
                continue;
            }
            words.put(a.id(), Draft.words(a.name()));
            if (a.kind() == ActorKind.PERSON && !words.get(a.id()).isEmpty()) {
                people.add(a);
            } else if (a.kind() == ActorKind.ORGANISATION && !isAcronym(a.name())) {
                a.aliases().stream().filter(CorpusActors::isAcronym).forEach(al -> orgByAlias.putIfAbsent(al, a.id()));
                initials.add(a.name(), a.id());
            }
        }
        for (Actor a : local.values()) {
            boolean titleCase = Initials.isTitleCaseAcronym(a.name());
            if (a.origin() == ActorOrigin.DISCOVERED && a.kind() == ActorKind.ORGANISATION
                    && (isAcronym(a.name()) || titleCase)) {
                String acr = a.name().toUpperCase(Locale.ROOT);
                String full = orgByAlias.containsKey(acr) ? orgByAlias.get(acr) : initials.get(acr);
                if (full != null) {
                    out.put(a.id(), full);
                }
            }
        }
        SpellingVariants spellings = new SpellingVariants();
        for (Actor a : people) {
            words.get(a.id()).forEach(w -> spellings.add(w, counts.getOrDefault(a.id(), 0)));
        }
        Map<String, Integer> respelled = new HashMap<>();
        for (Actor a : people) {
            List<String> own = words.get(a.id());
            List<String> standing = spellings.of(own);
            int changed = 0;
            for (int i = 0; i < own.size(); i++) {
                changed += own.get(i).equals(standing.get(i)) ? 0 : 1;
            }
            respelled.put(a.id(), changed);
            words.put(a.id(), standing);
        }
        people.sort(Comparator.comparingInt((Actor a) -> -words.get(a.id()).size())
                .thenComparingInt(a -> respelled.get(a.id()))
                .thenComparingInt(a -> -a.name().length()).thenComparingInt(a -> -counts.getOrDefault(a.id(), 0))
                .thenComparing(Actor::id));
        PersonNames<Actor> names = new PersonNames<>(a -> words.get(a.id()));
        Map<List<String>, Actor> spelled = new HashMap<>();
        for (Actor a : people) {
            Actor same = spelled.putIfAbsent(words.get(a.id()), a);
            if (same != null) { // "Mahamat Debi" and "Mahamat Deby": one name spelled two ways
                out.put(a.id(), out.getOrDefault(same.id(), same.id()));
                continue;
            }
            Actor full = names.unique(words.get(a.id()), a);
            if (full == null) {
                names.add(a);
            } else {
                out.put(a.id(), full.id());
            }
        }
        for (Actor a : local.values()) {
            if (a.origin() == ActorOrigin.DISCOVERED && a.kind() == ActorKind.ORGANISATION && !out.containsKey(a.id())
                    && words.get(a.id()).size() == 1) {
                List<Actor> holders = names.containing(spellings.of(words.get(a.id())), null);
                if (holders.size() == 1 && words.get(holders.get(0).id()).size() > 1) {
                    out.put(a.id(), holders.get(0).id());
                } else if (holders.size() > 1) {
                    surnames.add(a.id());
                }
            }
        }
        out.putAll(organisations(local, counts, words, out, surnames, places, names));
        return out;
    }

    /**
     * One organisation's names ({@link OrganisationNames}): with and without a corporate suffix, and the one word
     * that opens its name. A word that names a place, a state or a person is no organisation's short name.
     */
    private static Map<String, String> organisations(Map<String, Actor> local, Map<String, Integer> counts,
                                                     Map<String, List<String>> words, Map<String, String> joined,
                                                     Set<String> surnames, Set<String> places,
                                                     PersonNames<Actor> people) {
        OrganisationNames orgs = new OrganisationNames();
        Set<String> notShort = new HashSet<>(places);
        for (Actor a : local.values()) {
            if (a.kind() == ActorKind.STATE) {
                a.aliases().forEach(al -> notShort.add(ActorIds.fold(al)));
                notShort.add(ActorIds.fold(a.name()));
            } else if (a.origin() == ActorOrigin.DISCOVERED && a.kind() == ActorKind.ORGANISATION
                    && !isAcronym(a.name()) && !joined.containsKey(a.id()) && !surnames.contains(a.id())) {
                orgs.add(a.id(), a.name(), words.get(a.id()), counts.getOrDefault(a.id(), 0));
            }
        }
        return orgs.joins(w -> notShort.contains(w) || !people.containing(List.of(w), null).isEmpty());
    }

    private static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c));
    }

    private static ArticleActors remap(ArticleActors a, Map<String, String> canonical, Map<String, Actor> merged,
                                       PersonNames<Actor> fullNames) {
        List<Mention> mentions = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            String id = m.kind() == EntityKind.ACTOR ? canonical.get(m.entityId()) : null;
            mentions.add(id == null ? m : new Mention(id, m.kind(), m.article(), m.start(), m.end(), m.text()));
        }
        List<ArticleActors.Name> unresolved = new ArrayList<>();
        for (ArticleActors.Name n : a.unresolved()) {
            Actor person = fullNames.unique(Draft.words(n.text()), null);
            if (person != null) {
                mentions.add(new Mention(person.id(), EntityKind.ACTOR, a.article(), n.start(), n.end(),
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

    /** People named in full (two words or more), by each word of their names. */
    private static PersonNames<Actor> fullNames(Iterable<Actor> all) {
        Map<String, List<String>> words = new HashMap<>();
        PersonNames<Actor> out = new PersonNames<>(a -> words.get(a.id()));
        for (Actor a : all) {
            if (a.kind() == ActorKind.PERSON && words.computeIfAbsent(a.id(), k -> Draft.words(a.name())).size() >= 2) {
                out.add(a);
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
