package org.chronoscope.load.timex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;

/**
 * Quoted speech speaks from the day it was spoken: in "'We meet again tomorrow (Friday),' she said on Thursday
 * evening" the tomorrow is that Friday, whatever the article's date, and so in "She said on Thursday evening:
 * '… tomorrow.'" A relative expression inside quotes is resolved again against the day given next to the verb
 * of saying outside the quotes, in the sentence before the quotation or the one it ends in. A stated day of
 * speaking ("said on 27 November") dates the quotation even in an undated article; a relative one ("said on
 * Thursday") only where the article is dated.
 *
 * <p>Linear in the text: one pass finds the quotations (each closes at the end of its paragraph at the
 * latest), then the expressions and the quotations are walked together, and the day of speaking is looked
 * for once per quotation among the expressions just around it.
 */
final class QuotedSpeech {
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "wrote", "writes", "added",
            "stated", "announced", "declared", "insisted", "explained", "noted", "warned", "stressed", "replied",
            "tweeted", "posted", "saying", "telling", "say", "tell", "write", "add");
    /** How far around a quotation the sentence that names its speaker may reach. */
    private static final int SENTENCE = 300;

    private QuotedSpeech() {
    }

    /** A quotation: the opening mark (or the start of the region) and the closing mark (or the paragraph end). */
    private record Quote(int open, int close) {
        boolean holds(Hit h) {
            return h.start > open && h.end <= close;
        }
    }

    static void reanchor(String article, String text, List<Hit> hits, List<TemporalExpression> out, int from, int to) {
        if (hits.isEmpty()) {
            return;
        }
        List<Quote> quotes = quotations(text, from, to);
        int q = 0;
        int after = 0; // first hit starting at or after the current quotation's close
        int before = -1; // last hit ending before the current quotation's open
        int spokenFor = -1;
        LocalDate spoken = null;
        for (int k = 0; k < hits.size(); k++) {
            Hit h = hits.get(k);
            while (q < quotes.size() && quotes.get(q).close() < h.end) {
                q++;
            }
            if (q == quotes.size()) {
                return;
            }
            Quote quote = quotes.get(q);
            TemporalExpression e = out.get(k);
            if (!quote.holds(h) || !isRelative(e)) {
                continue;
            }
            if (spokenFor != q) {
                while (after < hits.size() && hits.get(after).start < quote.close()) {
                    after++;
                }
                while (before + 1 < hits.size() && hits.get(before + 1).end <= quote.open()) {
                    before++;
                }
                spoken = spokenOn(text, hits, out, quote, before, after, from, to);
                spokenFor = q;
            }
            if (spoken == null || spoken.equals(e.anchor())) {
                continue;
            }
            int lower = quote.open() + 1;
            int upper = quote.close();
            LocalDate day = spoken;
            Resolution r = Resolver.resolve(h, day, () -> Tense.around(text, h.start, h.end, lower, upper), day);
            Resolution named = new Resolution(r.value(), r.precision(), r.rule() + "+speech", r.from(), r.to(),
                    r.relative());
            out.set(k, TemporalTagger.express(article, text, h, named, day));
        }
    }

    private static boolean isRelative(TemporalExpression e) {
        return e.anchor() != null || Resolution.UNRESOLVED.equals(e.value());
    }

    /**
     * The day next to the verb of saying outside the quotation: first after it, in the rest of its sentence
     * ("…,' she said on Thursday"), then before it ("She said on Thursday: '…"). Null when there is none.
     */
    private static LocalDate spokenOn(String text, List<Hit> hits, List<TemporalExpression> out, Quote quote,
                                      int before, int after, int from, int to) {
        int close = quote.close();
        int end = Tense.sentenceEnd(text, Math.min(to, close + 1), Math.min(to, close + SENTENCE));
        for (int j = after; j < hits.size() && hits.get(j).start < end; j++) {
            if (isDay(out.get(j)) && sayingNear(text, hits.get(j), close, end)) {
                return out.get(j).from();
            }
        }
        int open = quote.open();
        int start = Tense.sentenceStart(text, Math.max(from, open), Math.max(from, open - SENTENCE));
        for (int j = before; j >= 0 && hits.get(j).start >= start; j--) {
            if (isDay(out.get(j)) && sayingNear(text, hits.get(j), start, open)) {
                return out.get(j).from();
            }
        }
        return null;
    }

    /** A verb of saying among the four words before the day or the three after it: "said in a statement on Friday". */
    private static boolean sayingNear(String text, Hit day, int lower, int upper) {
        int i = day.start - 1;
        for (int words = 0; words < 4 && i > lower; words++) {
            while (i > lower && !Character.isLetter(text.charAt(i))) {
                i--;
            }
            int e = i + 1;
            while (i > lower && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (isSaying(text, i, e)) {
                return true;
            }
            i--;
        }
        int j = day.end;
        for (int words = 0; words < 3 && j < upper; words++) {
            while (j < upper && !Character.isLetter(text.charAt(j))) {
                j++;
            }
            int s = j;
            while (j < upper && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (isSaying(text, s, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSaying(String text, int s, int e) {
        return e > s && e - s <= 8 && SAYING.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isDay(TemporalExpression d) {
        return d.precision() == Precision.DAY && d.from() != null && d.from().equals(d.to());
    }

    /**
     * The quotations of text[from, to) in one pass. A quotation opens with a quote mark and closes with one of
     * the same kind (double or single), or at the end of its paragraph; a closing mark with nothing open before
     * it closes a quotation that began before {@code from}. Apostrophes ("Russia’s", "it's") are not marks.
     */
    private static List<Quote> quotations(String text, int from, int to) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char family = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && !continues(text, i + 1, to)) {
                    out.add(new Quote(open, i));
                    open = -1;
                }
                continue;
            }
            if (c != '"' && c != '\'' && c < '«') {
                continue; // not a quote mark: most characters stop here
            }
            char f = family(text, i);
            if (f == 0) {
                continue;
            }
            if (open < 0) {
                if (closesOnly(c)) {
                    if (out.isEmpty() || out.get(out.size() - 1).close() < from) {
                        out.add(new Quote(from - 1, i)); // the quotation began before the region
                    }
                } else {
                    open = i;
                    family = f;
                }
            } else if (f == family && !opensOnly(c)) {
                out.add(new Quote(open, i));
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new Quote(open, to));
        }
        return out;
    }

    /** A wrapped line continues its paragraph: the next line starts in lower case. */
    private static boolean continues(String text, int i, int to) {
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < to && Character.isLowerCase(text.charAt(i));
    }

    private static boolean closesOnly(char c) {
        return c == '”' || c == '’' || c == '»';
    }

    private static boolean opensOnly(char c) {
        return c == '“' || c == '‘' || c == '«';
    }

    /** 'd' for a double quote mark, 's' for a single one, 0 for anything else (an apostrophe included). */
    private static char family(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') {
            return 'd';
        }
        if (c == '‘' || c == '’' || c == '\'') {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean apostrophe = letterBefore && letterAfter || c != '‘' && letterBefore && i + 1 < text.length()
                    && text.charAt(i + 1) == 's';
            return apostrophe ? 0 : 's';
        }
        return 0;
    }
}
