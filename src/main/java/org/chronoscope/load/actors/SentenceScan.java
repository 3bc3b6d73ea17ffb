package org.chronoscope.load.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.load.actors.SentenceTokens.Spot;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;

/**
 * Reads one sentence for actors. Known phrases (catalogue aliases, countries, organisations) are mentions as
 * they stand, except a capital, which names its government only when used as one ("Paris said", "Beijing's
 * envoy"), and a demonym, which does so before a word like "officials". Runs of capitalised words are read as
 * a person's name after a title ("External Affairs Minister S. Jaishankar", "Mr Starmer") or before a verb of
 * saying or an apposition ("Mark Rutte, NATO's secretary general,"); as an organisation when they end on a word
 * like "Party" or "Agency", or define an acronym; a state body ("the Indian Army") stands for its state. A run
 * with no such cue waits for the end of the article, where a surname or full name named elsewhere resolves it.
 */
final class SentenceScan {
    private static final Set<String> CONNECTORS = Set.of("of", "for");
    /** First words of place names that end like organisations ("West Bank"). */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("west", "east", "north", "south", "upper", "lower");
    private static final Set<String> CONNECTORS_AND_ARTICLES = Set.of("of", "for", "the", "and", "to");
    private static final Set<String> BEFORE_NAME = Set.of("said", "says", "told", "tells", "added", "asked");
    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    private static final Set<String> WINDOW_STOPS = Set.of("by", "with", "and", "or", "but", "from", "that",
            "which", "who", "as", "than", "in", "on", "at", "after", "before", "while", "when", "between");

    private final ArticleScan out;
    private final SentenceTokens t;
    private final World world;
    private final boolean heading;
    /** What a phrase ending at a token stood for: a later title's affiliation ("Foreign Ministry spokesperson"). */
    private final Map<Integer, String> entityEndingAt = new HashMap<>();
    /** Appositions whose organisation is read after the person: {person's index, from token, to token}. */
    private final List<int[]> deferred = new ArrayList<>();
    private final List<String> personAt = new ArrayList<>();

    SentenceScan(ArticleScan out, SentenceTokens t, World world, boolean heading) {
        this.out = out;
        this.t = t;
        this.world = world;
        this.heading = heading;
    }

    void run() {
        read();
        for (int[] d : deferred) {
            for (int k = d[1]; k < d[2]; k++) {
                if (entityEndingAt.containsKey(k)) {
                    out.voteAffiliation(personAt.get(d[0]), entityEndingAt.get(k));
                    break;
                }
            }
        }
    }

    private void read() {
        int i = 0;
        while (i < t.size()) {
            Spot s = t.spots[i];
            if (s != null) {
                i = spot(s);
            } else if (startsName(i)) {
                i = nameRun(i);
            } else {
                if (t.isAcronym(i)) {
                    acronym(i);
                }
                i++;
            }
        }
    }

    // ---- known phrases

    private int spot(Spot s) {
        int i = s.from();
        int e = s.to();
        boolean singleWord = e - i == 1;
        boolean givenName = singleWord && (s.actor() != null && out.isPerson(s.actor().entityId())
                || s.world() != null && s.world().kind() == World.Kind.STATE && world.isGivenName(t.word(i)));
        if (givenName && e < t.size() && t.spots[e] == null && t.nameGap(e) && nameLike(e, false)) {
            return nameRun(i);
        }
        if (s.place() != null) {
            out.place(s.place().entityId(), t.start(i), t.end(e - 1));
        }
        if (s.actor() != null) {
            String id = s.actor().entityId();
            if (!(s.actor().capitalOfState() && t.afterPlacePreposition(i))) {
                out.mention(id, t.start(i), t.end(e - 1));
            }
            entityEndingAt.put(e - 1, out.isPerson(id) ? out.affiliationOf(id) : id);
            return e;
        }
        World.Entry w = s.world();
        if (w == null) {
            return e;
        }
        entityEndingAt.put(e - 1, w.actorId());
        switch (w.kind()) {
            case STATE, ORGANISATION, STATE_BODY -> out.mention(w.actorId(), t.start(i), t.end(e - 1));
            case DEMONYM -> {
                if (e < t.size() && !t.hardBreak(e) && Words.GOVERNMENT_NOUNS.contains(t.lower(e))) {
                    out.mention(w.actorId(), t.start(i), t.end(e));
                    return e + 1;
                }
            }
            case CAPITAL -> {
                if (!t.afterPlacePreposition(i) && (t.possessiveAfter(e - 1) || t.verbAfter(e - 1))) {
                    out.mention(w.actorId(), t.start(i), t.end(e - 1));
                }
            }
            case OUTLET -> entityEndingAt.remove(e - 1);
        }
        return e;
    }

    private void acronym(int i) {
        if (!out.isAcronymWord(t.word(i)) || shouting()) {
            return;
        }
        String id = out.acronymOrganisation(t.word(i), t.start(i), t.end(i), t.verbAfter(i));
        entityEndingAt.put(i, id);
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
        if (!t.isCapitalised(i) || t.isAcronym(i) || Words.CALENDAR.contains(t.lower(i))) {
            return false;
        }
        if (t.startsClause(i)) {
            String w = t.lower(i);
            boolean nameFollows = i + 1 < t.size() && t.nameGap(i + 1) && t.isCapitalised(i + 1);
            return !Words.SENTENCE_WORDS.contains(w) && !(out.seenInLowerCase(w) && !nameFollows);
        }
        return true;
    }

    /** Reads the run of capitalised words from token a; returns the token after it. */
    private int nameRun(int a) {
        int b = a + 1;
        while (b < t.size() && t.spots[b] == null && t.nameGap(b)) {
            if (t.isCapitalised(b) && !t.isAcronym(b)
                    && !(Words.CALENDAR.contains(t.lower(b)) && !t.lower(b).equals("may")) || hyphenPart(b)) {
                b++;
            } else if (CONNECTORS.contains(t.lower(b)) && capitalisedAt(b + 1)) {
                b += 2;
            } else if (Words.PARTICLES.contains(t.lower(b))) {
                int c = b;
                while (c < t.size() && Words.PARTICLES.contains(t.lower(c)) && t.nameGap(c)) {
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
        if (a < b) {
            read(a, b);
        }
        return acronymAfter(b - 1) != null ? b + 1 : b;
    }

    /** "myung" in "Lee Jae-myung": a lower-case part joined by a hyphen to a capitalised one. */
    private boolean hyphenPart(int i) {
        String g = t.gapBefore(i);
        return i > 0 && (g.equals("-") || g.equals("\u2010") || g.equals("\u2011")) && t.isCapitalised(i - 1)
                && !t.isCapitalised(i) && Character.isLetter(t.word(i).charAt(0));
    }

    private boolean capitalisedAt(int i) {
        return i < t.size() && t.spots[i] == null && t.nameGap(i) && t.isCapitalised(i) && !t.isAcronym(i);
    }

    private void read(int a, int b) {
        int p = b;
        while (p > a && nameLike(p - 1, p - 1 == a)) {
            p--;
        }
        while (p < b && !t.isCapitalised(p)) {
            p++;
        }
        int roleStart = p;
        while (roleStart > a && isTitleWord(roleStart - 1)) {
            roleStart--;
        }
        boolean titled = p < b && hasTitleHead(roleStart, p);
        if (titled) {
            String affiliation = roleStart > a ? organisation(a, roleStart) : null;
            Window left = leftWindow(a);
            int from = roleStart > a ? roleStart : left.roleStart;
            String role = roleText(from, p);
            String id = out.person(t.start(p), t.end(b - 1), role, affiliation != null ? affiliation
                    : left.affiliation, true);
            entityEndingAt.put(b - 1, out.affiliationOf(id));
            return;
        }
        if (p == b) {
            String id = organisation(a, b);
            if (id != null) {
                entityEndingAt.put(b - 1, id);
            }
            return;
        }
        if (p > a && hasOrganisationHead(a, p)) {
            String id = organisation(a, p);
            if (id != null) {
                entityEndingAt.put(p - 1, id);
            }
            name(p, b);
        } else if (p > a) {
            unnamed(a, b);
        } else {
            name(p, b);
        }
    }

    /** A run of capitalised words that is no name ("National Rally"): an organisation if it acts or is led. */
    private void unnamed(int a, int b) {
        if (t.verbAfter(b - 1) || ledBy(a) || acronymAfter(b - 1) != null) {
            String id = out.organisation(t.text.substring(t.start(a), t.end(b - 1)), t.start(a), t.end(b - 1),
                    stateBefore(a), acronymAfter(b - 1));
            entityEndingAt.put(b - 1, id);
        }
    }

    /** "the leader of (the) X": X is what a person leads, so an organisation. */
    private boolean ledBy(int a) {
        int k = a - 1;
        if (k >= 0 && t.lower(k).equals("the") && !t.hardBreak(k + 1)) {
            k--;
        }
        return k >= 1 && t.lower(k).equals("of") && !t.hardBreak(k + 1) && !t.hardBreak(k)
                && Words.TITLE_HEADS.contains(t.lower(k - 1));
    }

    private boolean hasOrganisationHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.ORG_HEADS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A run that is all name: a person if something says so, else left for the end of the article. */
    private void name(int a, int b) {
        if (ledBy(a)) {
            unnamed(a, b);
            return;
        }
        Window left = leftWindow(a);
        if (left.titled) {
            String id = out.person(t.start(a), t.end(b - 1), roleText(left.roleStart, a), left.affiliation, true);
            entityEndingAt.put(b - 1, out.affiliationOf(id));
            return;
        }
        if (acronymAfter(b - 1) != null) {
            String id = out.organisation(t.text.substring(t.start(a), t.end(b - 1)), t.start(a), t.end(b - 1),
                    left.affiliation, acronymAfter(b - 1));
            entityEndingAt.put(b - 1, id);
            return;
        }
        Window apposition = apposition(b);
        boolean cue = apposition.titled || t.verbAfter(b - 1) || whoAfter(b) || a > 0 && !t.hardBreak(a)
                && BEFORE_NAME.contains(t.lower(a - 1)) || accordingTo(a);
        if (cue) {
            String id = out.person(t.start(a), t.end(b - 1), apposition.titled ? apposition.role : "",
                    apposition.affiliation, true);
            entityEndingAt.put(b - 1, out.affiliationOf(id));
            if (apposition.titled && apposition.affiliation == null) {
                personAt.add(id);
                deferred.add(new int[] {personAt.size() - 1, apposition.roleStart, Math.min(t.size(),
                        apposition.roleStart + 12)});
            }
        } else if (b - a > 1 || !t.afterPlacePreposition(a)) {
            out.pending(t.start(a), t.end(b - 1), !heading && !t.afterPlacePreposition(a) && b - a <= 4);
        }
    }

    /**
     * Tokens [a, b) as an organisation when they end on an organisation word ("Bharatiya Janata Party",
     * "Ministry of External Affairs"); a state body named with its state stands for the state. Returns the id,
     * or null when the run is no organisation (or a state body whose state is not said).
     */
    private String organisation(int a, int b) {
        int head = -1;
        for (int k = b - 1; k >= a; k--) {
            if (Words.ORG_HEADS.contains(t.lower(k))) {
                head = k;
                break;
            }
        }
        String acronym = acronymAfter(b - 1);
        if (head < 0 && acronym == null || head >= 0 && PLACE_FIRST_WORDS.contains(t.lower(a))) {
            return null;
        }
        String state = stateBefore(a);
        if (state == null) {
            state = stateAfter(b);
        }
        if (head >= 0 && Words.STATE_BODY_HEADS.contains(t.lower(head)) && acronym == null) {
            if (state != null) {
                out.mention(state, t.start(a), t.end(b - 1));
            }
            return state;
        }
        if (b - a < 2 && acronym == null) {
            return null;
        }
        int from = a;
        Spot before = a > 0 ? t.spots[a - 1] : null;
        if (before != null && before.world() != null && t.nameGap(a) && (before.world().kind() == World.Kind.DEMONYM
                || before.world().kind() == World.Kind.STATE)) {
            from = before.from();
            out.retract(t.start(from), t.end(a - 1));
        }
        return out.organisation(t.text.substring(t.start(from), t.end(b - 1)), t.start(from), t.end(b - 1), state,
                acronym);
    }

    // ---- context

    /** What stands left of a name: a title ending right before it, and the nearest state or organisation. */
    private record Window(boolean titled, String affiliation, int roleStart, String role) {
    }

    private Window leftWindow(int a) {
        boolean head = false;
        boolean adjacent = false;
        String affiliation = null;
        int roleStart = a;
        int unknown = 0;
        int k = a - 1;
        boolean commaAfterTitle = k >= 0 && t.gapBefore(a).equals(", ") && Words.TITLE_HEADS.contains(t.lower(k));
        while (k >= 0 && a - k <= 8 && (!t.hardBreak(k + 1) || k == a - 1 && commaAfterTitle)) {
            String w = t.lower(k);
            if (t.spots[k] != null) {
                if (affiliation == null) {
                    affiliation = entityEndingAt.get(t.spots[k].to() - 1);
                }
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
            if (Words.TITLE_HEADS.contains(w) || Words.HONORIFICS.contains(w)) {
                head = true;
                adjacent |= k == a - 1 || roleStart == k + 1;
                roleStart = k;
            } else if (Words.TITLE_WORDS.contains(w)) {
                if (k == a - 1 && CONNECTORS_AND_ARTICLES.contains(w)) {
                    break;
                }
                if (roleStart == k + 1) {
                    roleStart = k;
                }
            } else if (!t.isPossessiveS(k)) {
                if (t.isCapitalised(k) || Words.VERBS.contains(w) || WINDOW_STOPS.contains(w) || ++unknown > 2) {
                    break;
                }
            }
            k--;
        }
        return new Window(head && adjacent, affiliation, roleStart, null);
    }

    /** ", China's foreign minister," / ", the secretary general of NATO": a title in an apposition after a name. */
    private Window apposition(int b) {
        if (b >= t.size() || !t.gapBefore(b).trim().equals(",")) {
            return new Window(false, null, b, null);
        }
        String first = t.lower(b);
        boolean opens = APPOSITION_OPENERS.contains(first) || t.spots[b] != null
                || Words.TITLE_WORDS.contains(first) || Words.TITLE_HEADS.contains(first)
                || Character.isDigit(t.word(b).charAt(0)) && t.gapAfter(b).trim().startsWith(",");
        if (!opens) {
            return new Window(false, null, b, null);
        }
        if (Character.isDigit(t.word(b).charAt(0))) {
            return new Window(true, null, b, "");
        }
        String affiliation = null;
        int headAt = -1;
        int roleFrom = -1;
        for (int k = b; k < t.size() && k - b < 12 && (k == b || !t.hardBreak(k)); k++) {
            Spot s = t.spots[k];
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
            if (Words.TITLE_HEADS.contains(w)) {
                headAt = k;
                roleFrom = roleFrom < 0 ? k : roleFrom;
            } else if (Words.TITLE_WORDS.contains(w) && !APPOSITION_OPENERS.contains(w) && roleFrom < 0) {
                roleFrom = k;
            } else if (Words.VERBS.contains(w)) {
                break;
            }
        }
        if (headAt < 0) {
            return new Window(false, null, b, null);
        }
        return new Window(true, affiliation, roleFrom, roleText(roleFrom, headAt + 1));
    }

    /** "(BJP)" right after token i: the acronym, or null. */
    private String acronymAfter(int i) {
        int j = i + 1;
        if (j >= t.size() || !t.gapBefore(j).trim().equals("(") || !t.isAcronym(j)) {
            return null;
        }
        String after = t.gapAfter(j);
        return after.startsWith(")") ? t.word(j) : null;
    }

    private boolean whoAfter(int b) {
        return b < t.size() && t.gapBefore(b).trim().equals(",") && t.lower(b).equals("who");
    }

    private boolean accordingTo(int a) {
        return a >= 2 && t.lower(a - 1).equals("to") && t.lower(a - 2).equals("according") && !t.hardBreak(a);
    }

    /** The state named right before token a ("Indian", "India's", "the Pakistani"), or null. */
    private String stateBefore(int a) {
        int k = a - 1;
        if (k >= 0 && t.isPossessiveS(k)) {
            k--;
        }
        if (k < 0 || t.spots[k] == null || t.hardBreak(k + 1) && !t.isPossessiveS(k + 1)) {
            return null;
        }
        Spot s = t.spots[k];
        if (s.actor() != null) {
            return out.isPerson(s.actor().entityId()) ? null : s.actor().entityId();
        }
        return s.world() != null && s.world().kind() != World.Kind.OUTLET ? s.world().actorId() : null;
    }

    /** "… of Ukraine": the state named after a body. */
    private String stateAfter(int b) {
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

    // ---- word classes

    private boolean nameLike(int i, boolean first) {
        String w = t.lower(i);
        if (Words.PARTICLES.contains(w) && !first || !first && hyphenPart(i)) {
            return true;
        }
        if (!t.isCapitalised(i) || t.isAcronym(i) && !t.isInitial(i)) {
            return false;
        }
        return !Words.TITLE_HEADS.contains(w) && !Words.TITLE_WORDS.contains(w) && !Words.HONORIFICS.contains(w)
                && !Words.ORG_HEADS.contains(w) && !Words.NOT_NAME_WORDS.contains(w)
                && !(Words.CALENDAR.contains(w) && (first || !w.equals("may")))
                && !(first && t.startsClause(i) && Words.SENTENCE_WORDS.contains(w));
    }

    private boolean isTitleWord(int i) {
        String w = t.lower(i);
        return Words.TITLE_HEADS.contains(w) || Words.TITLE_WORDS.contains(w) || Words.HONORIFICS.contains(w);
    }

    private boolean hasTitleHead(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Words.TITLE_HEADS.contains(t.lower(k)) || Words.HONORIFICS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** The title as written, without courtesy titles: "External Affairs Minister"; "" for "Mr". */
    private String roleText(int from, int to) {
        while (from < to && (Words.HONORIFICS.contains(t.lower(from)) || t.lower(from).equals("the"))) {
            from++;
        }
        while (to > from && Words.HONORIFICS.contains(t.lower(to - 1))) {
            to--;
        }
        return from < to ? t.text.substring(t.start(from), t.end(to - 1)).replaceAll("\\s+", " ") : "";
    }

    static boolean isPersonKind(Actor a) {
        return a != null && a.kind() == ActorKind.PERSON;
    }
}
