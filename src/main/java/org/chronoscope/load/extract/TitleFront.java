package org.chronoscope.load.extract;

/**
 * The front of a title: the clause that holds the event's date, discourse words, reporting frames and leading
 * adverbials stripped, and a leading pronoun resolved to its actor.
 */
final class TitleFront {
    private final TitleTokens kept;
    private final Words w;
    private final TitleSpeech speech;

    TitleFront(TitleTokens kept, TitleSpeech speech) {
        this.kept = kept;
        this.w = kept.w;
        this.speech = speech;
    }

    /** When the event's date lies in a later clause (", but Trump …", "; Russia …"), the title starts there. */
    void selectClause() {
        if (kept.focus < 0) {
            return;
        }
        int lastVerb = -1; // the last verb before k: one pass, whatever lo becomes
        for (int k = kept.lo; k < Math.min(kept.lo + 3, kept.hi); k++) {
            lastVerb = kept.isVerbAt(k) ? k : lastVerb;
        }
        for (int k = kept.lo + 3; k < kept.focus && k < kept.hi; lastVerb = kept.isVerbAt(k) ? k : lastVerb, k++) {
            if (kept.quoted(k)) {
                continue;
            }
            int next = afterCoordination(k);
            if (next < 0 && w.isWord(kept.seq[k]) && Lexicon.CLAUSE_OPENERS.contains(kept.low(k)) && k + 1 < kept.hi
                    && opensClause(k + 1) && !Lexicon.LEADING_OPENERS.contains(kept.low(k + 1))
                            && hasVerbBeforeComma(k + 1)) {
                next = k + 1;
            }
            if (next > 0 && next + 3 < kept.hi && next <= kept.focus && (opensClause(next) || nounThenVerb(next))
                    && !(kept.is(k, ',') && lastVerb < kept.lo)) {
                kept.lo = next; // but "Smith, the chief executive, and Li, the chairman, said": one subject
            }
        }
    }

    /**
     * When the event's date lies in a relative clause ("the junta that overthrew the government last week",
     * "Presidential guards who last week overthrew the president, Bako, have …"), the title is that clause with
     * the noun it describes as its subject: "Junta overthrew the government". The clause ends at a semicolon, a
     * stop, or a comma after which the main verb resumes.
     */
    void relativeFocus() {
        int f = kept.focus;
        if (f < 0 || f > kept.hi) {
            return;
        }
        int r = -1;
        for (int k = Math.min(f, kept.hi) - 1; k > kept.lo; k--) {
            if (kept.quoted(k) || kept.is(k, ';') || kept.is(k, '.')) {
                return;
            }
            String s = kept.low(k);
            if (w.isLowerWord(kept.seq[k]) && (s.equals("who") || s.equals("that") || s.equals("which"))) {
                r = k;
                break;
            }
        }
        int noun = r > kept.lo && kept.is(r - 1, ',') ? r - 2 : r - 1;
        if (r < 0 || r + 1 >= kept.hi || !isAntecedent(noun)) {
            return;
        }
        int verb = -1;
        int end = r + 1;
        boolean resumed = false;
        for (; end < kept.hi; end++) {
            if (kept.is(end, ';') || kept.is(end, '.')) {
                break;
            }
            if (kept.is(end, ',') && end + 1 < kept.hi && resumesMain(end + 1)) {
                resumed = true;
                break;
            }
            boolean v = w.isLowerWord(kept.seq[end]) && !kept.quoted(end) && (kept.low(end).endsWith("ed")
                    || Lexicon.PAST_IRREGULAR.contains(kept.low(end)));
            if (v && verb >= 0 && end - 1 > verb && w.isWord(kept.seq[end - 1])
                    && !Lexicon.FUNCTION.contains(kept.low(end - 1))) {
                break; // "the earthquake that struck Turkey on Sunday rose …": the main verb
            }
            verb = v && verb < 0 ? end : verb;
        }
        if (verb < 0 || verb > r + 3 || end < f) {
            return;
        }
        int np = noun;
        while (np - 1 >= kept.lo && noun - np < 3 && w.isWord(kept.seq[np - 1]) && !kept.quoted(np - 1)
                && (w.isCapitalised(kept.seq[np - 1]) || !Lexicon.FUNCTION.contains(kept.low(np - 1))
                && !kept.low(np - 1).endsWith("ed") && !Lexicon.PAST_IRREGULAR.contains(kept.low(np - 1))
                && !Lexicon.SAYING.contains(kept.low(np - 1)))) {
            np--;
        }
        boolean subject = np == kept.lo || np == kept.lo + 1 && kept.isArticle(kept.lo);
        if (subject && !resumed) {
            return; // "The earthquake that struck on Thursday killed 40": the sentence tells the happening
        }
        int length = 0;
        for (int k = np; k < end; k++) {
            length += k == r ? 0 : kept.textLength(kept.seq[k]) + 1;
        }
        if (length < TitleWords.MIN_KEEP) {
            return; // "Earthquake occurred" says less than the sentence it would replace
        }
        int[] out = new int[(noun + 1 - np) + (end - r - 1)];
        System.arraycopy(kept.seq, np, out, 0, noun + 1 - np);
        System.arraycopy(kept.seq, r + 1, out, noun + 1 - np, end - r - 1);
        kept.seq = out;
        kept.lo = 0;
        kept.hi = out.length;
        kept.focus = -1;
    }

    /** A noun a relative clause may describe: a common noun or a name, not a verb or a small word. */
    private boolean isAntecedent(int i) {
        if (i < kept.lo || !w.isWord(kept.seq[i]) || kept.quoted(i)) {
            return false;
        }
        String s = kept.low(i);
        return w.isCapitalised(kept.seq[i]) || !Lexicon.FUNCTION.contains(s) && !s.endsWith("ed")
                && !Lexicon.PAST_IRREGULAR.contains(s) && !Lexicon.SAYING.contains(s)
                && !Lexicon.SAYING_NEEDS_THAT.contains(s) && !s.endsWith("ly");
    }

    /** "…, Bako, have one week": a verb after a comma takes the sentence back to its main clause. */
    private boolean resumesMain(int i) {
        if (!w.isLowerWord(kept.seq[i])) {
            return false;
        }
        String s = kept.low(i);
        return TitleWords.isBe(s) || s.endsWith("ed") || Lexicon.PAST_IRREGULAR.contains(s) || s.equals("will")
                || s.equals("would") || s.equals("must") || s.equals("can")
                || s.equals("could") || s.equals("may") || s.equals("said") || s.equals("says");
    }

    /** "leaders will hold …", "prices rose …": a bare noun subject and its verb open a clause. */
    private boolean nounThenVerb(int i) {
        return i + 1 < kept.hi && w.isLowerWord(kept.seq[i]) && !Lexicon.FUNCTION.contains(kept.low(i))
                && kept.isVerbAt(i + 1) && !kept.quoted(i);
    }

    /** A clause has a verb: "until the early hours" is a phrase, "since Xi and Trump met" a clause. */
    private boolean hasVerbBeforeComma(int i) {
        for (int k = i; k < kept.hi && !kept.is(k, ',') && !kept.is(k, ';'); k++) {
            if (kept.isVerbish(k) || w.isLowerWord(kept.seq[k]) && Lexicon.PAST_IRREGULAR.contains(kept.low(k))) {
                return true;
            }
        }
        return false;
    }

    /** A clause starts with a subject: a name, a determiner or a pronoun. */
    private boolean opensClause(int i) {
        if (!w.isWord(kept.seq[i])) {
            return kept.isQuote(i);
        }
        String s = kept.low(i);
        return w.isCapitalised(kept.seq[i]) || Lexicon.DETERMINERS.contains(s) || Lexicon.PRONOUN_PERSON.contains(s)
                || Lexicon.PRONOUN_GROUP.contains(s) || s.equals("we") || Lexicon.LEADING_OPENERS.contains(s);
    }

    /**
     * Drops what comes before the subject: discourse words, reporting frames, a leading adverbial up to its comma.
     * Returns the speaker when the front was "According to X,".
     */
    String stripFront() {
        String speaker = null;
        for (int round = 0; round < 8 && kept.lo < kept.hi; round++) {
            if (kept.isPunct(kept.lo) && !kept.isQuote(kept.lo) && !kept.is(kept.lo, '(')) {
                kept.lo++;
                continue;
            }
            int phrase = phraseAt(kept.lo);
            if (phrase > 0) {
                kept.lo = kept.skipComma(kept.lo + phrase);
                continue;
            }
            String first = kept.low(kept.lo);
            if (first.equals("according") && kept.lo + 1 < kept.hi && kept.low(kept.lo + 1).equals("to")) {
                int comma = kept.comma(kept.lo + 2, Math.min(kept.hi, kept.lo + 16));
                if (comma > kept.lo + 2) {
                    speaker = speech.speakerName(kept.lo + 2, comma);
                    kept.lo = comma + 1;
                    continue;
                }
            }
            if (Lexicon.DISCOURSE.contains(first) && !kept.quoted(kept.lo) && kept.lo + 1 < kept.hi) {
                kept.lo = kept.skipComma(kept.lo + 1);
                continue;
            }
            if (Lexicon.DISCOURSE_NEEDS_COMMA.contains(first) && kept.lo + 1 < kept.hi && kept.is(kept.lo + 1, ',')) {
                kept.lo += 2;
                continue;
            }
            if (first.equals("there") && kept.lo + 2 < kept.hi && TitleWords.isBe(kept.low(kept.lo + 1))) {
                kept.lo += kept.low(kept.lo + 2).equals("been") ? 3 : 2;
                continue;
            }
            if (first.equals("it") && kept.lo + 2 < kept.hi && TitleWords.isBe(kept.low(kept.lo + 1))
                    && kept.isJudgement(kept.lo + 2)) {
                kept.lo += 2;
                continue;
            }
            int named = nameInApposition();
            if (named > 0) { // "A creditor, Harbour Crest Capital, filed …" → "Harbour Crest Capital filed …"
                kept.lo = named;
                continue;
            }
            boolean participle = first.endsWith("ing") && first.length() > 5 && w.isCapitalised(kept.seq[kept.lo]);
            if ((Lexicon.LEADING_OPENERS.contains(first) || participle) && !kept.quoted(kept.lo)
                    && !isQuantity(kept.lo)) {
                int comma = kept.comma(kept.lo + 1, Math.min(kept.hi, kept.lo + TitleWords.LEAD_REACH));
                if (comma > 0 && plausibleSubject(comma + 1) && !isAttributionOnly(comma + 1)) {
                    kept.lo = comma + 1;
                    continue;
                }
                int subject = comma < 0 && Lexicon.CUT_BEFORE.contains(first) ? clauseAfterOpener(kept.lo + 1) : -1;
                if (subject > 0) { // "At the sixth hearing of the petition the judge ordered …": no comma
                    kept.lo = subject;
                    continue;
                }
            }
            break;
        }
        return speaker;
    }

    /**
     * "A creditor, Harbour Crest Capital, filed …": a common noun whose name follows between commas, before the
     * verb. Returns where the name starts (its closing comma removed from the kept sequence), or -1.
     */
    private int nameInApposition() {
        int j = kept.lo;
        if (j < kept.hi && kept.isArticle(j)) {
            j++;
        }
        int nouns = 0;
        while (j < kept.hi && nouns < 3 && w.isLowerWord(kept.seq[j]) && !Lexicon.FUNCTION.contains(kept.low(j))
                && !kept.quoted(j)) {
            j++;
            nouns++;
        }
        if (nouns == 0 || j >= kept.hi || !kept.is(j, ',')) {
            return -1;
        }
        int name = j + 1;
        int k = name;
        while (k < kept.hi && k - name < 6 && w.isCapitalised(kept.seq[k]) && !kept.quoted(k)) {
            k++;
        }
        if (k == name || k + 1 >= kept.hi || !kept.is(k, ',') || !w.isLowerWord(kept.seq[k + 1])
                || Lexicon.FUNCTION.contains(kept.low(k + 1)) || Lexicon.CLAUSE_BREAKERS.contains(kept.low(k + 1))
                || !kept.isVerbish(k + 1) && !Lexicon.PAST_IRREGULAR.contains(kept.low(k + 1))) {
            return -1;
        }
        kept.remove(k);
        return name;
    }

    /**
     * Where the main clause starts after a leading prepositional phrase with no comma: a determiner, one or two
     * words and a past tense ("… the judge ordered"), within reach; else -1.
     */
    private int clauseAfterOpener(int from) {
        int limit = Math.min(kept.hi - 2, from + TitleWords.LEAD_REACH);
        for (int j = from + 2; j < limit; j++) {
            if (!w.isLowerWord(kept.seq[j]) || !Lexicon.DETERMINERS.contains(kept.low(j)) || !w.isWord(kept.seq[j - 1])
                    || Lexicon.FUNCTION.contains(kept.low(j - 1))) {
                continue;
            }
            for (int v = j + 2; v <= Math.min(j + 3, kept.hi - 2); v++) {
                String s = kept.low(v);
                if (w.isLowerWord(kept.seq[v]) && (s.endsWith("ed") && s.length() > 4
                        || Lexicon.PAST_IRREGULAR.contains(s))
                        && w.isWord(kept.seq[v - 1]) && !Lexicon.FUNCTION.contains(kept.low(v - 1))) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** "At least 12 …", "Up to 40 …", "About 300 …": a number, not an adverbial. */
    private boolean isQuantity(int i) {
        String s = kept.low(i);
        String next = i + 1 < kept.hi ? kept.low(i + 1) : "";
        return s.equals("at") && (next.equals("least") || next.equals("most"))
                || s.equals("up") && next.equals("to") || (s.equals("about") || s.equals("around") || s.equals("nearly")
                || s.equals("almost") || s.equals("over") || s.equals("some")) && i + 1 < kept.hi
                && Character.isDigit(w.first(kept.seq[i + 1]));
    }

    /** What follows is only "witnesses said." or too short to be a clause. */
    private boolean isAttributionOnly(int i) {
        int words = 0;
        boolean saying = false;
        for (int k = i; k < kept.hi && words < 8; k++) {
            if (w.isWord(kept.seq[k])) {
                words++;
                saying |= Lexicon.SAYING.contains(kept.low(k));
            }
        }
        return words < 3 || saying && words <= 6;
    }

    private int phraseAt(int i) {
        for (String[] p : Lexicon.DISCOURSE_PHRASES) {
            if (i + p.length <= kept.hi && !kept.quoted(i)) {
                boolean match = true;
                for (int k = 0; k < p.length && match; k++) {
                    match = w.isWord(kept.seq[i + k]) && kept.low(i + k).equals(p[k]);
                }
                if (match) {
                    return p.length;
                }
            }
        }
        return 0;
    }

    private boolean plausibleSubject(int i) {
        if (i >= kept.hi) {
            return false;
        }
        if (kept.isQuote(i) || w.isCapitalised(kept.seq[i])) {
            return true;
        }
        if (!w.isWord(kept.seq[i])) {
            return false;
        }
        String s = kept.low(i);
        if (Lexicon.DETERMINERS.contains(s) || Lexicon.NEVER_FIRST.contains(s)) {
            return true;
        }
        return !s.endsWith("ing") && !s.endsWith("ed") && !Lexicon.CLAUSE_BREAKERS.contains(s)
                && !Lexicon.BAD_END.contains(s);
    }

    /** Where the clause after a coordinating break starts (", but he…", "; Russia…"), or -1. */
    private int afterCoordination(int k) {
        if (kept.is(k, ';') || w.kind[kept.seq[k]] == Words.DASH) {
            return k + 1;
        }
        if (kept.is(k, ',') && k + 1 < kept.hi && w.isWord(kept.seq[k + 1])) {
            String s = kept.low(k + 1);
            if (s.equals("but") || s.equals("and") || s.equals("while") || s.equals("whereas") || s.equals("yet")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** "He met…" → "Macron met…", "Its army…" → "Russia’s army…", "This move…" → "Move…". */
    void resolveLeadingPronoun() {
        if (kept.lo >= kept.hi || !w.isWord(kept.seq[kept.lo]) || kept.quoted(kept.lo)) {
            return;
        }
        String s = kept.low(kept.lo);
        EventTitles.Named named = null;
        boolean possessive = false;
        if (Lexicon.PRONOUN_PERSON.contains(s)) {
            named = kept.before.person();
        } else if (Lexicon.PRONOUN_GROUP.contains(s)) {
            named = kept.before.group();
        } else if (Lexicon.POSSESSIVE_PERSON.contains(s)) {
            named = kept.before.person();
            possessive = true;
        } else if (Lexicon.POSSESSIVE_GROUP.contains(s)) {
            named = kept.before.group();
            possessive = true;
        } else if (Lexicon.DEMONSTRATIVES.contains(s) && kept.lo + 2 < kept.hi && w.isLowerWord(kept.seq[kept.lo + 1])
                && !TitleWords.isBe(kept.low(kept.lo + 1)) && !Lexicon.BAD_END.contains(kept.low(kept.lo + 1))) {
            kept.lo++;
            return;
        } else if (!Lexicon.NEVER_FIRST.contains(s)) {
            return;
        }
        if (named != null) {
            kept.resolvedAt = named.at();
            kept.replace[kept.seq[kept.lo]] = possessive ? named.name() + "\u2019s" : named.name();
            return;
        }
        if (kept.lo + 2 < kept.hi) {
            kept.lo++;
            while (kept.lo + 2 < kept.hi && w.isWord(kept.seq[kept.lo])
                    && Lexicon.DISCOURSE.contains(kept.low(kept.lo))) {
                kept.lo++;
            }
        }
    }
}
