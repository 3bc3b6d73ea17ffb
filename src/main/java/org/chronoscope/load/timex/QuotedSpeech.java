package org.chronoscope.load.timex;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;

/**
 * Quoted speech speaks from the day it was spoken: in "'We meet again tomorrow,' she said on Monday" the
 * tomorrow is Tuesday. A relative expression inside quotes is resolved again against a day given next to
 * the verb of saying outside the quotes, when the sentence gives one.
 */
final class QuotedSpeech {
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "wrote", "writes", "added",
            "stated", "announced", "declared", "insisted", "explained", "noted", "warned", "stressed", "replied",
            "tweeted", "posted", "saying", "telling");
    private static final int REACH = 2000;

    private QuotedSpeech() {
    }

    static void reanchor(String article, String text, List<Hit> hits, List<TemporalExpression> out, int from, int to) {
        for (int k = 0; k < hits.size(); k++) {
            TemporalExpression e = out.get(k);
            if (e.anchor() == null) {
                continue;
            }
            Hit h = hits.get(k);
            int open = openingQuote(text, h.start, Math.max(from, h.start - REACH));
            if (open < 0) {
                continue;
            }
            int close = closingQuote(text, h.end, Math.min(to, h.end + REACH));
            LocalDate spoken = spokenOn(text, hits, out, open, close < 0 ? h.end : close, from, to);
            if (spoken == null || spoken.equals(e.anchor())) {
                continue;
            }
            int lower = open + 1;
            int upper = close < 0 ? to : close;
            Resolution r = Resolver.resolve(h, spoken, () -> Tense.around(text, h.start, h.end, lower, upper), spoken);
            Resolution named = new Resolution(r.value(), r.precision(), r.rule() + "+speech", r.from(), r.to(),
                    r.relative());
            out.set(k, TemporalTagger.express(article, text, h, named, spoken));
        }
    }

    /** The day next to the verb of saying outside the quote [open, close], or null. */
    private static LocalDate spokenOn(String text, List<Hit> hits, List<TemporalExpression> out, int open, int close,
                                      int from, int to) {
        int before = Tense.sentenceStart(text, open, Math.max(from, open - 300));
        int after = Tense.sentenceEnd(text, close + 1, Math.min(to, close + 300));
        for (int j = 0; j < hits.size(); j++) {
            TemporalExpression d = out.get(j);
            boolean outside = d.start() > close && d.end() <= after || d.end() < open && d.start() >= before;
            if (!outside || d.precision() != Precision.DAY || d.from() == null) {
                continue;
            }
            int s = d.start() > close ? close : before;
            int e = d.start() > close ? after : open;
            if (hasSaying(text, s, e)) {
                return d.from();
            }
        }
        return null;
    }

    private static boolean hasSaying(String text, int s, int e) {
        int i = s;
        while (i < e) {
            while (i < e && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < e && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > w && SAYING.contains(text.substring(w, i).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Offset of the quote mark opening the quotation that holds {@code at}, or -1 when not in quotes. */
    private static int openingQuote(String text, int at, int lower) {
        int paragraph = text.lastIndexOf("\n\n", at);
        int start = Math.max(lower, paragraph < 0 ? 0 : paragraph);
        int count = 0;
        int last = -1;
        for (int i = start; i < at; i++) {
            if (isQuote(text, i)) {
                count++;
                last = i;
            }
        }
        return count % 2 == 1 ? last : -1;
    }

    private static int closingQuote(String text, int at, int upper) {
        for (int i = at; i < upper; i++) {
            if (isQuote(text, i)) {
                return i;
            }
            if (text.charAt(i) == '\n' && i + 1 < upper && text.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** A quote mark, not an apostrophe between letters ("Russia’s", "it's"). */
    private static boolean isQuote(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
            return true;
        }
        if (c == '‘' || c == '’' || c == '\'') {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            return !(letterBefore && letterAfter) && !(c != '‘' && letterBefore && i + 1 < text.length()
                    && text.charAt(i + 1) == 's');
        }
        return false;
    }
}
