package org.chronoscope.load.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Families of words that name the same kind of happening, whatever the outlet's wording: a verb, its nominalisation
 * and its near-synonyms ("ordered the liquidation", "was wound up", "the liquidation order"; "met", "talks",
 * "summit"). Merging asks whether two candidates share a family, on top of their actors and dates, so that one
 * happening told in different words still becomes one event. A word may belong to several families ("struck":
 * an earthquake, an attack). Looked up by stem ({@link Terms#stem}), so inflections come free.
 */
final class Actions {
    private static final Map<Integer, int[]> FAMILIES_OF_TERM = new HashMap<>();

    static {
        family("meet", "meet", "met", "meeting", "talks", "summit", "summits", "negotiations", "negotiate",
                "negotiating", "extraordinary", "session",
                "discussions", "discussed", "discuss", "dialogue", "conference", "consultations", "hosted", "host",
                "received", "attend", "attended", "gathering", "convened");
        family("visit", "visit", "visited", "arrive", "arrived", "trip", "tour", "travel", "travelled", "traveled",
                "landed", "rushed", "headed", "flew");
        family("call", "call", "phone", "phoned", "telephone", "videoconference");
        family("send", "envoy", "envoys", "emissary", "emissaries", "mediator",
                "mediators", "mediation", "dispatched", "despatched", "mission");
        family("agree", "agree", "agreed", "agreement", "deal", "accord", "pact", "truce", "ceasefire", "armistice",
                "settlement", "finalized", "finalised", "finalize", "finalise", "compromise");
        family("sign", "sign", "signed", "signing", "ratify", "ratified", "ratification");
        family("adopt", "adopt", "adopted", "adoption", "approve", "approved", "approval", "passed", "endorse",
                "endorsed", "enacted", "unanimously", "declaration", "resolution", "finalized", "finalised");
        family("sanction", "sanction", "sanctions", "sanctioned", "embargo", "blacklist", "blacklisted", "freeze",
                "froze", "frozen", "penalty", "penalties", "penalised", "penalized", "punitive", "imposed", "impose");
        family("attack", "attack", "attacked", "strike", "strikes", "struck", "bombed", "bombing", "bombardment",
                "shelling", "shelled", "airstrike", "airstrikes", "raid", "raided", "fired", "hit", "missile", "missiles",
                "drone", "drones", "offensive", "assault", "ambush", "ambushed");
        family("quake", "earthquake", "quake", "temblor", "tremor", "aftershock", "aftershocks", "magnitude",
                "jolted", "rocked", "struck", "hit", "epicentre", "epicenter", "seismic");
        family("storm", "hurricane", "typhoon", "cyclone", "storm", "flood", "floods", "flooding", "landfall",
                "tornado", "landslide", "tsunami", "eruption", "erupted", "wildfire", "wildfires", "blaze");
        family("toll", "kill", "killed", "killing", "dead", "death", "deaths", "died", "die", "toll", "casualties",
                "victims", "lives", "bodies", "injured", "wounded", "fatalities", "perished", "missing");
        family("rescue", "rescue", "rescued", "rescuers", "survivors", "searched", "search", "rubble", "pulled",
                "evacuated", "evacuation", "relief");
        family("convict", "convict", "convicted", "conviction", "guilty", "verdict", "jury", "jurors", "acquit",
                "acquitted", "acquittal", "counts", "felony");
        family("sentence", "sentence", "sentenced", "sentencing", "jail", "jailed", "prison", "imprisoned",
                "imprisonment");
        family("arrest", "arrest", "arrested", "detain", "detained", "detention", "custody", "apprehended",
                "captured", "seized");
        family("charge", "charge", "charged", "charges", "indict", "indicted", "indictment", "prosecute",
                "prosecuted", "prosecution", "lawsuit", "sued");
        family("petition", "petition", "petitions", "petitioned", "petitioner", "lawsuit", "suit", "sued",
                "complaint", "filed", "filing", "claimant", "application", "creditor", "creditors");
        family("order", "order", "ordered", "orders", "ruled", "ruling", "injunction", "judgment", "judgement",
                "court", "judge", "decree", "decreed");
        family("wind-up", "liquidate", "liquidated", "liquidation", "liquidator", "liquidators", "winding",
                "insolvency", "insolvent", "bankrupt", "bankruptcy", "receivership", "collapse", "collapsed",
                "dissolved", "dissolution", "winding-up", "wind-up", "liquidating", "administration",
                "administrators", "administrator", "receiver", "receivers");
        family("restructure", "restructuring", "restructure", "restructured", "scheme", "reorganisation",
                "reorganization", "bondholders", "haircut", "default", "defaulted", "moratorium", "rescheduling");
        family("shares", "shares", "stock", "stocks", "trading", "traded", "plunged", "plummeted", "tumbled",
                "slumped", "soared", "surged", "rallied", "market", "valuation");
        family("resign", "resign", "resigned", "resignation", "quit", "stepped", "ousted", "sacked", "dismissed",
                "fired", "removed", "impeached", "impeachment");
        family("appoint", "appoint", "appointed", "appointment", "named", "nominate", "nominated", "nomination",
                "sworn", "inaugurated", "inauguration", "installed", "proclaimed", "declared", "self-proclaimed",
                "crowned", "anointed", "designated");
        family("elect", "elect", "elected", "election", "elections", "vote", "voted", "votes", "voting", "ballot",
                "ballots", "electors", "electoral", "won", "win", "victory", "polls", "referendum", "runoff");
        family("protest", "protest", "protests", "protested", "protesters", "protestors", "demonstrators",
                "demonstration", "rally", "rallied", "march", "marched", "clashes", "clashed", "riot", "riots");
        family("declare", "declare", "declared", "declares", "proclaim", "proclaimed", "proclaims",
                "self-proclaimed", "announce", "announced",
                "announcement", "unveiled", "unveil", "launched", "launch");
        family("emergency", "emergency", "curfew", "martial", "lockdown");
        family("coup", "coup", "overthrow", "overthrew", "overthrown", "toppled", "topple", "junta", "putsch",
                "mutiny", "mutineers", "seized", "seize", "takeover", "ousted", "oust", "deposed", "depose",
                "detained", "usurped");
        family("close", "close", "closed", "closure", "shut", "shutdown", "suspend", "suspended", "suspension",
                "halt", "halted", "ban", "banned", "blocked", "grounded", "cancelled", "canceled", "sealed",
                "shutting", "shuttered");
        family("reopen", "reopen", "reopened", "resume", "resumed", "lift", "lifted", "restored", "restore");
        family("release", "release", "released", "freed", "exchange", "exchanged", "swap", "hostages",
                "prisoners");
        family("tariff", "tariff", "tariffs", "duties", "levies", "levy", "import", "imports", "export", "exports");
        family("rate", "rate", "rates", "interest", "raised", "hike", "hiked", "cut", "lowered", "inflation");
        family("withdraw", "withdraw", "withdrew", "withdrawal", "pullout", "exit", "retreat", "retreated",
                "boycott", "boycotted", "skip", "skipped", "snub", "snubbed");
        family("deadline", "deadline", "ultimatum", "expire", "expired", "expires", "expiry");
        family("crash", "crash", "crashed", "derailed", "derailment", "collision", "explosion", "blast",
                "exploded", "sank", "capsized");
        family("testify", "testify", "testified", "testimony", "hearing", "witness");
    }

    private Actions() {
    }

    private static void family(String name, String... words) {
        int id = ("~" + name).hashCode();
        for (String w : words) {
            String stem = Terms.stem(w);
            if (stem == null) {
                continue;
            }
            FAMILIES_OF_TERM.merge(stem.hashCode(), new int[] {id}, (a, b) -> {
                for (int x : a) {
                    if (x == b[0]) {
                        return a;
                    }
                }
                int[] c = Arrays.copyOf(a, a.length + 1);
                c[a.length] = b[0];
                return c;
            });
        }
    }

    /** The families a candidate's terms name, as sorted distinct ids (never equal to a term's hash in practice). */
    static int[] of(int[] terms) {
        int[] out = new int[4];
        int n = 0;
        for (int t : terms) {
            int[] f = FAMILIES_OF_TERM.get(t);
            if (f == null) {
                continue;
            }
            for (int id : f) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = id;
            }
        }
        return Terms.distinct(out, n);
    }

    /** Whether two sorted family lists share one. */
    static boolean share(int[] a, int[] b) {
        return Terms.shared(a, b) > 0;
    }
}
