package org.chronoscope.load.timex;

import java.util.Set;

/**
 * Whether the clause around an expression speaks of the past or the future, from the verbs nearest to it
 * in its sentence. Verbs of saying ("said", "told") count only when nothing else does: in "He will meet
 * Putin on Friday, the Kremlin said" the meeting is future.
 */
enum Tense {
    PAST, FUTURE, NONE;

    private static final Set<String> FUTURE_WORDS = Set.of("will", "shall", "would", "ll", "going", "expected",
            "scheduled", "due", "intends", "intend", "expect", "expects", "upcoming", "set", "come", "comes", "begin", "begins", "start",
            "starts", "expire", "expires", "takes", "must", "should", "could", "can", "may", "might", "next",
            "later", "deadline", "until", "ahead", "await", "awaits");
    private static final Set<String> PAST_WORDS = Set.of("was", "were", "had", "did", "has", "have", "met", "held",
            "took", "came", "began", "went", "gave", "made", "spoke", "saw", "left", "got", "struck", "hit", "won",
            "lost", "sent", "led", "put", "ran", "fell", "rose", "became", "brought", "bought", "sold", "paid",
            "fought", "thought", "felt", "kept", "earlier", "ago", "last", "previously", "already");
    private static final Set<String> SAYING = Set.of("said", "says", "told", "tells", "wrote", "writes", "added",
            "stated", "announced", "reported", "according", "noted", "stressed", "insisted", "confirmed",
            "declared", "explained", "warned", "claimed", "argued", "emphasized", "emphasised");
    private static final Set<String> FUTURE_ED = Set.of("expected", "scheduled", "planned", "supposed", "slated",
            "set", "intended", "needed");
    private static final int WINDOW = 240;
    private static final WordTable<String> NOUN_CUES = new WordTable<>(8);
    private static final WordTable<String> ABBREVIATIONS = new WordTable<>(32);

    static {
        for (String w : new String[] {"deadline", "deadlines", "ultimatum"}) {
            NOUN_CUES.put(w, w);
        }
        for (String w : new String[] {"gen", "mr", "mrs", "ms", "dr", "st", "lt", "col", "sen", "rep", "gov", "jan",
            "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "prof", "jr", "sr"}) {
            ABBREVIATIONS.put(w, w);
        }
    }

    /** The tense of the clause around text[start, end), looking no further than its sentence. */
    static Tense around(String text, int start, int end, int lower, int upper) {
        int sentenceStart = sentenceStart(text, start, Math.max(lower, start - WINDOW));
        int sentenceEnd = sentenceEnd(text, end, Math.min(upper, end + WINDOW));
        Tense before = NONE, after = NONE, saying = NONE, weak = NONE;
        int beforeDistance = Integer.MAX_VALUE, afterDistance = Integer.MAX_VALUE;
        int i = start - 1;
        int words = 0;
        while (i > sentenceStart && words < 16) {
            while (i > sentenceStart && !Character.isLetter(text.charAt(i)) && !isQuoteMark(text.charAt(i))) {
                i--;
            }
            if (isQuoteMark(text.charAt(i))) {
                break; // a quotation is another clause: "'We will sign it,' he told reporters on Wednesday"
            }
            int e = i + 1;
            while (i > sentenceStart && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            Tense t = classify(text, i, e);
            if (t != NONE && isSaying(text, i, e)) {
                if (words == 0) {
                    return t; // "said on Tuesday": the day of the saying
                }
                saying = saying == NONE ? t : saying;
            } else if (t != NONE && isNoun(text, i, e)) {
                weak = weak == NONE ? t : weak;
            } else if (t != NONE) {
                before = t == PAST && previousWordIsBe(text, i, sentenceStart) ? FUTURE : t; // "will be made"
                beforeDistance = words;
                break;
            }
            words++;
            i--;
        }
        int j = end;
        boolean leading = words == 0 && before == NONE; // "On Friday, the Kremlin confirmed": read on past the comma
        words = 0;
        while (j < sentenceEnd && words < 16) {
            while (j < sentenceEnd && !Character.isLetter(text.charAt(j))) {
                if (!leading && ",;:—–(".indexOf(text.charAt(j)) >= 0 || isQuoteMark(text.charAt(j))) {
                    j = sentenceEnd; // the next clause has its own tense
                    break;
                }
                j++;
            }
            int s = j;
            while (j < sentenceEnd && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (s == j) {
                break;
            }
            Tense t = classify(text, s, j);
            if (t != NONE && isSaying(text, s, j)) {
                saying = saying == NONE ? t : saying;
            } else if (t != NONE && isNoun(text, s, j)) {
                weak = weak == NONE ? t : weak;
            } else if (t != NONE) {
                after = t;
                afterDistance = words;
                break;
            }
            words++;
        }
        if (before != NONE || after != NONE) {
            return beforeDistance <= afterDistance ? (before != NONE ? before : after) : after;
        }
        return weak != NONE ? weak : saying;
    }

    /**
     * A future word that is a noun ("the Sunday night deadline"): it speaks of the future only when no verb of
     * the clause says otherwise ("As the Sunday night deadline loomed, …" narrates the past).
     */
    private static boolean isNoun(String text, int s, int e) {
        return NOUN_CUES.get(text, s, e) != null;
    }

    private static final int FUTURE_CUE = 1, PAST_CUE = 2, SAID = 3, SAYS = 4;
    private static final WordTable<Integer> CUES = new WordTable<>(256);

    static {
        PAST_WORDS.forEach(w -> CUES.put(w, PAST_CUE));
        SAYING.forEach(w -> CUES.put(w, SAID));
        for (String w : new String[] {"says", "tells", "writes", "according"}) {
            CUES.put(w, SAYS);
        }
        FUTURE_WORDS.forEach(w -> CUES.put(w, FUTURE_CUE));
        FUTURE_ED.forEach(w -> CUES.put(w, FUTURE_CUE));
    }

    private static Tense classify(String text, int s, int e) {
        if (e - s < 2 || Character.isUpperCase(text.charAt(s))) {
            return NONE; // "May 2025", "Will Smith": a capital makes a name, not a verb
        }
        Integer cue = CUES.get(text, s, e);
        if (cue != null) {
            return switch (cue) {
                case FUTURE_CUE -> FUTURE;
                case PAST_CUE, SAID -> PAST;
                default -> NONE;
            };
        }
        if (e - s > 4 && text.charAt(e - 2) == 'e' && text.charAt(e - 1) == 'd' && Character.isLowerCase(text.charAt(s))) {
            return PAST;
        }
        return NONE;
    }

    /** "be" before the participle, or before an adverb in -ly before it ("will be officially certified"). */
    /** Double quotation marks only: a single one may be an apostrophe. */
    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    private static boolean previousWordIsBe(String text, int wordStart, int lower) {
        int i = wordStart - 1;
        while (i > lower && text.charAt(i) == ' ') {
            i--;
        }
        if (i - 1 > lower && text.charAt(i) == 'y' && text.charAt(i - 1) == 'l') {
            int s = i;
            while (s > lower && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            return s - 1 > lower && previousWordIsBe(text, s, lower);
        }
        return i - 1 > lower && text.charAt(i) == 'e' && text.charAt(i - 1) == 'b'
                && (i - 2 < lower || !Character.isLetter(text.charAt(i - 2)));
    }

    private static boolean isSaying(String text, int s, int e) {
        Integer cue = CUES.get(text, s, e);
        return cue != null && (cue == SAID || cue == SAYS);
    }

    /** Start of the sentence holding offset {@code at}, not before {@code lower}. */
    static int sentenceStart(String text, int at, int lower) {
        for (int i = at - 1; i > lower; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && !isAbbreviation(text, i)) {
                return i + 1;
            }
        }
        return lower;
    }

    /** End of the sentence holding offset {@code at}, not after {@code upper}. */
    static int sentenceEnd(String text, int at, int upper) {
        for (int i = at; i < upper; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    && !isAbbreviation(text, i)) {
                return i + 1;
            }
        }
        return upper;
    }

    /** "U.S." or "Gen." before a period: a single capital or a short title. */
    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        int n = dot - s;
        if (n == 1 && Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        if (n == 0) {
            return false;
        }
        return n <= 4 && ABBREVIATIONS.get(text, s, dot) != null;
    }
}
