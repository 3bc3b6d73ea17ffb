package org.chronoscope.load.extract;

/**
 * Two clauses joined by ", and", ", but", ", while" or a semicolon, each with its own subject and verb ("The
 * defence chiefs will meet on Wednesday, and leaders will hold a summit on Thursday"): when each gives its own
 * date, each is an event of its own.
 */
final class Coordination {
    private static final int MAX_SUBJECT = 4;

    private Coordination() {
    }

    /** [the joining token, the first token of the second clause], or null when the sentence is one clause. */
    static int[] split(Words w) {
        for (int t = 2; t + 2 < w.size; t++) {
            if (w.quoted[t]) {
                continue;
            }
            int c;
            if (w.is(t, ';')) {
                c = t + 1;
            } else if (w.is(t, ',') && w.isWord(t + 1) && isJoiner(w.lower(t + 1))) {
                c = t + 2;
            } else {
                continue;
            }
            if (c < w.size && opensClause(w, c)) {
                return new int[] {t, c};
            }
        }
        return null;
    }

    private static boolean isJoiner(String s) {
        return s.equals("and") || s.equals("but") || s.equals("while") || s.equals("whereas");
    }

    /** A subject of a few words ("leaders", "the bloc's defence chiefs", "Mali") and then its verb. */
    private static boolean opensClause(Words w, int c) {
        if (!w.isWord(c) || w.quoted[c]) {
            return false;
        }
        String first = w.lower(c);
        if (Lexicon.PRONOUN_PERSON.contains(first) || Lexicon.PRONOUN_GROUP.contains(first)) {
            return c + 1 < w.size && isVerb(w, c + 1);
        }
        for (int k = c + 1; k < w.size && k <= c + MAX_SUBJECT; k++) {
            if (!w.isWord(k)) {
                return false;
            }
            if (isVerb(w, k)) {
                return true;
            }
            if (w.isLowerWord(k) && Lexicon.FUNCTION.contains(w.lower(k)) && !Lexicon.DETERMINERS.contains(w.lower(k))
                    && !w.lower(k).equals("of")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isVerb(Words w, int k) {
        if (!w.isLowerWord(k)) {
            return false;
        }
        String s = w.lower(k);
        return Lexicon.PAST_IRREGULAR.contains(s) || s.endsWith("ed") && s.length() > 4 || Lexicon.SAYING.contains(s)
                && !TitleWords.SAYING_NOUNS.contains(s);
    }
}
