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
 *
 * <p>One pass over the text, in the hits' order (they come sorted and apart): the quote marks since the
 * paragraph began, at most {@value #REACH} characters back, are kept as they are passed, and the stop after
 * each expression (the next quote mark or blank line) is found once for all the expressions before it. So the
 * work grows with the text, however long its paragraphs or lines and however many dates they hold.</p>
 */
final class QuotedSpeech {
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "wrote", "writes", "added",
            "stated", "announced", "declared", "insisted", "explained", "noted", "warned", "stressed", "replied",
            "tweeted", "posted", "saying", "telling");
    private static final int REACH = 2000;
    /** How far from the quotation the sentence with the day of saying is looked for. */
    private static final int SAYING_REACH = 300;

    private final String text;
    private final List<Hit> hits;
    private final List<TemporalExpression> out;
    private final int from;
    private final int to;
    /** Quote marks in [paragraph start or REACH back, scanned), oldest first, as a ring; grows to REACH + 1. */
    private int[] quotes = new int[8];
    private int quotesHead;
    private int quotesSize;
    private int scanned;
    /** The first quote mark or blank line after the last expression asked about, or -1 when none before to. */
    private int stop = -1;
    private boolean stopKnown;

    private QuotedSpeech(String text, List<Hit> hits, List<TemporalExpression> out, int from, int to) {
        this.text = text;
        this.hits = hits;
        this.out = out;
        this.from = from;
        this.to = to;
        this.scanned = from;
    }

    /** Re-resolves the expressions in quotes of text[from, to); hits and out are in text order, one for one. */
    static void reanchor(String article, String text, List<Hit> hits, List<TemporalExpression> out, int from, int to) {
        if (!hits.isEmpty()) {
            new QuotedSpeech(text, hits, out, from, to).run(article);
        }
    }

    private void run(String article) {
        for (int k = 0; k < hits.size(); k++) {
            TemporalExpression e = out.get(k);
            if (e.anchor() == null) {
                continue;
            }
            Hit h = hits.get(k);
            int open = openingQuote(h.start);
            if (open < 0) {
                continue;
            }
            int close = closingQuote(h.end, Math.min(to, h.end + REACH));
            LocalDate spoken = spokenOn(open, close < 0 ? h.end : close);
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
    private LocalDate spokenOn(int open, int close) {
        int before = Tense.sentenceStart(text, open, Math.max(from, open - SAYING_REACH));
        int after = Tense.sentenceEnd(text, close + 1, Math.min(to, close + SAYING_REACH));
        Boolean sayingBefore = null;
        Boolean sayingAfter = null;
        for (int j = firstHitFrom(before); j < hits.size() && hits.get(j).start < after; j++) {
            TemporalExpression d = out.get(j);
            boolean outside = d.start() > close && d.end() <= after || d.end() < open && d.start() >= before;
            if (!outside || d.precision() != Precision.DAY || d.from() == null) {
                continue;
            }
            boolean saying;
            if (d.start() > close) {
                saying = sayingAfter != null ? sayingAfter : (sayingAfter = hasSaying(close, after));
            } else {
                saying = sayingBefore != null ? sayingBefore : (sayingBefore = hasSaying(before, open));
            }
            if (saying) {
                return d.from();
            }
        }
        return null;
    }

    /** Index of the first hit starting at or after offset. */
    private int firstHitFrom(int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid).start < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private boolean hasSaying(int s, int e) {
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

    /**
     * Offset of the quote mark opening the quotation that holds {@code at}, or -1 when not in quotes: an odd
     * number of quote marks since the paragraph began (at most REACH back), the last of them. Offsets
     * must come in increasing order.
     */
    private int openingQuote(int at) {
        for (; scanned < at; scanned++) {
            if (isBlankLine(scanned)) {
                quotesSize = 0;
            } else if (isQuote(text, scanned)) {
                addQuote(scanned);
            }
        }
        if (isBlankLine(at)) {
            return -1;
        }
        int lower = Math.max(from, at - REACH);
        while (quotesSize > 0 && quotes[quotesHead] < lower) {
            quotesHead = (quotesHead + 1) % quotes.length;
            quotesSize--;
        }
        return quotesSize % 2 == 1 ? quotes[(quotesHead + quotesSize - 1) % quotes.length] : -1;
    }

    private void addQuote(int at) {
        while (quotesSize > 0 && quotes[quotesHead] < at - REACH) {
            quotesHead = (quotesHead + 1) % quotes.length;
            quotesSize--;
        }
        if (quotesSize == quotes.length) {
            int[] larger = new int[quotes.length * 2];
            for (int k = 0; k < quotesSize; k++) {
                larger[k] = quotes[(quotesHead + k) % quotes.length];
            }
            quotes = larger;
            quotesHead = 0;
        }
        quotes[(quotesHead + quotesSize) % quotes.length] = at;
        quotesSize++;
    }

    /**
     * Offset of the quote mark closing the quotation after {@code at}, before {@code upper}; -1 when a blank
     * line or upper comes first. Offsets must come in increasing order.
     */
    private int closingQuote(int at, int upper) {
        if (!stopKnown || stop >= 0 && stop < at) {
            stop = nextStop(at);
            stopKnown = true;
        }
        return stop >= 0 && stop < upper && isQuote(text, stop) ? stop : -1;
    }

    /** The first quote mark or blank line at or after i, or -1 when there is none before to. */
    private int nextStop(int i) {
        for (; i < to; i++) {
            if (isQuote(text, i) || isBlankLine(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A blank line starts at i: two line feeds. */
    private boolean isBlankLine(int i) {
        return text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
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
