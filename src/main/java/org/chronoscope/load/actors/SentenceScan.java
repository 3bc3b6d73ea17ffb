package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.load.actors.NameContext.Title;
import org.chronoscope.load.actors.SentenceTokens.Spot;

/**
 * Reads one sentence for actors. Known phrases (catalogue aliases, countries, organisations) are mentions as
 * they stand, except where they only qualify or place something: a country before a title ("U.S. President")
 * or after a place word ("in Argentina"), a capital unless used as a government ("Paris said", "Beijing's
 * envoy"), a demonym unless before a word like "officials", an organisation naming an event ("the G20 summit").
 * Runs of capitalised words are read as a person's name after a title ("External Affairs Minister
 * S. Jaishankar", "Mr Starmer") or before a verb of saying or an apposition ("Mark Rutte, NATO's secretary
 * general,"); as an organisation when they end on a word like "Party" or "Agency", define an acronym, follow a
 * country ("Turkish Red Crescent") or come before a role ("a Red Crescent spokesman"); a state body named with
 * its state ("the Indian Army") stands for the state. A run with no cue waits for the end of the article.
 */
final class SentenceScan {
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    /** Words that join an organisation's name to its tail ("Committee to Protect Journalists"). */
    private static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "to", "on", "against");
    /** First words of place names that end like organisations ("West Bank"). */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("west", "east", "north", "south", "upper", "lower");

    private final ArticleScan out;
    private final SentenceTokens t;
    private final World world;
    private final boolean heading;
    /** A heading in title case ("Rivals Agree to Talks"): its capitals say nothing about names. */
    private final boolean titleCase;
    /** What a phrase ending at a token stood for: a later title's affiliation ("Foreign Ministry spokesperson"). */
    private final Map<Integer, String> entityEndingAt = new HashMap<>();
    private final NameContext context;
    /** Appositions whose organisation is read after the person: {person's index, from token, to token}. */
    private final List<int[]> deferred = new ArrayList<>();
    private final List<String> personAt = new ArrayList<>();

    SentenceScan(ArticleScan out, SentenceTokens t, World world, boolean heading) {
        this.out = out;
        this.t = t;
        this.world = world;
        this.heading = heading;
        this.titleCase = heading && titleCase(t);
        this.context = new NameContext(t, out, entityEndingAt);
    }

    void run() {
        for (int k = 0; k < t.size(); k++) {
            Spot s = t.spots[k];
            String id = s == null || s.to() != k + 1 || !t.isAcronym(k) ? null
                    : s.actor() != null ? s.actor().entityId() : s.world() != null ? s.world().actorId() : null;
            if (id != null && out.isOrganisation(id)) {
                out.knownAcronym(t.word(k), id);
            }
        }
        int i = 0;
        while (i < t.size()) {
            Spot s = t.spots[i];
            if (s != null) {
                i = spot(s);
            } else if (startsName(i) && !titleCase) {
                i = nameRun(i);
            } else if (t.isAcronym(i)) {
                i = acronym(i);
            } else {
                i++;
            }
        }
        for (int[] d : deferred) {
            for (int k = d[1]; k < d[2]; k++) {
                if (entityEndingAt.containsKey(k)) {
                    out.voteAffiliation(personAt.get(d[0]), entityEndingAt.get(k));
                    break;
                }
            }
        }
    }

    // ---- known phrases

    private int spot(Spot s) {
        int i = s.from();
        int e = s.to();
        boolean givenName = e - i == 1 && (s.actor() != null && out.isPerson(s.actor().entityId())
                || s.world() != null && s.world().kind() == World.Kind.STATE && world.isGivenName(t.word(i)));
        if (givenName && e < t.size() && t.spots[e] == null && t.nameGap(e) && context.nameLike(e, false)) {
            return nameRun(i);
        }
        if (s.place() != null) {
            out.place(s.place().entityId(), t.start(i), t.end(e - 1));
        }
        World.Kind kind = s.actor() == null && s.world() != null ? s.world().kind() : null;
        if (kind == World.Kind.OUTLET) {
            return afterOutlet(e);
        }
        String id = s.actor() != null ? s.actor().entityId() : s.world() != null ? s.world().actorId() : null;
        if (id == null) {
            return e;
        }
        boolean person = out.isPerson(id);
        entityEndingAt.put(e - 1, person ? out.affiliationOf(id) : id);
        int last = e == i + 1 && t.isAcronym(i) ? spelledOutInBrackets(i) : -1;
        if (last > 0 && !person) {
            out.mention(id, t.start(i), t.end(i));
            out.organisation(t.text.substring(t.start(i + 1), t.end(last)), t.start(i + 1), t.end(last), null,
                    t.word(i));
            return last + 1;
        }
        if (person) {
            out.mention(id, t.start(i), t.end(e - 1));
            return e;
        }
        boolean capital = kind == World.Kind.CAPITAL || s.actor() != null && s.actor().capitalOfState();
        boolean acting = !t.afterPlacePreposition(i) && (t.possessiveAfter(e - 1) || t.verbAfter(e - 1));
        if (kind == World.Kind.DEMONYM) {
            if (e < t.size() && !t.hardBreak(e) && t.is(e, Words.GOVERNMENT_NOUNS)) {
                out.mention(id, t.start(i), t.end(e));
                return e + 1;
            }
        } else if (capital && s.actor() == null ? acting
                : capital ? !t.afterPlacePreposition(i) : mentionedAsActor(s, e)) {
            out.mention(id, t.start(i), t.end(e - 1));
        }
        return e;
    }

    /** A state or organisation named for itself, not as a place, a title's qualifier or an event's name. */
    private boolean mentionedAsActor(Spot s, int e) {
        boolean body = s.world() != null && s.actor() == null && s.world().kind() == World.Kind.STATE_BODY;
        if (body) {
            return true;
        }
        boolean qualifier = !t.possessiveAfter(e - 1) && context.titleFollows(e);
        boolean event = e < t.size() && !t.hardBreak(e) && t.is(e, Words.EVENT_NOUNS);
        return !qualifier && !event && !context.placeBefore(s.from()) && !context.officeSought(s.from(), e);
    }

    /** Capitalised words right after an outlet's name are still the outlet's ("CNN Turk", "Fox News Business"). */
    private int afterOutlet(int e) {
        int j = e;
        while (j < t.size() && t.spots[j] == null && t.nameGap(j) && t.isCapitalised(j)
                && !t.is(j, Words.TITLE_HEADS)) {
            j++;
        }
        return j;
    }

    /** An acronym no table knows, maybe spelled out in brackets after it ("SADC (Southern African …)"). */
    private int acronym(int i) {
        if (!out.isAcronymWord(t.word(i)) || shouting() || dateline(i) && spelledOutInBrackets(i) < 0
                || i > 0 && t.nameGap(i) && t.isAcronym(i - 1)
                || i + 1 < t.size() && t.nameGap(i + 1) && t.isAcronym(i + 1)) {
            return i + 1;
        }
        String id = out.acronymOrganisation(t.word(i), t.start(i), t.end(i), t.verbAfter(i));
        entityEndingAt.put(i, id);
        int last = spelledOutInBrackets(i);
        if (last < 0) {
            return i + 1;
        }
        String name = t.text.substring(t.start(i + 1), t.end(last));
        out.organisation(name, t.start(i + 1), t.end(last), stateInside(i + 1, last + 1), t.word(i));
        return last + 1;
    }

    /** The last token of "(Long Name)" right after acronym i when its initials give the acronym, or -1. */
    private int spelledOutInBrackets(int i) {
        int j = i + 1;
        if (j >= t.size() || !t.trimmedGapIs(j, "(") || !t.isCapitalised(j)) {
            return -1;
        }
        for (int k = j; k < t.size() && k - j < 12; k++) {
            if (k > j && t.hardBreak(k)) {
                return -1;
            }
            if (t.gapAfter(k).startsWith(")")) {
                return Initials.fits(t.word(i), t.text.substring(t.start(j), t.end(k))) ? k : -1;
            }
        }
        return -1;
    }

    /** "ERCIS, Turkey (Reuters) -": a place in capitals opening a sentence, before a comma or a dash. */
    private boolean dateline(int i) {
        if (i > 1) {
            return false;
        }
        String after = t.gapAfter(i).trim();
        return after.startsWith(",") || after.startsWith("(") || after.startsWith("-") || after.startsWith("\u2014")
                || after.startsWith("/");
    }

    /** Most words of four letters or more capitalised. */
    private static boolean titleCase(SentenceTokens t) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.end(i) - t.start(i) >= 4 && Character.isLetter(t.text.charAt(t.start(i)))) {
                words++;
                capitalised += t.isCapitalised(i) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 4 > words * 3;
    }

    /** A sentence mostly in capitals (a shouted heading) has no acronyms to learn from. */
    private boolean shouting() {
        int caps = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.isAcronym(i)) {
                caps++;
            }
        }
        return caps * 2 > t.size() && t.size() > 2;
    }

    // ---- runs of capitalised words

    private boolean startsName(int i) {
        if (!t.isCapitalised(i) || t.isAcronym(i) || t.is(i, Words.CALENDAR)) {
            return false;
        }
        if (t.startsClause(i)) {
            String w = t.lower(i);
            boolean nameFollows = i + 1 < t.size() && t.nameGap(i + 1) && t.isCapitalised(i + 1);
            return !t.is(i, Words.SENTENCE_WORDS) && !(out.seenInLowerCase(w) && !nameFollows)
                    || t.opensCompanyName(i);
        }
        return true;
    }

    /** Reads the run of capitalised words from token a; returns the token after it. */
    private int nameRun(int a) {
        int b = a + 1;
        boolean tail = false;
        while (b < t.size() && t.nameGap(b)) {
            String w = t.lower(b);
            int next;
            if (t.spots[b] != null) {
                if (!tail || !joinsName(t.spots[b])) {
                    break;
                }
                b = absorb(t.spots[b]);
            } else if (t.isCapitalised(b) && !t.isAcronym(b) && !(t.is(b, Words.CALENDAR) && !w.equals("may"))
                    || context.hyphenPart(b)) {
                b++;
            } else if ((next = afterConnector(a, b)) > b) {
                tail |= context.hasOrganisationHead(a, b);
                b = next;
            } else if ((next = spelledOutTo(a, b)) > b) {
                b = next;
                break;
            } else if (w.equals("and") && capitalisedAt(b + 1) && joinsByAnd(a, b)) {
                b += 2;
            } else if (t.is(b, Words.PARTICLES)) {
                int c = b;
                while (c < t.size() && t.is(c, Words.PARTICLES) && t.nameGap(c)) {
                    c++;
                }
                if (!capitalisedAt(c)) {
                    break;
                }
                b = c + 1;
            } else {
                break;
            }
        }
        while (a < b && (t.lower(a).equals("the") || t.lower(a).equals("a") || t.lower(a).equals("an"))) {
            a++;
        }
        if (a < b && context.thingAfter(b)) {
            out.placeName(t.start(a), t.end(b - 1));
            return b;
        }
        Spot next = b < t.size() && t.nameGap(b) ? t.spots[b] : null;
        if (next != null && next.actor() != null && out.isPerson(next.actor().entityId()) && a < b) {
            return fullNameBefore(a, b, next);
        }
        if (a < b) {
            read(a, b);
        }
        return context.acronymAfter(b - 1) != null ? b + 1 : b;
    }

    /**
     * Whether "and" at b joins the run [a, b) and the names after it into one organisation's name ("Ministry of
     * Agriculture and Forestry"): one side has an organisation word; not a lone common word before it ("Company
     * and Harbour Bank"), and not two names that each end on one ("Acme Company and Harbour Bank": two firms).
     */
    private boolean joinsByAnd(int a, int b) {
        boolean before = context.hasOrganisationHead(a, b);
        boolean after = t.is(capitalisedEnd(b + 1) - 1, Words.ORG_HEADS);
        if (b - a == 1 && t.is(a, Words.ORG_HEADS) || before && after
                && t.is(b - 1, Words.ORG_HEADS)) {
            return false;
        }
        return before || after;
    }

    /**
     * The token after "of X", "for the X", "to X" inside a name, or b when the connector at b is none: "of" and
     * "for" after a title or organisation word ("Bank of England", "Secretary of State"), also "to", "on",
     * "against" after an organisation word ("Committee to Protect Journalists"), maybe followed by "the"
     * ("Council for the Safeguard of the Homeland"). After an organisation word, a country or people's name may
     * follow ("Supreme Court of Canada", "Organization of American States").
     */
    private int afterConnector(int a, int b) {
        String w = t.lower(b);
        boolean organisation = context.hasOrganisationHead(a, b);
        if (!(CONNECTORS.contains(w) && headed(a, b) || organisation && ORG_CONNECTORS.contains(w))) {
            return b;
        }
        int c = b + 1;
        if (c < t.size() && t.nameGap(c) && t.spots[c] == null && t.lower(c).equals("the")) {
            c++;
        }
        if (capitalisedAt(c) && !t.is(c, Words.CALENDAR)) {
            return c + 1;
        }
        boolean spot = c < t.size() && t.nameGap(c) && t.spots[c] != null && joinsName(t.spots[c]);
        return organisation && CONNECTORS.contains(w) && spot ? absorb(t.spots[c]) : b;
    }

    /**
     * "Economic Council of Eastern States (ECES)": from the connector at b, the end of the name the acronym after
     * it spells out from token a (the initials agree), or b. Looks at most a dozen tokens ahead.
     */
    private int spelledOutTo(int a, int b) {
        if (!ORG_CONNECTORS.contains(t.lower(b)) && !t.lower(b).equals("and")) {
            return b;
        }
        for (int k = b + 1; k < t.size() && k - a < 14 && t.nameGap(k); k++) {
            String acronym = context.acronymAfter(k);
            if (acronym != null) {
                return t.isCapitalised(k) && Initials.fits(acronym, t.text.substring(t.start(a), t.end(k)))
                        ? k + 1 : b;
            }
        }
        return b;
    }

    /** A known phrase that may be part of an organisation's name: anything but a person's name. */
    private boolean joinsName(Spot s) {
        return s.world() != null && s.world().kind() != World.Kind.OUTLET
                || s.actor() != null && !out.isPerson(s.actor().entityId());
    }

    /** Takes a known phrase into a name (its place is still the place); returns the token after it. */
    private int absorb(Spot s) {
        if (s.place() != null) {
            out.place(s.place().entityId(), t.start(s.from()), t.end(s.to() - 1));
        }
        return s.to();
    }

    /** Words that make "of" part of a name before them: "Bank of", "Secretary of", not "Dwayne Block of". */
    private boolean headed(int a, int b) {
        for (int k = a; k < b; k++) {
            String w = t.lower(k);
            if (t.is(k, Words.ORG_HEADS) || t.is(k, Words.TITLE_HEADS)) {
                return true;
            }
        }
        return false;
    }

    private int capitalisedEnd(int i) {
        while (capitalisedAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * Names before a catalogue person's alias: the same person when they start with that person's first name
     * ("Donald J. Trump"), another person of that surname otherwise ("Melania Trump").
     */
    private int fullNameBefore(int a, int b, Spot surname) {
        String id = surname.actor().entityId();
        String given = out.firstNameOf(id);
        int end = surname.to();
        if (given != null && given.equalsIgnoreCase(t.word(a))) {
            out.mention(id, t.start(a), t.end(end - 1));
            entityEndingAt.put(end - 1, out.affiliationOf(id));
        } else if (context.nameLike(a, true)) {
            read(a, end);
        } else {
            read(a, b);
            return b;
        }
        return end;
    }

    private boolean capitalisedAt(int i) {
        return i < t.size() && t.spots[i] == null && t.nameGap(i) && t.isCapitalised(i) && !t.isAcronym(i);
    }

    private void read(int a, int b) {
        if (t.opensCompanyName(a)) { // "Top Shine Global …": the adjective is part of the name
            organisationNamed(a, b, context.stateBefore(a), context.acronymAfter(b - 1));
            return;
        }
        if (t.ampersandIn(a, b)) {
            if (!navigationLabel(a, b)) {
                remember(b - 1, organisation(a, b, true));
            }
            return;
        }
        int p = b;
        while (p > a && context.nameLike(p - 1, p - 1 == a)) {
            p--;
        }
        while (p < b && !t.isCapitalised(p)) {
            p++;
        }
        int roleStart = p;
        while (roleStart > a && context.isTitleWord(roleStart - 1)) {
            roleStart--;
        }
        int joint = connectorAfterOrganisationWord(a, b);
        String acronym = context.acronymAfter(b - 1);
        if (acronym != null && b - a > 1 && Initials.fits(acronym, t.text.substring(t.start(a), t.end(b - 1)))) {
            organisationNamed(a, b, context.stateBefore(a) != null ? context.stateBefore(a) : stateInside(a, b),
                    acronym);
        } else if (joint > a && !context.hasTitleHead(joint, b)) {
            remember(b - 1, organisation(a, b, false));
        } else if (p > a && CONNECTORS.contains(t.lower(p - 1))) {
            unnamed(a, b);
        } else if (p < b && context.hasTitleHead(roleStart, p)) {
            titled(a, roleStart, p, b);
        } else if (context.stateSpotJoined(a) != null && !context.hasTitleHead(a, b)
                && !t.is(b - 1, Words.NOT_NAME_WORDS)) {
            remember(b - 1, organisation(a, b, true));
        } else if (p == b) {
            remember(b - 1, organisation(a, b, false));
        } else if (p > a && context.hasOrganisationHead(a, p)) {
            remember(p - 1, organisation(a, p, false));
            name(p, b, "");
        } else if (p > a && roleStart == a && b - p >= 2) {
            name(p, b, context.roleText(a, p));
        } else if (p > a) {
            unnamed(a, b);
        } else {
            name(p, b, "");
        }
    }

    /** A country named inside a name after its organisation word ("Supreme Court of Canada"), or null. */
    private String stateInside(int from, int to) {
        for (int k = from; k < to; k++) {
            Spot s = t.spots[k];
            if (s == null) {
                continue;
            }
            String id = s.actor() != null ? s.actor().entityId()
                    : s.world() != null && s.world().kind() == World.Kind.STATE ? s.world().actorId() : null;
            if (id != null && out.isState(id)) {
                return id;
            }
            k = s.to() - 1;
        }
        return null;
    }

    /** The last lower-case connector of the run after an organisation word ("Committee to …"), or -1. */
    private int connectorAfterOrganisationWord(int a, int b) {
        for (int k = b - 1; k > a; k--) {
            if (ORG_CONNECTORS.contains(t.lower(k)) && !t.isCapitalised(k)) {
                return context.hasOrganisationHead(a, k) ? k : -1;
            }
        }
        return -1;
    }

    private void remember(int token, String id) {
        if (id != null) {
            entityEndingAt.put(token, id);
        }
    }

    /** A name after a title inside the run ("Bank of England Governor Andrew Bailey"). */
    private void titled(int a, int roleStart, int p, int b) {
        String affiliation = roleStart > a ? organisation(a, roleStart, false) : null;
        Title left = context.before(a);
        if (affiliation == null) {
            affiliation = left.affiliation() != null ? left.affiliation() : context.apposition(a, b).affiliation();
        }
        String role = context.roleText(roleStart > a || !left.found() ? roleStart : left.start(), p);
        String id = out.person(t.start(p), t.end(b - 1), role, affiliation, true);
        entityEndingAt.put(b - 1, out.affiliationOf(id));
    }

    /**
     * A role a legal text defines and capitalises, after "the": "the Guarantor", "the Trustee", "the Lender". One
     * word ending like a noun of agent; no name of a person, nor an organisation's.
     */
    private boolean definedTerm(int i) {
        if (i == 0 || !t.lower(i - 1).equals("the")) {
            return false;
        }
        String w = t.lower(i);
        return w.length() > 5 && (w.endsWith("or") || w.endsWith("ee") || w.endsWith("er") || w.endsWith("ant")
                || w.endsWith("ary"));
    }

    /** A run of capitalised words that is no name ("National Rally"): an organisation if it acts or is led. */
    private void unnamed(int a, int b) {
        String acronym = context.acronymAfter(b - 1);
        if (t.verbAfter(b - 1) || context.ledBy(a) || acronym != null || context.roleAfter(b)) {
            organisationNamed(a, b, context.stateBefore(a), acronym);
        }
    }

    private void organisationNamed(int a, int b, String affiliation, String acronym) {
        String id = out.organisation(t.text.substring(t.start(a), t.end(b - 1)), t.start(a), t.end(b - 1),
                affiliation, acronym);
        entityEndingAt.put(b - 1, id);
    }

    /** "News & Events", "Press & Media": a page's section label, every word a navigation word. */
    private boolean navigationLabel(int a, int b) {
        for (int k = a; k < b; k++) {
            if (!t.is(k, Words.NAVIGATION)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A firm's name without a corporate suffix: two names or more ending on a firm's word ("Top Shine Global",
     * "Kingsway Capital"), or after a firm's noun ("the creditor Kingsway Lakeview", "a creditor, Kingsway
     * Lakeview,").
     */
    private boolean firmName(int a, int b) {
        if (b - a >= 2 && t.is(b - 1, Words.FIRM_ENDS)) {
            return true;
        }
        if (a < 1) {
            return false;
        }
        int k = a - 1;
        if (a >= 2 && !t.hardBreak(a) && (t.lower(k).equals("of") || t.lower(k).equals("in"))
                && t.is(a - 2, Words.SHARE_NOUNS)) {
            return true; // "shares of Harbour Crest", "a stake in Orrin Lakes"
        }
        boolean noun = !t.isCapitalised(k) && t.is(k, Words.FIRM_NOUNS);
        if (t.trimmedGapIs(a, ",")) {
            return noun && b < t.size() && t.trimmedGapIs(b, ",");
        }
        return noun && !t.hardBreak(a);
    }

    /** A run that is all name: a person if something says so, else left for the end of the article. */
    private void name(int a, int b, String role) {
        String known = context.knownAs(a);
        if (known != null) {
            out.aliasOrganisation(known, t.start(a), t.end(b - 1));
            entityEndingAt.put(b - 1, known);
            return;
        }
        if (context.ledBy(a) || context.roleAfter(b) || context.organisationNounBefore(a)
                || context.acronymAfter(b - 1) != null || firmName(a, b)) {
            organisationNamed(a, b, context.stateBefore(a), context.acronymAfter(b - 1));
            return;
        }
        Title left = context.before(a);
        if (left.found()) {
            String id = out.person(t.start(a), t.end(b - 1), left.role(), left.affiliation(), true);
            entityEndingAt.put(b - 1, out.affiliationOf(id));
            return;
        }
        Title apposition = context.apposition(a, b);
        String adjacent = context.adjacentEntity(a);
        if (apposition.found() || b - a > 1 && context.personCue(a, b) || !role.isEmpty()) {
            String affiliation = apposition.affiliation() != null ? apposition.affiliation() : adjacent;
            String id = out.person(t.start(a), t.end(b - 1), apposition.found() ? apposition.role() : role,
                    affiliation, true);
            entityEndingAt.put(b - 1, out.affiliationOf(id));
            if (apposition.found() && affiliation == null) {
                personAt.add(id);
                deferred.add(new int[] {personAt.size() - 1, apposition.start(), apposition.end()});
            }
        } else if (b - a == 1 && context.personCue(a, b) && !definedTerm(a)) {
            out.pendingActor(t.start(a), t.end(b - 1));
        } else if (b - a > 1 || !t.afterPlacePreposition(a)) {
            boolean onSomething = a > 0 && !t.hardBreak(a) && t.lower(a - 1).equals("on");
            boolean place = context.placeBefore(a);
            if (place) {
                out.placeName(t.start(a), t.end(b - 1));
            }
            out.pending(t.start(a), t.end(b - 1), !heading && !place && !onSomething && b - a <= 4);
        }
    }

    /**
     * Tokens [a, b) as an organisation when they end on an organisation word ("Bharatiya Janata Party",
     * "Ministry of External Affairs"), define an acronym, or ({@code joined}) follow a country's name; a state
     * body named with its state stands for the state. Returns the id, or null when the run is no organisation
     * (or a state body whose state is not said).
     */
    private String organisation(int a, int b, boolean joined) {
        int head = -1;
        for (int k = b - 1; k >= a; k--) {
            if (t.is(k, Words.ORG_HEADS)) {
                head = k;
                break;
            }
        }
        String acronym = context.acronymAfter(b - 1);
        if (head < 0 && acronym == null && !joined || PLACE_FIRST_WORDS.contains(t.lower(a))
                || head >= 0 && context.placeBefore(a) && acronym == null) {
            return null;
        }
        String state = context.stateBefore(a);
        if (state == null) {
            state = context.stateAfter(b);
        }
        if (state == null && head >= 0) {
            state = stateInside(head + 1, b);
        }
        if (head >= 0 && t.is(head, Words.STATE_BODY_HEADS) && acronym == null) {
            if (state != null) {
                out.mention(state, t.start(a), t.end(b - 1));
            }
            return state;
        }
        if (b - a < 2 && acronym == null && !joined) {
            return null;
        }
        if (acronym == null && head >= 0) {
            acronym = context.acronymApposition(b - 1);
        }
        int from = a;
        Spot before = context.stateSpotJoined(a);
        if (before != null) {
            from = before.from();
            out.retract(t.start(from), t.end(a - 1));
        }
        return out.organisation(t.text.substring(t.start(from), t.end(b - 1)), t.start(from), t.end(b - 1), state,
                acronym);
    }
}
