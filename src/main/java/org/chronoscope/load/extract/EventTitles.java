package org.chronoscope.load.extract;

import java.util.List;

/**
 * Writes an event's headline from its sentence, as an editor would: who did what, at most {@value #MAX} characters,
 * never cut with "…". Front matter goes (datelines, "But", "Earlier,", "On Friday,", "According to X,"), and so do
 * the date words, parentheses, relative clauses and trailing subordinate clauses; reported speech becomes
 * "Speaker: claim"; a leading pronoun becomes the actor it refers to. Every step is one pass over the tokens.
 */
final class EventTitles {
    static final int MAX = 80;

    /**
     * An actor named in the sentence: [start, end) relative to the sentence, where the mention starts in the
     * article, and how a headline names it.
     */
    record Named(int start, int end, int at, String id, String name, boolean person) {
    }

    /**
     * A headline; the mention of the actor it quotes when it is reported speech, and of the actor a leading
     * pronoun was resolved to (each where the mention starts in the article, or -1).
     */
    record Title(String text, int speakerAt, int resolvedAt) {
    }

    /** Who "he"/"she" and "it"/"they" most likely are at the start of the sentence, or null. */
    record Antecedents(Named person, Named group) {
        static final Antecedents NONE = new Antecedents(null, null);
    }

    private EventTitles() {
    }

    /** A title from the sentence alone (no dates, actors or antecedents known). */
    static String of(String sentence) {
        return write(Words.of(sentence), List.of(), -1, List.of(), Antecedents.NONE).text();
    }

    /**
     * @param w      the sentence's tokens
     * @param dates  date expressions as [start, end) relative to the sentence: left out of the title
     * @param focus  where the event's own date starts (relative to the sentence), or -1: the title is the clause
     *               that holds it
     * @param actors the actors named in the sentence, in text order
     */
    static Title write(Words w, List<int[]> dates, int focus, List<Named> actors, Antecedents before) {
        return new TitleDraft(w, dates, focus, actors, before).write();
    }
}
