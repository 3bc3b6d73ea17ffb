package org.chronoscope.load;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Recognises web furniture that is not part of an article: share prompts, paywall teasers, navigation. */
final class Boilerplate {
    /**
     * A line that opens (after bullets and punctuation) with one of these phrases. One pattern anchored at the
     * start and tried there only ({@code lookingAt}): a search with {@code find} tried every position of the line
     * for each phrase. No phrase starts with a character of the prefix, so the prefix never gives one back.
     */
    private static final Pattern LINE = Pattern.compile("[\\s\\p{Punct}•·–—*>]*+(?:" + String.join("|", Stream.of(
            "leave a reply", "leave a comment", "back to top", "subscribe now", "subscribe to",
            "continue reading", "read more", "related articles", "related posts", "discover more from",
            "for more:", "source of information", "follow us on", "share this", "share on", "click here",
            "sign up for", "all rights reserved", "advertisement", "cookie", "copyright ©", "©",
            "you can follow us", "newsletter").map(Pattern::quote).toList()) + ")", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {
    }

    static boolean isBoilerplateLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return false;
        }
        return LINE.matcher(trimmed).lookingAt();
    }

    /** Key used to spot a paragraph repeated verbatim (photo captions on web pages are printed twice). */
    static String repeatKey(String paragraph) {
        return TextNormalizer.normalize(paragraph).toLowerCase(Locale.ROOT);
    }
}
