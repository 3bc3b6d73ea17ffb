package org.chronoscope.load.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.chronoscope.model.Category;

/**
 * An extracted event's category from its sentence's words, in one pass: every word that signals a category is
 * looked up, and the most specific category found wins (a deadline over a strike, a strike over talks, talks over a
 * statement); background when nothing fits. A date given as "by …" ("by the end of April") makes a deadline.
 */
final class Categories {
    /** Most specific first. */
    private static final Category[] PRIORITY = {
        Category.DEADLINE, Category.DISASTER, Category.SANCTIONS, Category.MILITARY, Category.ELECTION,
        Category.PROTEST, Category.COURT, Category.LAW, Category.TALKS, Category.ECONOMY, Category.PLAN,
        Category.STATEMENT,
    };
    private static final Map<String, Category> WORDS = new HashMap<>();

    static {
        words(Category.DEADLINE, "deadline", "deadlines", "ultimatum", "expires", "expiry");
        words(Category.DISASTER, "earthquake", "quake", "flood", "floods", "flooding", "hurricane", "typhoon",
                "cyclone", "wildfire", "wildfires", "tsunami", "landslide", "eruption", "derailed", "derailment",
                "collapsed", "crashed", "blaze");
        words(Category.SANCTIONS, "sanction", "sanctions", "sanctioned", "embargo", "embargoes", "blacklisted");
        words(Category.MILITARY, "drone", "drones", "missile", "missiles", "strike", "strikes", "struck", "troops",
                "soldiers", "army", "captured", "capture", "occupied", "annexed", "annexation", "invasion", "invaded",
                "offensive", "counteroffensive", "shelling", "shelled", "attack", "attacks", "attacked", "seized",
                "airstrike", "airstrikes", "bombed", "bombing", "bombardment", "fighting", "battle", "killed",
                "shot", "intercepted", "downed", "advance", "advanced", "withdrew", "retreated",
                "mobilisation", "mobilization", "warship", "warships", "military", "coup", "junta", "putsch",
                "mutiny", "overthrew", "overthrown", "toppled", "ousted", "deposed");
        words(Category.ELECTION, "election", "elections", "elected", "re-elected", "vote", "voted", "voting", "ballot",
                "ballots", "electors", "polls", "referendum", "inaugurated", "inauguration", "runoff", "certified",
                "certify", "certification", "candidacy", "campaigning");
        words(Category.COURT, "court", "judge", "trial", "sentenced", "convicted", "acquitted", "indicted",
                "charged", "arrested", "detained", "verdict", "ruled", "ruling", "lawsuit", "sued", "prosecutors",
                "extradited", "jailed", "imprisoned", "liquidation", "liquidated", "liquidators", "winding-up",
                "petition", "bankruptcy", "insolvency", "receivership", "hearing", "adjourned");
        words(Category.PROTEST, "protest", "protests", "protested", "protesters", "protestors", "demonstrators",
                "demonstration", "demonstrations", "rally", "rallied", "riot", "riots", "unrest", "marched");
        words(Category.LAW, "law", "laws", "treaty", "legislation", "decree", "bill", "constitution", "ratified",
                "ratify", "signed", "enacted", "passed", "parliament", "congress", "lawmakers", "senate");
        words(Category.ECONOMY, "tariff", "tariffs", "trade", "exports", "imports", "inflation", "economy", "gdp",
                "recession", "investment", "prices", "rates", "budget", "deficit", "market", "markets", "shares",
                "stock", "stocks", "restructuring", "bondholders", "creditors", "default", "debt");
        words(Category.TALKS, "talks", "meeting", "met", "meet", "meets", "summit", "negotiations", "negotiated",
                "negotiating", "negotiators", "discussions", "discussed", "visit", "visited", "visits", "visiting",
                "travelled", "traveled", "phone", "call", "hosted", "hosts", "received", "held", "mediated",
                "mediation", "dialogue", "conversation", "delegation", "delegations", "envoy", "ceasefire", "truce");
        words(Category.PLAN, "plan", "plans", "proposal", "proposals", "proposed", "draft", "framework", "roadmap",
                "points", "counter-proposal", "blueprint", "initiative");
        words(Category.STATEMENT, "said", "says", "told", "wrote", "stated", "announced", "stressed", "insisted",
                "signalled", "signaled", "confirmed", "denied", "criticised", "criticized", "emphasised",
                "emphasized", "reiterated", "interview", "warned", "claimed", "accused", "statement", "tweeted",
                "posted", "declared", "called", "urged", "rejected", "dismissed", "welcomed", "condemned");
    }

    private Categories() {
    }

    private static void words(Category c, String... words) {
        for (String w : words) {
            WORDS.putIfAbsent(w, c);
        }
    }

    /** The category of a sentence from its tokens and the words of its date ("by the end of April"). */
    static Category of(Words w, String dateExpression) {
        return of(w, dateExpression, null);
    }

    /** The same, from the tokens the mask keeps (all when null). */
    static Category of(Words w, String dateExpression, boolean[] mask) {
        if (dateExpression != null) {
            String d = dateExpression.toLowerCase(Locale.ROOT);
            if (d.startsWith("by ") || d.startsWith("no later than") || d.startsWith("before the end")) {
                return Category.DEADLINE;
            }
        }
        int best = PRIORITY.length;
        for (int t = 0; t < w.size && best > 0; t++) {
            if (!w.isWord(t) || mask != null && !mask[t]) {
                continue;
            }
            Category c = WORDS.get(w.lower(t));
            if (c != null) {
                for (int p = 0; p < best; p++) {
                    if (PRIORITY[p] == c) {
                        best = p;
                        break;
                    }
                }
            }
        }
        return best < PRIORITY.length ? PRIORITY[best] : Category.BACKGROUND;
    }

    /** The category of a sentence alone. */
    static Category of(String sentence) {
        return of(Words.of(sentence), null);
    }
}
