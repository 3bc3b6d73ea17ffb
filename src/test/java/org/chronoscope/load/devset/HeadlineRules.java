package org.chronoscope.load.devset;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for an event title, checked from the outside (no code of the headline writer): at most about
 * 80 characters, no "…" cut, not starting with a pronoun or a discourse word, not ending on a verb of saying, a
 * colon or an open quote, no weekday or month name left in it.
 */
final class HeadlineRules {
    private static final Set<String> BAD_FIRST = Set.of("he", "she", "it", "they", "we", "i", "his", "her", "its",
            "their", "this", "these", "those", "but", "and", "thus", "earlier", "while", "however", "meanwhile",
            "also", "so", "yet", "then", "later", "for", "there", "which", "who", "that", "according");
    private static final Pattern DATE_WORD = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|January|February|March|April|June|July|August|September|October|November|December|"
            + "yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);

    private HeadlineRules() {
    }

    /** What rule the title breaks, or null. */
    static String broken(String title) {
        if (title.length() > 80) {
            return "longer than 80 characters";
        }
        if (title.contains("…")) {
            return "cut with an ellipsis";
        }
        String first = title.replaceFirst("^[“‘\"']", "").split("[^\\p{L}’']+")[0].toLowerCase(Locale.ROOT);
        if (!title.startsWith("“") && BAD_FIRST.contains(first)) {
            return "starts with '" + first + "'";
        }
        if (title.matches("(?is).*\\b(said|says|told|tells|saying)\\s*:?\\s*$") || title.endsWith(":")) {
            return "ends on a verb of saying or a colon";
        }
        long open = title.chars().filter(c -> c == '“').count();
        long close = title.chars().filter(c -> c == '”').count();
        if (open != close || title.chars().filter(c -> c == '"').count() % 2 != 0) {
            return "an open quote";
        }
        if (DATE_WORD.matcher(title).find()) {
            return "date words left in";
        }
        return null;
    }
}
