package org.chronoscope.load.actors;

import java.util.Map;
import java.util.Set;
import org.chronoscope.load.actors.SentenceTokens.Spot;

/**
 * What the words around a capitalised run say about it: a title before it, an apposition or acronym after it,
 * the state or organisation it belongs to, whether its words look like a name. Reads one sentence's tokens and
 * what the sentence's earlier phrases stood for ({@code entityEndingAt}).
 */
final class NameContext {
    private static final Set<String> CONNECTORS_AND_ARTICLES = Set.of("of", "for", "the", "and", "to");
    private static final Set<String> BEFORE_NAME = Set.of("said", "says", "told", "tells", "added", "asked");
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> BORDERS = Set.of("border", "borders", "frontier");
    private static final Set<String> SOUGHT = Set.of("bid", "race", "run", "campaign", "hopeful", "hopefuls");
    private static final Set<String> SEEKING = Set.of("bid", "race", "run", "pursuit", "return", "campaign");
    private static final Set<String> WINDOW_STOPS = Set.of("by", "with", "and", "or", "but", "from", "that",
            "which", "who", "as", "than", "in", "on", "at", "after", "before", "while", "when", "between");

    /** A title around a name: whether there is one, the affiliation it states, where it starts, its words. */
    record Title(boolean found, String affiliation, int start, String role, int end) {
        static final Title NONE = new Title(false, null, -1, "", -1);

        Title(boolean found, String affiliation, int start, String role) {
            this(found, affiliation, start, role, start);
        }
    }

    private final SentenceTokens t;
    private final ArticleScan out;
    private final Map<Integer, String> entityEndingAt;

    NameContext(SentenceTokens t, ArticleScan out, Map<Integer, String> entityEndingAt) {
        this.t = t;
        this.out = out;
        this.entityEndingAt = entityEndingAt;
    }

    /** A title ending right before token a ("foreign minister Ishaq Dar"), and the nearest state or organisation. */
    Title before(int a) {
        boolean head = false;
        boolean adjacent = false;
        String affiliation = null;
        int roleStart = a;
        int unknown = 0;
        int k = a - 1;
        boolean commaAfterTitle = k >= 0 && t.gapIs(a, ", ") && t.is(k, Words.TITLE_HEADS);
        while (k >= 0 && a - k <= 8 && (!t.hardBreak(k + 1) || k == a - 1 && commaAfterTitle)) {
            String w = t.lower(k);
            if (t.spots[k] != null) {
                affiliation = affiliation == null ? entityEndingAt.get(t.spots[k].to() - 1) : affiliation;
                k = t.spots[k].from() - 1;
                continue;
            }
            if (entityEndingAt.containsKey(k)) {
                affiliation = affiliation == null ? entityEndingAt.get(k) : affiliation;
                k--;
                while (k >= 0 && !t.hardBreak(k + 1) && t.isCapitalised(k) && t.spots[k] == null) {
                    k--;
                }
                continue;
            }
            if (t.is(k, Words.TITLE_HEADS) || t.is(k, Words.HONORIFICS)) {
                head = true;
                adjacent |= k == a - 1 || roleStart == k + 1;
                roleStart = k;
            } else if (t.is(k, Words.TITLE_WORDS)) {
                if (k == a - 1 && CONNECTORS_AND_ARTICLES.contains(w)) {
                    break;
                }
                if (roleStart == k + 1) {
                    roleStart = k;
                }
            } else if (!t.isPossessiveS(k)) {
                if (t.isCapitalised(k) || t.is(k, Words.VERBS) || WINDOW_STOPS.contains(w) || ++unknown > 2) {
                    break;
                }
            }
            k--;
        }
        boolean found = head && adjacent;
        return new Title(found, affiliation, roleStart, found ? roleText(roleStart, a) : "");
    }

    /** The state or organisation named right before token a, with nothing between ("NATO's Rutte"), or null. */
    String adjacentEntity(int a) {
        int k = a - 1;
        if (k >= 0 && t.isPossessiveS(k)) {
            k--;
        }
        if (k < 0 || t.hardBreak(k + 1) && !t.isPossessiveS(k + 1)) {
            return null;
        }
        return entityEndingAt.get(t.spots[k] != null ? t.spots[k].to() - 1 : k);
    }

    /** ", China's foreign minister," / ", the secretary general of NATO": a title in an apposition after a name. */
    Title apposition(int a, int b) {
        if (b >= t.size() || !t.trimmedGapIs(b, ",") || objectOf(a)) {
            return Title.NONE;
        }
        String first = t.lower(b);
        boolean age = Character.isDigit(t.word(b).charAt(0)) && t.gapAfter(b).trim().startsWith(",");
        if (age) {
            return new Title(true, null, b, "");
        }
        if (CONNECTORS_AND_ARTICLES.contains(first) && !APPOSITION_OPENERS.contains(first)) {
            return Title.NONE;
        }
        if (!(APPOSITION_OPENERS.contains(first) || t.spots[b] != null || t.is(b, Words.TITLE_WORDS)
                || t.is(b, Words.TITLE_HEADS))) {
            return Title.NONE;
        }
        String affiliation = null;
        int headAt = -1;
        int roleFrom = -1;
        int end = b;
        for (int k = b; k < t.size() && k - b < 12 && (k == b || !t.hardBreak(k)); k++) {
            Spot s = t.spots[k];
            end = k + 1;
            if (s != null) {
                if (affiliation == null && s.world() != null && s.world().kind() != World.Kind.OUTLET) {
                    affiliation = s.world().actorId();
                } else if (affiliation == null && s.actor() != null) {
                    String id = s.actor().entityId();
                    affiliation = out.isPerson(id) ? out.affiliationOf(id) : id;
                }
                k = s.to() - 1;
                continue;
            }
            String w = t.lower(k);
            if (t.is(k, Words.TITLE_HEADS)) {
                headAt = k;
                roleFrom = roleFrom < 0 ? k : roleFrom;
            } else if (t.is(k, Words.TITLE_WORDS) && !APPOSITION_OPENERS.contains(w) && roleFrom < 0) {
                roleFrom = k;
            } else if (t.is(k, Words.VERBS)) {
                end = k;
                break;
            }
        }
        return headAt < 0 ? Title.NONE : new Title(true, affiliation, roleFrom, roleText(roleFrom, headAt + 1), end);
    }

    /** "(BJP)" right after token i: the acronym, or null. */
    String acronymAfter(int i) {
        int j = i + 1;
        if (j >= t.size() || !t.trimmedGapIs(j, "(") || !t.isAcronym(j)) {
            return null;
        }
        return t.gapAfter(j).startsWith(")") ? t.word(j) : null;
    }

    /** ", AFAD," right after an organisation's name: its acronym as an apposition, or null. */
    String acronymApposition(int i) {
        int j = i + 1;
        if (j >= t.size() || !t.gapIs(j, ", ") || !t.isAcronym(j) || !out.isAcronymWord(t.word(j))) {
            return null;
        }
        String after = t.gapAfter(j);
        return after.startsWith(",") || after.startsWith(".") ? t.word(j) : null;
    }

    /** Something right around a name says it is a person's: a verb of saying, ", who", "said X", "according to X". */
    boolean personCue(int a, int b) {
        return t.verbAfter(b - 1) && !objectOf(a) || b < t.size() && t.trimmedGapIs(b, ",") && t.lower(b).equals("who")
                || a > 0 && !t.hardBreak(a) && BEFORE_NAME.contains(t.lower(a - 1))
                || a >= 2 && t.lower(a - 1).equals("to") && t.lower(a - 2).equals("according") && !t.hardBreak(a);
    }

    /** "the mayor of Ercis told…", "in the city of Johannesburg, a correspondent said": X is no subject. */
    boolean objectOf(int a) {
        int k = a - 1;
        if (k >= 0 && t.lower(k).equals("the") && !t.hardBreak(k + 1)) {
            k--;
        }
        return k >= 0 && !t.hardBreak(k + 1) && (t.lower(k).equals("of") || t.is(k, Words.PLACE_WORDS));
    }

    /**
     * What follows a run makes it the name of a place or a thing: a lower-case noun like "province" or
     * "temples" ("Surin province", "the Ta Som and Ta Prohm temples"), or a number joined by a hyphen ("F-16").
     */
    boolean thingAfter(int b) {
        if (b >= t.size()) {
            return false;
        }
        String gap = t.gapBefore(b);
        if (gap.equals("-") && Character.isDigit(t.word(b).charAt(0))) {
            return true;
        }
        if (t.hardBreak(b) || t.isCapitalised(b)) {
            return false;
        }
        if (t.lower(b).equals("and")) {
            int c = b + 1;
            while (c < t.size() && !t.hardBreak(c) && t.isCapitalised(c) && t.spots[c] == null) {
                c++;
            }
            return c > b + 1 && c < t.size() && t.lower(c).endsWith("s") && thingAfter(c);
        }
        String w = t.lower(b);
        return t.is(b, Words.PLACE_NOUNS)
                || w.endsWith("s") && Words.PLACE_NOUNS.contains(w.substring(0, w.length() - 1));
    }

    /** "the leader of (the) X": X is what a person leads, so an organisation. */
    boolean ledBy(int a) {
        int k = a - 1;
        if (k >= 0 && t.lower(k).equals("the") && !t.hardBreak(k + 1)) {
            k--;
        }
        return k >= 1 && t.lower(k).equals("of") && !t.hardBreak(k + 1) && !t.hardBreak(k)
                && t.is(k - 1, Words.LEADING_TITLES);
    }

    /** "a Red Crescent spokesman": a role right after the run makes it an organisation. */
    boolean roleAfter(int b) {
        return b < t.size() && !t.hardBreak(b) && !t.isCapitalised(b) && t.is(b, Words.ORGANISATION_ROLES);
    }

    /** "the humanitarian organization Syria Civil Defense": an organisation noun right before the run. */
    boolean organisationNounBefore(int a) {
        return a > 0 && !t.hardBreak(a) && !t.isCapitalised(a - 1)
                && t.is(a - 1, Words.ORGANISATION_NOUNS);
    }

    /** ", better known as the White Helmets": the organisation named before, or null. */
    String knownAs(int a) {
        int k = a - 1;
        if (k >= 0 && t.lower(k).equals("the")) {
            k--;
        }
        if (k < 1 || !t.lower(k).equals("as") || !t.lower(k - 1).equals("known")) {
            return null;
        }
        for (int j = k - 2; j >= 0 && k - j < 6; j--) {
            String id = entityEndingAt.get(j);
            if (id != null) {
                return out.isOrganisationDraft(id) ? id : null;
            }
        }
        return null;
    }

    /** The state named right before token a ("Indian", "India's", "Turkish Prime Ministry's"), or null. */
    String stateBefore(int a) {
        String id = adjacentEntity(a);
        return id == null || out.isPerson(id) ? null : id;
    }

    /** "… of Ukraine": the state named after a body. */
    String stateAfter(int b) {
        if (b + 1 < t.size() && t.lower(b).equals("of") && !t.hardBreak(b) && t.spots[b + 1] != null
                && !t.hardBreak(b + 1)) {
            Spot s = t.spots[b + 1];
            if (s.actor() != null && !out.isPerson(s.actor().entityId())) {
                return s.actor().entityId();
            }
            return s.world() != null && s.world().kind() != World.Kind.OUTLET ? s.world().actorId() : null;
        }
        return null;
    }

    /** A state, demonym or catalogue state right before token a, joined as in one name ("U.S. Geological Survey"). */
    Spot stateSpotJoined(int a) {
        Spot s = a > 0 ? t.spots[a - 1] : null;
        if (s == null || !t.nameGap(a)) {
            return null;
        }
        boolean world = s.world() != null && s.actor() == null && (s.world().kind() == World.Kind.STATE
                || s.world().kind() == World.Kind.DEMONYM);
        boolean catalogue = s.actor() != null && !out.isPerson(s.actor().entityId()) && !s.actor().capitalOfState();
        return world || catalogue ? s : null;
    }

    /** Title words (ending on a head) follow token e: the name before them qualifies a title ("U.S. President"). */
    boolean titleFollows(int e) {
        for (int j = e; j < t.size() && j - e < 5 && !t.hardBreak(j) && t.spots[j] == null; j++) {
            String w = t.lower(j);
            if (t.is(j, Words.TITLE_HEADS)) {
                return true;
            }
            if (!t.is(j, Words.TITLE_WORDS) || CONNECTORS_AND_ARTICLES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A place word before token i ("in Argentina", "in the United States"): a country there is the place. */
    boolean placeBefore(int i) {
        int k = i - 1;
        if (k >= 0 && t.lower(k).equals("the") && !t.hardBreak(k + 1)) {
            k--;
        }
        if (k < 0 || t.hardBreak(k + 1)) {
            return false;
        }
        String w = t.lower(k);
        return t.is(k, Words.PLACE_WORDS) || w.equals("with") && BORDERS.contains(t.lower(k - 1));
    }

    /** "the White House bid", "his run for the White House": the office sought, not the government acting. */
    boolean officeSought(int from, int to) {
        if (to < t.size() && !t.hardBreak(to) && SOUGHT.contains(t.lower(to))) {
            return true;
        }
        int k = from - 1;
        if (k >= 0 && t.lower(k).equals("the")) {
            k--;
        }
        return k >= 1 && (t.lower(k).equals("for") || t.lower(k).equals("of") || t.lower(k).equals("to"))
                && SEEKING.contains(t.lower(k - 1));
    }

    // ---- word classes

    boolean nameLike(int i, boolean first) {
        String w = t.lower(i);
        if (t.is(i, Words.PARTICLES) && !first || !first && hyphenPart(i)) {
            return true;
        }
        if (!t.isCapitalised(i) || t.isAcronym(i) && !t.isInitial(i)) {
            return false;
        }
        return !t.is(i, Words.TITLE_HEADS) && !t.is(i, Words.TITLE_WORDS) && !t.is(i, Words.HONORIFICS)
                && !t.is(i, Words.ORG_HEADS) && !t.is(i, Words.NOT_NAME_WORDS)
                && !(t.is(i, Words.CALENDAR) && (first || !w.equals("may")))
                && !(first && t.startsClause(i) && t.is(i, Words.SENTENCE_WORDS) && !t.opensCompanyName(i));
    }

    /** "myung" in "Lee Jae-myung": a lower-case part joined by a hyphen to a capitalised one. */
    boolean hyphenPart(int i) {
        if (i <= 0 || i >= t.size() || t.start(i) - t.end(i - 1) != 1) {
            return false;
        }
        char g = t.text.charAt(t.end(i - 1));
        return (g == '-' || g == '\u2010' || g == '\u2011') && t.isCapitalised(i - 1)
                && !t.isCapitalised(i) && Character.isLetter(t.word(i).charAt(0));
    }

    boolean isTitleWord(int i) {
        String w = t.lower(i);
        return t.is(i, Words.TITLE_HEADS) || t.is(i, Words.TITLE_WORDS) || t.is(i, Words.HONORIFICS);
    }

    boolean hasTitleHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, Words.TITLE_HEADS) || t.is(k, Words.HONORIFICS)) {
                return true;
            }
        }
        return false;
    }

    boolean hasOrganisationHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, Words.ORG_HEADS)) {
                return true;
            }
        }
        return false;
    }

    /** The title as written, without courtesy titles: "External Affairs Minister"; "" for "Mr". */
    String roleText(int from, int to) {
        while (from < to && (t.is(from, Words.HONORIFICS) || t.lower(from).equals("the"))) {
            from++;
        }
        while (to > from && t.is(to - 1, Words.HONORIFICS)) {
            to--;
        }
        return from < to ? ActorIds.oneSpace(t.text.substring(t.start(from), t.end(to - 1))) : "";
    }
}
