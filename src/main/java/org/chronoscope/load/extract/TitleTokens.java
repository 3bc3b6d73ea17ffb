package org.chronoscope.load.extract;

import java.util.List;
import java.util.Locale;
import org.chronoscope.load.TextCut;

/**
 * The sentence being made into a title: its tokens, which are dropped or replaced before the kept sequence is made,
 * the kept sequence itself (token indices, narrowed from both ends to [lo, hi)) and the questions every step asks
 * of a kept token; rendering the kept tokens as text.
 */
final class TitleTokens {
    final Words w;
    final List<int[]> dates;
    final List<EventTitles.Named> actors;
    final EventTitles.Antecedents before;
    final boolean[] drop;
    final String[] replace;
    int[] seq;
    int resolvedAt = -1;
    int lo;
    /** The kept position of the event's date (the token after it), or -1. */
    int focus = -1;
    final int focusChar;
    int hi;

    TitleTokens(Words w, List<int[]> dates, int focusChar, List<EventTitles.Named> actors,
                EventTitles.Antecedents before) {
        this.w = w;
        this.focusChar = focusChar;
        this.dates = dates;
        this.actors = actors;
        this.before = before;
        this.drop = new boolean[w.size];
        this.replace = new String[w.size];
    }

    /** Leaves the kept position i out (a comma that closed an appositive the title no longer has). */
    void remove(int i) {
        int[] out = new int[seq.length - 1];
        System.arraycopy(seq, 0, out, 0, i);
        System.arraycopy(seq, i + 1, out, i, seq.length - i - 1);
        seq = out;
        hi--;
        if (focus > i) {
            focus--;
        }
    }

    void keep() {
        int n = 0;
        for (int t = 0; t < w.size; t++) {
            n += drop[t] ? 0 : 1;
        }
        seq = new int[n];
        n = 0;
        for (int t = 0; t < w.size; t++) {
            if (!drop[t]) {
                if (focus < 0 && focusChar >= 0 && w.start[t] >= focusChar) {
                    focus = n;
                }
                seq[n++] = t;
            }
        }
        lo = 0;
        hi = n;
    }

    boolean isVerbAt(int k) {
        return !quoted(k) && (isVerbish(k) || w.isLowerWord(seq[k]) && Lexicon.PAST_IRREGULAR.contains(low(k)));
    }

    boolean isReflexive(int i) {
        return i < hi && w.isWord(seq[i]) && TitleWords.REFLEXIVES.contains(low(i));
    }

    /** "leaders", "ministers", "witnesses": a common noun in the plural ("Nordic leaders say"). */
    boolean isPluralNoun(int i) {
        if (!w.isLowerWord(seq[i])) {
            return false;
        }
        String s = low(i);
        return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")
                && !Lexicon.FUNCTION.contains(s);
    }

    boolean isNameContinuation(int k) {
        if (w.isWord(seq[k]) && low(k).equals("the")) {
            k++;
        }
        return k < hi && w.isCapitalised(seq[k]);
    }

    /** A lower-case word between two capitalised ones belongs to a name: "Movement for the Defence". */
    boolean insideName(int i) {
        return i > lo && i + 1 < hi && w.isWord(seq[i]) && TitleWords.NAME_JOINERS.contains(low(i))
                && w.isCapitalised(seq[i - 1]) && isNameContinuation(i + 1);
    }

    /** A word that is probably a verb: a past tense, an auxiliary, a modal, or a present tense after a name. */
    boolean isVerbish(int i) {
        if (!w.isLowerWord(seq[i])) {
            return false;
        }
        String s = low(i);
        if (Lexicon.PAST_IRREGULAR.contains(s) || s.endsWith("ed") && s.length() > 3 || Lexicon.SAYING.contains(s)) {
            return true;
        }
        return s.endsWith("s") && !s.endsWith("ss") && i > lo && w.isCapitalised(seq[i - 1])
                && !Lexicon.FUNCTION.contains(s);
    }

    /** The kept tokens [a, b) as text; with balance, quote marks that have lost their partner are left out. */
    String render(int a, int b, boolean balance) {
        boolean quotes = balance && !quotesBalanced(a, b);
        StringBuilder sb = new StringBuilder();
        int prev = -1;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            if (quotes && w.kind[t] == Words.QUOTE) {
                continue;
            }
            if (prev >= 0 && needsSpace(prev, t)) {
                sb.append(' ');
            }
            if (replace[t] != null) {
                sb.append(replace[t]);
            } else {
                sb.append(w.text, w.start[t], w.end[t]);
            }
            prev = t;
        }
        int end = sb.length();
        while (end > 0 && ",;:-\u2013\u2014.|".indexOf(sb.charAt(end - 1)) >= 0) {
            end--;
        }
        sb.setLength(end);
        int begin = 0;
        while (begin < sb.length() && (",;:.-\u2013\u2014|".indexOf(sb.charAt(begin)) >= 0
                || Words.isSpace(sb.charAt(begin)))) {
            begin++;
        }
        String s = sb.substring(begin).strip();
        if (s.length() > EventTitles.MAX + 40 && balance) {
            s = s.substring(0, TextCut.safeEnd(s, EventTitles.MAX));
        }
        return s;
    }

    private boolean quotesBalanced(int a, int b) {
        int open = 0;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            if (w.kind[t] != Words.QUOTE) {
                continue;
            }
            if (opens(t)) {
                open++;
            } else if (closes(t) && open > 0) {
                open--;
            } else {
                return false;
            }
        }
        return open == 0;
    }

    private boolean opens(int t) {
        return t + 1 < w.size && w.quoted[t + 1] && (t == 0 || !w.quoted[t - 1]);
    }

    boolean closes(int t) {
        return t > 0 && w.quoted[t - 1] && (t + 1 >= w.size || !w.quoted[t + 1]);
    }

    boolean needsSpace(int p, int t) {
        if (t == p + 1 && w.start[t] == w.end[p]) {
            return false;
        }
        if (w.kind[t] == Words.PUNCT && ",.;:!?)]%".indexOf(w.first(t)) >= 0) {
            return false;
        }
        if (w.kind[t] == Words.QUOTE && closes(t) || w.kind[p] == Words.QUOTE && opens(p)) {
            return false;
        }
        return !(w.is(p, '(') || w.is(p, '['));
    }

    /** The length of {@code render(a, b, false)}, give or take trailing punctuation, without building it. */
    int renderedLength(int a, int b) {
        int length = 0;
        int prev = -1;
        for (int i = a; i < b; i++) {
            int t = seq[i];
            length += (prev >= 0 && needsSpace(prev, t) ? 1 : 0) + textLength(t);
            prev = t;
        }
        return length;
    }

    int textLength(int t) {
        return replace[t] != null ? replace[t].length() : w.end[t] - w.start[t];
    }

    /** The kept token at i in lower case, as the title will show it (a shortened name is its new text). */
    String low(int i) {
        String r = replace[seq[i]];
        return r != null ? r.toLowerCase(Locale.ROOT) : w.lower(seq[i]);
    }

    boolean quoted(int i) {
        return w.quoted[seq[i]];
    }

    boolean isPunct(int i) {
        return !w.isWord(seq[i]);
    }

    boolean isQuote(int i) {
        return w.kind[seq[i]] == Words.QUOTE;
    }

    boolean is(int i, char c) {
        return w.is(seq[i], c);
    }

    boolean isPossessive(int i) {
        String s = low(i);
        return s.endsWith("'s") || s.endsWith("\u2019s");
    }

    boolean isArticle(int i) {
        String s = low(i);
        return (s.equals("the") || s.equals("a") || s.equals("an")) && !quoted(i);
    }

    boolean isJudgement(int i) {
        String s = low(i);
        return s.equals("not") || s.equals("unclear") || s.equals("clear") || s.equals("likely")
                || s.equals("unlikely") || s.equals("possible") || s.equals("expected") || s.equals("understood")
                || s.equals("believed") || s.equals("thought") || s.equals("feared") || s.equals("hoped")
                || s.equals("uncertain") || s.equals("still") || s.equals("now");
    }

    int comma(int from, int to) {
        for (int i = from; i < to; i++) {
            if (is(i, ',') && !quoted(i)) {
                return i;
            }
        }
        return -1;
    }

    int skipComma(int i) {
        return i < hi && is(i, ',') ? i + 1 : i;
    }
}
