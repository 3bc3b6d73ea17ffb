package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Sentence;

/**
 * The actors of one article, as its sentences are read: mentions, people and organisations found so far, and
 * the capitalised runs and acronyms no cue has explained yet. At the end a run that is a person's full name or
 * surname named elsewhere in the article becomes that person ("Starmer" after "Keir Starmer"); an unexplained
 * run of two to four name-like words outside headings is taken for a person; an acronym for an organisation
 * when the article uses it twice or makes it act.
 */
final class ArticleScan {
    private static final Set<String> NOT_ACRONYMS = Set.of("GDP", "CEO", "TV", "AM", "PM", "UTC", "GMT", "COVID",
            "AI", "ID", "OK", "PHD", "MP", "MPS", "USD", "EUR", "GBP", "KM", "MM", "KG", "VIP", "PR", "HIV", "AIDS",
            "DNA", "FAQ", "PDF", "URL", "FY", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "BREAKING",
            "UPDATE", "LIVE", "WATCH", "READ", "NEW", "NOTE", "EXCLUSIVE", "OPINION", "VIDEO", "PHOTO", "NEWS", "US",
            "UK", "EU", "LNG", "GW", "MW", "KW", "LOC", "LAC", "IST", "EST", "CET", "BST", "SMS", "APP", "IT", "CCTV",
            "GPS", "SUV", "FIR", "RPG", "ICBM", "UAV", "PPE", "NGO", "NGOS", "THE", "AND", "OF", "IN", "TO", "FOR",
            "ON", "BY", "WITH", "ET", "PST", "EDT", "PDT", "CNN", "BBC", "IMAGE", "CAPTION", "COPYRIGHT", "GETTY",
            "IMAGES", "AFP", "REUTERS", "AP", "EPA", "PA", "RSS", "HTML", "WWII", "WWI", "MOU", "MOUS", "FTA", "PCT",
            "BC", "AD", "CE", "BCE", "QR", "USB", "SIM", "PIN", "ATM", "VAT", "OTC", "IPO", "ETF", "ESG", "CO2",
            "NOX", "HQ", "RIP", "TBC", "TBA", "ASAP", "FYI", "DIY", "UFO", "OMG", "LOL", "NB", "PS", "OPED");

    private final ActorRecognizer recognizer;
    private final Article article;
    private final String text;
    private final LowerCaseWords lowerCaseWords = new LowerCaseWords();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<int[]> pending = new ArrayList<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final Map<String, List<int[]>> acronymUses = new LinkedHashMap<>();
    private final Set<String> actingAcronyms = new HashSet<>();
    private final List<ArticleActors.Name> unresolved = new ArrayList<>();
    private final Set<String> placeNames = new HashSet<>();

    ArticleScan(ActorRecognizer recognizer, Article article) {
        this.recognizer = recognizer;
        this.article = article;
        this.text = article.text();
    }

    ArticleActors read() {
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == BlockKind.BODY) {
                lowerCaseWords.addFrom(text, p.start(), p.end());
            }
        }
        for (Sentence s : article.sentences()) {
            Paragraph p = article.paragraphs().get(s.paragraph());
            if (!p.kind().isQuotable()) {
                continue;
            }
            SentenceTokens tokens = new SentenceTokens(text, s.start(), s.end(), recognizer.catalogue(),
                    recognizer.world());
            new SentenceScan(this, tokens, recognizer.world(), p.kind() == BlockKind.HEADING).run();
        }
        return finish();
    }

    boolean seenInLowerCase(String lowerWord) {
        return lowerCaseWords.contains(lowerWord);
    }

    // ---- what sentences report

    void mention(String id, int start, int end) {
        mentions.add(new Mention(id, EntityKind.ACTOR, article.fileName(), start, end, text.substring(start, end)));
    }

    /** Takes back the actor mentions inside text[start, end): they were part of a longer name. */
    void retract(int start, int end) {
        mentions.removeIf(m -> m.kind() == EntityKind.ACTOR && m.start() >= start && m.end() <= end);
    }

    void place(String id, int start, int end) {
        mentions.add(new Mention(id, EntityKind.PLACE, article.fileName(), start, end, text.substring(start, end)));
    }

    boolean isPerson(String id) {
        Draft d = drafts.get(id);
        if (d != null) {
            return d.kind == ActorKind.PERSON;
        }
        Actor a = recognizer.known(id);
        return a != null && a.kind() == ActorKind.PERSON;
    }

    boolean isOrganisation(String id) {
        Actor a = recognizer.known(id);
        return a != null && a.kind() == ActorKind.ORGANISATION;
    }

    /** An acronym a table knows ("NATO"): a name it is spelled out as in the article is that actor. */
    void knownAcronym(String acronym, String id) {
        acronyms.putIfAbsent(acronym, id);
    }

    boolean isState(String id) {
        Actor a = drafts.containsKey(id) ? null : recognizer.known(id);
        return a != null && a.kind() == ActorKind.STATE;
    }

    /** A person's affiliation as known so far (the person's own id when none, so a title still counts). */
    String affiliationOf(String id) {
        Draft d = drafts.get(id);
        String a = d != null ? d.affiliation() : recognizer.known(id) != null ? recognizer.known(id).affiliation()
                : null;
        return a;
    }

    void voteAffiliation(String personId, String affiliation) {
        Draft d = drafts.get(personId);
        if (d != null) {
            d.vote(affiliation);
        }
    }

    /** The first word of a catalogue person's name ("Donald" for "trump"), or null. */
    String firstNameOf(String id) {
        Actor a = recognizer.known(id);
        return a == null ? null : a.name().split(" ")[0];
    }

    boolean isOrganisationDraft(String id) {
        Draft d = drafts.get(id);
        return d != null && d.kind == ActorKind.ORGANISATION || recognizer.known(id) != null
                && recognizer.known(id).kind() == ActorKind.ORGANISATION;
    }

    /** text[start, end) is another name of organisation {@code id} ("better known as the White Helmets"). */
    void aliasOrganisation(String id, int start, int end) {
        Draft d = drafts.get(id);
        if (d != null) {
            d.aliases.add(ActorIds.oneSpace(text.substring(start, end)));
        }
        mention(id, start, end);
    }

    /** One capitalised word that acts ("Cargill said"): a surname named in full elsewhere, or an organisation. */
    void pendingActor(int start, int end) {
        pending.add(new int[] {start, end, 2});
    }

    /** A person named at text[start, end); returns the person's id (an organisation's when it has that name). */
    String person(int start, int end, String role, String affiliation, boolean confirmed) {
        String name = ActorIds.oneSpace(text.substring(start, end));
        String organisation = organisationNamed(name);
        if (organisation != null) {
            mention(organisation, start, end);
            return organisation;
        }
        String id = ActorIds.of(name);
        if (recognizer.known(id) != null && recognizer.known(id).kind() != ActorKind.PERSON) {
            id = id + "-person";
        }
        Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, ActorKind.PERSON, name));
        d.aliases.add(name);
        d.role(role);
        d.vote(affiliation);
        mention(id, start, end);
        return id;
    }

    private String organisationNamed(String name) {
        String key = ActorIds.fold(name);
        for (Draft d : drafts.values()) {
            if (d.kind == ActorKind.ORGANISATION && d.aliases.stream().anyMatch(a -> ActorIds.fold(a).equals(key))) {
                return d.id;
            }
        }
        return null;
    }

    /** An organisation named {@code name} at text[start, end), maybe with its acronym; returns its id. */
    String organisation(String name, int start, int end, String affiliation, String acronym) {
        String shown = ActorIds.oneSpace(name);
        String known = acronym != null ? acronyms.get(acronym) : null;
        String id = known != null ? known : ActorIds.of(shown);
        if (recognizer.known(id) == null) {
            Draft d = drafts.computeIfAbsent(id, k -> new Draft(k, ActorKind.ORGANISATION, shown));
            d.aliases.add(shown);
            d.vote(affiliation);
            if (acronym != null) {
                d.aliases.add(acronym);
            }
        }
        if (acronym != null) {
            acronyms.putIfAbsent(acronym, id);
        }
        mention(id, start, end);
        return id;
    }

    boolean isAcronymWord(String word) {
        return !NOT_ACRONYMS.contains(word.toUpperCase(Locale.ROOT)) && word.length() <= 6
                && word.chars().allMatch(Character::isLetter);
    }

    /** An acronym no table knows: an organisation if defined in the article, used twice, or acting. */
    String acronymOrganisation(String acronym, int start, int end, boolean acting) {
        acronymUses.computeIfAbsent(acronym, k -> new ArrayList<>()).add(new int[] {start, end});
        if (acting) {
            actingAcronyms.add(acronym);
        }
        return acronyms.getOrDefault(acronym, ActorIds.of(acronym));
    }

    /** A capitalised run no cue explained; {@code mayBePerson}: it may be taken for a person on its own. */
    void pending(int start, int end, boolean mayBePerson) {
        pending.add(new int[] {start, end, mayBePerson ? 1 : 0});
    }

    /** text[start, end) names a place ("in Nagorno-Karabakh", "Surin province"): elsewhere it is no person. */
    void placeName(int start, int end) {
        placeNames.add(ActorIds.fold(ActorIds.oneSpace(text.substring(start, end))).replace('-', ' '));
    }

    /** Taken for a person's name with no cue: not a place the article names, not only initials ("D.C"). */
    private boolean mayBeName(String name, List<String> words) {
        return !placeNames.contains(ActorIds.fold(name).replace('-', ' '))
                && words.stream().anyMatch(w -> w.length() > 1);
    }

    // ---- the end of the article

    private ArticleActors finish() {
        Map<String, String> byName = new HashMap<>();
        drafts.values().forEach(d -> d.aliases.forEach(al -> byName.putIfAbsent(ActorIds.fold(al), d.id)));
        List<int[]> left = new ArrayList<>(pending.size());
        for (int[] p : pending) {
            String name = ActorIds.oneSpace(text.substring(p[0], p[1]));
            List<String> words = Draft.words(name);
            if (p[2] == 1 && words.size() >= 2 && !byName.containsKey(ActorIds.fold(name)) && mayBeName(name, words)) {
                person(p[0], p[1], "", null, false);
            } else {
                left.add(p);
            }
        }
        PersonNames<Draft> people = new PersonNames<>(Draft::words);
        Map<String, String> renamed = shorterNamesToFullNames(people);
        byName.clear();
        drafts.values().forEach(d -> d.aliases.forEach(al -> byName.putIfAbsent(ActorIds.fold(al), d.id)));
        for (int[] p : left) {
            String name = ActorIds.oneSpace(text.substring(p[0], p[1]));
            String id = byName.get(ActorIds.fold(name));
            List<String> words = Draft.words(name);
            List<Draft> holders = id == null ? people.containing(words, null) : List.of();
            if (holders.size() == 1) {
                id = holders.get(0).id;
            }
            if (id == null && holders.isEmpty() && Initials.isTitleCaseAcronym(name)) {
                orgInitials = orgInitials != null ? orgInitials : organisationInitials();
                Draft spelledOut = orgInitials.get(name);
                if (spelledOut != null) {
                    spelledOut.aliases.add(name);
                    id = spelledOut.id;
                }
            }
            if (id != null) {
                mention(renamed.getOrDefault(id, id), p[0], p[1]);
            } else if (holders.size() > 1 && p[2] != 0) {
                person(p[0], p[1], "", null, false);
            } else if (p[2] == 2) {
                organisation(name, p[0], p[1], null, null);
            } else if (words.size() == 1) {
                unresolved.add(new ArticleActors.Name(p[0], p[1], name));
            }
        }
        Initials<Draft> initials = spelledOutNames();
        for (Map.Entry<String, List<int[]>> e : acronymUses.entrySet()) {
            String acr = e.getKey();
            Draft spelledOut = acronyms.containsKey(acr) ? null : initials.get(acr);
            if (spelledOut != null) {
                spelledOut.aliases.add(acr);
                acronyms.put(acr, spelledOut.id);
            }
            boolean defined = acronyms.containsKey(acr);
            if (defined || e.getValue().size() >= 2 || actingAcronyms.contains(acr)) {
                String id = defined ? acronyms.get(acr) : organisation(acr, e.getValue().get(0)[0],
                        e.getValue().get(0)[1], null, null);
                e.getValue().stream().skip(defined ? 0 : 1).forEach(r -> mention(id, r[0], r[1]));
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String id = renamed.get(m.entityId());
            out.add(id == null ? m : new Mention(id, m.kind(), m.article(), m.start(), m.end(), m.text()));
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> m.kind() == EntityKind.PLACE));
        Map<String, Actor> actors = new HashMap<>();
        for (Mention m : out) {
            if (m.kind() == EntityKind.ACTOR) {
                addActor(m.entityId(), actors, 0);
            }
        }
        return new ArticleActors(article.fileName(), out, actors, unresolved);
    }

    private Initials<Draft> orgInitials;

    /** Every organisation the article names in full, by the acronyms it may be written as. */
    private Initials<Draft> organisationInitials() {
        Initials<Draft> out = new Initials<>();
        for (Draft d : drafts.values()) {
            if (d.kind == ActorKind.ORGANISATION) {
                out.add(d.name, d);
            }
        }
        return out;
    }

    /** The organisations named in full whose initials an acronym the article leaves undefined may be. */
    private Initials<Draft> spelledOutNames() {
        Set<Character> firsts = new HashSet<>();
        acronymUses.keySet().stream().filter(acr -> !acronyms.containsKey(acr))
                .forEach(acr -> firsts.add(Character.toUpperCase(acr.charAt(0))));
        Initials<Draft> out = new Initials<>();
        if (!firsts.isEmpty()) {
            for (Draft d : drafts.values()) {
                if (d.kind == ActorKind.ORGANISATION && firsts.contains(Initials.first(d.name))) {
                    out.add(d.name, d);
                }
            }
        }
        return out;
    }

    private void addActor(String id, Map<String, Actor> actors, int depth) {
        if (id == null || actors.containsKey(id) || depth > 3) {
            return;
        }
        Draft d = drafts.get(id);
        Actor a = d != null ? d.toActor() : recognizer.known(id);
        if (a == null) {
            return;
        }
        actors.put(id, a);
        addActor(a.affiliation(), actors, depth + 1);
    }

    /**
     * A shorter name that is part of exactly one longer name of the article is that person ("Bazoum",
     * "President Bazoum" after "Mohamed Bazoum"; "Ms Wong", "Tiffany Wong" after "Tiffany Wong Wing-sze");
     * one several names share stays apart. Fills {@code people} with the full names; returns the ids renamed.
     */
    private Map<String, String> shorterNamesToFullNames(PersonNames<Draft> people) {
        List<Draft> persons = drafts.values().stream().filter(d -> d.kind == ActorKind.PERSON && !d.words().isEmpty())
                .sorted(Comparator.comparingInt((Draft d) -> -d.words().size())
                        .thenComparingInt(d -> -d.name.length()).thenComparing(d -> d.id))
                .toList();
        Map<String, String> renamed = new HashMap<>();
        for (Draft d : persons) {
            Draft full = people.unique(d.words(), d);
            if (full == null) {
                people.add(d);
                continue;
            }
            renamed.put(d.id, full.id);
            full.aliases.addAll(d.aliases);
            d.affiliations.forEach((k, v) -> full.affiliations.merge(k, v, Integer::sum));
            full.role(d.role);
            drafts.remove(d.id);
        }
        return renamed;
    }
}
