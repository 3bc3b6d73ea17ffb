package org.chronoscope.load;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.chronoscope.model.DateWords;
import org.chronoscope.model.Article;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;

/** The event date a resolved date expression gives, with its basis in words. */
public final class ExpressionDates {
    /** The tagger's rule for "last week" written at a weekend: a window over both readings. */
    private static final String WEEKEND_LAST_WEEK = "relative-week-last-or-this";

    private ExpressionDates() {
    }

    /**
     * @throws IllegalArgumentException when the expression cannot be placed on a timeline ("many years ago")
     */
    public static EventDate of(TemporalExpression te, Article article) {
        LocalDate anchor = article.published();
        if ("UNRESOLVED".equals(te.value())) {
            return new EventDate(null, null, te.precision(), new DateBasis(BasisKind.UNRESOLVED, te.text(),
                    article.fileName(), null, "'" + te.text() + "' in an undated article: not resolved"));
        }
        if (te.from() == null && te.value().startsWith("P") && anchor != null) {
            return lastingUntil(te, article, anchor);
        }
        if (te.from() == null) {
            throw new IllegalArgumentException("'" + te.text() + "' (" + te.value() + ") cannot be placed on a timeline");
        }
        LocalDate end = te.to() == null || te.to().equals(te.from()) ? null : te.to();
        boolean vague = te.precision() == Precision.APPROXIMATE || te.value().endsWith("_REF");
        BasisKind kind = te.anchor() == null ? (vague ? BasisKind.APPROXIMATE : BasisKind.STATED)
                : vague ? BasisKind.APPROXIMATE : BasisKind.RELATIVE;
        String explanation = switch (kind) {
            case STATED -> "stated outright: '" + te.text() + "'";
            case APPROXIMATE -> "'" + te.text() + "' in an article of " + DateWords.articleDay(article)
                    + (te.rule().startsWith(WEEKEND_LAST_WEEK) ? ": the week before, or the days of this week before the"
                    + " weekend, as weekend news uses it (approximate)" : " (approximate)");
            default -> "'" + te.text() + "' in an article of " + DateWords.articleDay(article);
        };
        return new EventDate(te.from(), end, te.precision(),
                new DateBasis(kind, te.text(), article.fileName(), te.anchor(), explanation));
    }

    /** A duration ("for a month", value P1M) that runs up to the article's date: that window, approximately. */
    private static EventDate lastingUntil(TemporalExpression te, Article article, LocalDate anchor) {
        Period period;
        try {
            period = Period.parse(te.value());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + te.text() + "' (" + te.value() + ") cannot be placed on a timeline");
        }
        return new EventDate(anchor.minus(period), anchor, Precision.APPROXIMATE, new DateBasis(BasisKind.APPROXIMATE,
                te.text(), article.fileName(), anchor, "'" + te.text() + "' up to the article of "
                + DateWords.day(anchor) + " (approximate)"));
    }

}
