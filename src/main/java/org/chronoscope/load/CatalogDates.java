package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.Article;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.Sentence;
import org.chronoscope.model.TemporalExpression;

/**
 * Turns a curated event's date spec into an {@link EventDate}. The usual spec is the article's own words,
 * {@code {"expression": "last weekend", "article": "001.txt"}}, resolved by the temporal tagger against that
 * article's date; {@code "relation": "after"} makes it the window from that date to the article's date.
 * {@code {"newsOfTheDay": "004.txt"}} dates an event reported as the day's news by the article's date.
 * A hand-typed {@code {"start", "end", "precision", "handTyped": reason}} is for events no article dates.
 */
final class CatalogDates {
    private static final int APPROXIMATE_NEWS_DAYS = 6;
    private final TemporalTagger tagger;
    /** Each article's text in lower case, made once per catalogue read (not once per event). */
    private final Map<String, String> lowerTexts = new HashMap<>();

    CatalogDates(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** Thrown with a message that names what is wrong; the caller adds the event and file. */
    static final class DateSpecException extends Exception {
        DateSpecException(String message) {
            super(message);
        }
    }

    EventDate resolve(JsonNode spec, List<Passage> sources, ArticleLookup articles) throws DateSpecException {
        if (spec == null || spec.isMissingNode() || spec.isNull()) {
            throw new DateSpecException("has no date");
        }
        if (spec.has("handTyped")) {
            return handTyped(spec);
        }
        if (spec.has("newsOfTheDay")) {
            return newsOfTheDay(articles.get(spec.get("newsOfTheDay").asText()), spec.path("approximate").asBoolean());
        }
        String expression = JsonFiles.text(spec, "expression");
        String articleName = JsonFiles.text(spec, "article");
        if (expression == null || articleName == null) {
            throw new DateSpecException("date needs \"expression\" and \"article\" (or \"newsOfTheDay\", or a "
                    + "hand-typed \"start\" with \"handTyped\")");
        }
        Article article = articles.get(articleName);
        TemporalExpression te = find(article, expression, sources);
        EventDate date;
        try {
            date = ExpressionDates.of(te, article);
        } catch (IllegalArgumentException e) {
            throw new DateSpecException(e.getMessage());
        }
        if ("after".equals(JsonFiles.text(spec, "relation")) && date.isResolved()) {
            LocalDate to = article.published();
            if (to != null && date.start().isAfter(to)) {
                throw new DateSpecException("\"relation\": \"after\" needs a date before the article's, but '"
                        + te.text() + "' (" + date.start() + ") is after the article of " + to);
            }
            return new EventDate(date.start(), to, Precision.APPROXIMATE, new DateBasis(BasisKind.APPROXIMATE,
                    te.text(), article.fileName(), to, "after '" + te.text() + "' (" + DateWords.day(date.start())
                    + "), before the article of " + DateWords.day(to)));
        }
        return date;
    }

    private static EventDate handTyped(JsonNode spec) throws DateSpecException {
        String startText = spec.path("start").asText("");
        LocalDate start = IsoDates.parse(startText);
        if (start == null) {
            throw new DateSpecException("hand-typed \"start\" '" + startText + "' is not " + IsoDates.FORM);
        }
        LocalDate end = null;
        if (spec.hasNonNull("end")) {
            String endText = spec.get("end").asText();
            end = IsoDates.parse(endText);
            if (end == null) {
                throw new DateSpecException("hand-typed \"end\" '" + endText + "' is not " + IsoDates.FORM);
            }
            if (end.isBefore(start)) {
                throw new DateSpecException("hand-typed \"end\" " + end + " is before its \"start\" " + start);
            }
        }
        Precision p;
        try {
            p = Precision.fromId(spec.path("precision").asText("day"));
        } catch (IllegalArgumentException e) {
            throw new DateSpecException("unknown precision '" + spec.path("precision").asText() + "'");
        }
        return new EventDate(start, end, p, DateBasis.handTyped("typed by hand: " + spec.get("handTyped").asText()));
    }

    private static EventDate newsOfTheDay(Article article, boolean approximate) {
        LocalDate d = article.published();
        if (d == null) {
            return new EventDate(null, null, Precision.DAY, new DateBasis(BasisKind.UNRESOLVED, null,
                    article.fileName(), null, "reported as news in an undated article: not resolved"));
        }
        String how = article.meta().published().source().label();
        if (approximate) {
            return new EventDate(d.minusDays(APPROXIMATE_NEWS_DAYS), d, Precision.APPROXIMATE,
                    new DateBasis(BasisKind.ARTICLE_DATE, null, article.fileName(), d,
                            "reported as recent news, undated, in an article of " + DateWords.day(d)
                                    + " (" + how + "): in the days up to it"));
        }
        return new EventDate(d, null, Precision.DAY, new DateBasis(BasisKind.ARTICLE_DATE, null,
                article.fileName(), d, "reported as the day's news in an article of " + DateWords.day(d)
                + " (" + how + ")"));
    }

    private TemporalExpression find(Article article, String expression, List<Passage> sources)
            throws DateSpecException {
        String text = article.text();
        String lower = lowerTexts.computeIfAbsent(article.fileName(), k -> text.toLowerCase(Locale.ROOT));
        String want = expression.toLowerCase(Locale.ROOT);
        int at = -1;
        for (Passage p : sources) {
            if (p.article().equals(article.fileName())) {
                int i = lower.indexOf(want, p.start());
                if (i >= 0 && i + want.length() <= p.end()) {
                    at = i;
                    break;
                }
            }
        }
        if (at < 0) {
            at = lower.indexOf(want);
        }
        if (at < 0) {
            throw new DateSpecException("date expression '" + expression + "' is not in " + article.fileName());
        }
        Sentence s = sentenceAt(article, at);
        int from = s == null ? at : s.start();
        int to = s == null ? at + want.length() : s.end();
        for (TemporalExpression te : tagger.tag(article.fileName(), text, from, to, article.published())) {
            if (te.start() < at + want.length() && te.end() > at) {
                return te;
            }
        }
        throw new DateSpecException("date expression '" + expression + "' in " + article.fileName()
                + " is not recognised as a date");
    }

    /** The sentence holding offset, or null (sentences are in order and apart). */
    private static Sentence sentenceAt(Article article, int offset) {
        List<Sentence> sentences = article.sentences();
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sentences.size() && sentences.get(lo).start() <= offset ? sentences.get(lo) : null;
    }

    /** Finds an article by file name or fails with a message naming it. */
    interface ArticleLookup {
        Article get(String fileName) throws DateSpecException;
    }
}
