package org.chronoscope.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises web furniture that is not part of an article: share prompts, paywall teasers, navigation. */
final class Boilerplate {
    private static final List<Pattern> LINES = List.of(
            "leave a reply", "leave a comment", "back to top", "subscribe now", "subscribe to",
            "continue reading", "read more", "related articles", "related posts", "discover more from",
            "for more:", "source of information", "follow us on", "share this", "share on", "click here",
            "sign up for", "all rights reserved", "advertisement", "cookie", "copyright ©", "©",
            "you can follow us", "newsletter")
            .stream()
            .map(s -> Pattern.compile("^[\\s\\p{Punct}•·–—*>]*" + Pattern.quote(s), Pattern.CASE_INSENSITIVE))
            .toList();

    private Boilerplate() {
    }

    static boolean isBoilerplateLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        for (Pattern p : LINES) {
            if (p.matcher(trimmed).find()) {
                return true;
            }
        }
        return false;
    }

    /** Key used to spot a paragraph repeated verbatim (photo captions on web pages are printed twice). */
    static String repeatKey(String paragraph) {
        return TextNormalizer.normalize(paragraph).toLowerCase(Locale.ROOT);
    }
}
