package org.chronoscope.load.extract;

import java.util.List;
import org.chronoscope.load.TextCut;

/**
 * One title being written, step by step: what is left out before anything else ({@link TitleMarks}), the front of
 * the sentence ({@link TitleFront}), reported speech ({@link TitleSpeech}), the main clause ({@link TitleClauses})
 * and the length ({@link TitleFit}), all on one {@link TitleTokens}. Each step walks the tokens once or looks at a
 * bounded window, so writing a title is linear in the sentence.
 */
final class TitleDraft {
    private final TitleTokens kept;
    private final TitleMarks marks;
    private final TitleSpeech speech;
    private final TitleFront front;
    private final TitleClauses clauses;
    private final TitleFit fitter;

    TitleDraft(Words w, List<int[]> dates, int focusChar, List<EventTitles.Named> actors,
               EventTitles.Antecedents before) {
        kept = new TitleTokens(w, dates, focusChar, actors, before);
        marks = new TitleMarks(kept);
        speech = new TitleSpeech(kept);
        front = new TitleFront(kept, speech);
        clauses = new TitleClauses(kept);
        fitter = new TitleFit(kept);
    }

    EventTitles.Title write() {
        String text = text();
        return new EventTitles.Title(text, speech.speakerAt, kept.resolvedAt);
    }

    private String text() {
        int dateline = Datelines.end(kept.w);
        for (int t = 0; t < dateline; t++) {
            kept.drop[t] = true;
        }
        marks.dropDates();
        marks.dropBracketed();
        marks.shortenNames();
        for (int t = 0; t < kept.w.size; t++) {
            if (!kept.w.quoted[t] && kept.w.isWord(t) && kept.w.lower(t).equals("also")) {
                kept.drop[t] = true;
            }
        }
        kept.keep();
        front.selectClause();
        front.relativeFocus();
        String speaker = front.stripFront();
        boolean reported = speaker != null;
        boolean leading = false;
        if (!reported) {
            int[] found = speech.speechAtFront();
            leading = found != null;
            if (found == null) {
                found = speech.speechInMiddle();
            }
            if (found == null) {
                found = speech.speechAtEnd();
            }
            if (found != null) {
                speaker = speech.speakerName(found[0], found[1]);
                kept.lo = found[2];
                kept.hi = found[3];
                reported = true;
            } else if (kept.lo < kept.hi && kept.isQuote(kept.lo) && kept.lo + 1 < kept.hi && kept.quoted(kept.lo + 1)
                    && kept.before.person() != null) {
                speaker = kept.before.person().name(); // a paragraph of quotation goes on from who was just quoted
                speech.speakerAt = kept.before.person().at();
                kept.resolvedAt = speech.speakerAt;
                reported = true;
            }
        }
        boolean direct = false;
        if (reported) {
            speech.trimQuotesAround();
            direct = kept.lo < kept.hi && kept.quoted(kept.lo);
            front.stripFront();
        }
        clauses.trimClauses();
        if (!reported) {
            speech.selfDesignation();
        }
        String says = null;
        if (speaker != null && leading && !direct && kept.lo < kept.hi && speech.isPronounSubject(kept.lo)) {
            says = speaker + (speech.pluralSpeaker ? " say " : " says ");
            speaker = null;
        } else if (!direct) {
            front.resolveLeadingPronoun();
        }
        if (speaker == null && says == null && kept.lo + 2 < kept.hi && kept.isArticle(kept.lo)) {
            kept.lo++;
        }
        boolean quote = reported && speaker == null && direct;
        String prefix = speaker != null ? speaker + ": " : says != null ? says : "";
        fitter.fit(EventTitles.MAX - prefix.length() - (quote ? 2 : 0));
        String body = kept.render(kept.lo, kept.hi, true);
        if (body.isEmpty()) {
            return fallback();
        }
        if (quote) {
            return "\u201c" + body + "\u201d";
        }
        if (prefix.isEmpty()) {
            return TitleWords.capitalise(body);
        }
        return TitleWords.capitalise(prefix) + (speaker != null ? TitleWords.claimCase(body) : body);
    }
    private String fallback() {
        String s = kept.w.text.strip();
        int cut = s.length() <= EventTitles.MAX ? s.length() : s.lastIndexOf(' ', EventTitles.MAX);
        return TitleWords.capitalise(s.substring(0, cut > 20 ? cut
                : TextCut.safeEnd(s, Math.min(s.length(), EventTitles.MAX)))
                .strip());
    }
}
