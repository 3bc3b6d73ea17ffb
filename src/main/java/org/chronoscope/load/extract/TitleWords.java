package org.chronoscope.load.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and limits of title writing, and the tests on a single word that need no context.
 */
final class TitleWords {
    static final int LEAD_REACH = 25;
    static final int SUBJECT_REACH = 20;
    static final int TAIL_REACH = 16;
    static final Set<String> COMPANY_WORDS = Set.of("limited", "ltd", "ltd.", "inc",
            "inc.", "plc", "llc", "llp", "gmbh", "ag", "sa", "holdings", "partners", "group", "corp", "corp.",
            "corporation", "company", "bank", "capital", "investments", "ventures", "enterprises", "industries");
    /** Words of saying that are also plural nouns ("states", "reports", "claims"). */
    static final Set<String> SAYING_NOUNS = Set.of("states", "reports", "claims", "notes", "statements",
            "warns", "remarks", "comments", "writes");
    /** Prepositions after which a date is a target the title needs ("adjourned the case to March 3"). */
    static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "until", "till");
    static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself",
            "themselves");
    static final Map<String, String> SELF_DESIGNATION = Map.of("declared", "declares",
            "proclaimed", "proclaims", "named", "names", "crowned", "crowns", "appointed", "appoints", "styled",
            "styles", "anointed", "anoints", "nominated", "nominates");
    static final Set<String> LIST_OPENERS = Set.of("including", "notably", "especially",
            "among", "namely", "like", "such");
    static final Set<String> NAMING = Set.of("calls", "call", "called", "calling",
            "styles", "style", "styled", "styling", "names", "named", "naming", "dubs", "dubbed");
    /** Small words inside an organisation's name: "Council for the Safeguarding of the Homeland". */
    static final Set<String> NAME_JOINERS = Set.of("of", "for", "the", "and", "de",
            "du", "des", "la", "on", "in", "to", "&");
    static final Set<String> TIME_COUNTS = Set.of("a", "an", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "several", "hours", "days", "weeks", "months",
            "minutes", "moments", "shortly", "just", "only", "barely", "soon", "some", "few", "less", "more",
            "years");
    /** Shortest title a cut may leave (characters). */
    static final int MIN_KEEP = 22;

    private TitleWords() {
    }

    static boolean isDayNumber(String s) {
        if (s.isEmpty() || s.length() > 2 || !Character.isDigit(s.charAt(0))) {
            return false;
        }
        return Integer.parseInt(s.replaceAll("\\D", "0")) <= 31;
    }

    static boolean isDatePreposition(String s) {
        return switch (s) {
            case "on", "in", "at", "since", "from", "until", "till", "by", "during", "as", "of", "over", "through",
                 "throughout", "around", "late", "early", "earlier", "later", "between", "overnight", "noon",
                 "midnight", "morning", "afternoon", "evening", "night", "midday" -> true;
            default -> false;
        };
    }

    static boolean isDayPart(String s) {
        return switch (s) {
            case "morning", "afternoon", "evening", "night", "midday", "noon", "overnight" -> true;
            default -> false;
        };
    }

    static boolean isPlacePreposition(String s) {
        return switch (s) {
            case "in", "on", "at", "to", "during", "after", "before", "while", "when", "as", "from" -> true;
            default -> false;
        };
    }

    static boolean isExpletiveVerb(String s) {
        return s.equals("is") || s.equals("was") || s.equals("seems") || s.equals("appears") || s.equals("remains");
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
    }

    /** After "Speaker:", a common word starts in lower case ("Minister: talks resume"), a name keeps its capital. */
    static String claimCase(String claim) {
        int i = 0;
        while (i < claim.length() && !Character.isLetter(claim.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < claim.length() && Character.isLetter(claim.charAt(j))) {
            j++;
        }
        String first = claim.substring(i, j);
        String low = first.toLowerCase(Locale.ROOT);
        if (!first.equals("I") && first.length() > 0 && Character.isUpperCase(first.charAt(0))
                && (Lexicon.STOP.contains(low) || Lexicon.DETERMINERS.contains(low) || Lexicon.NEVER_FIRST.contains(low)
                || Lexicon.BAD_END.contains(low))) {
            return claim.substring(0, i) + low + claim.substring(j);
        }
        return claim;
    }

    static boolean isBe(String s) {
        return switch (s) {
            case "is", "are", "was", "were", "be", "been", "being", "'s", "has", "have", "had" -> true;
            default -> false;
        };
    }
}
