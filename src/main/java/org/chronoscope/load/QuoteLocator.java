package org.chronoscope.load;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronoscope.model.Article;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Sentence;

/**
 * Finds a curated quote in an article, verbatim after folding white space, quote marks and dashes, and gives
 * its exact offsets in the original text. When it is not there, names the closest sentence.
 */
public final class QuoteLocator {
    private final Article article;
    private final String normalized;
    private final int[] map;

    public QuoteLocator(Article article) {
        this.article = article;
        String text = article.text();
        this.map = new int[text.length() + 1];
        this.normalized = TextNormalizer.normalizeWithMap(text, 0, text.length(), map);
    }

    /** The passage, or null when the quote is not in the article. */
    public Passage locate(String quote) {
        String q = TextNormalizer.normalize(quote);
        if (q.isEmpty()) {
            return null;
        }
        int at = normalized.indexOf(q);
        if (at < 0) {
            return null;
        }
        int start = map[at];
        int end = map[at + q.length() - 1] + 1;
        return new Passage(article.fileName(), start, end, article.text().substring(start, end));
    }

    /** The sentence of the article that shares most words with the quote, for an error message. */
    public String closestText(String quote) {
        Set<String> words = words(quote);
        String best = "";
        double bestScore = -1;
        List<Sentence> sentences = article.sentences();
        for (Sentence s : sentences) {
            String text = article.text().substring(s.start(), s.end());
            Set<String> w = words(text);
            long shared = w.stream().filter(words::contains).count();
            double score = shared / (double) Math.max(1, Math.max(w.size(), words.size()));
            if (score > bestScore) {
                bestScore = score;
                best = text;
            }
        }
        return TextCut.shorten(best, 158);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (int[] t : Tokens.of(s)) {
            out.add(s.substring(t[0], t[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
