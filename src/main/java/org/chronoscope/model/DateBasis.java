package org.chronoscope.model;

import java.time.LocalDate;

/**
 * Why an {@link EventDate} has the value it has.
 *
 * @param kind        the kind of reasoning
 * @param expression  the article's own words that date the event ("last weekend"), or null
 * @param article     file name of the article the expression comes from, or null
 * @param articleDate the publication date the expression was resolved against, or null
 * @param explanation one human sentence, e.g. "'last weekend' in an article of Fri 28 Nov 2025"
 */
public record DateBasis(BasisKind kind, String expression, String article, LocalDate articleDate,
                        String explanation) {

    public static DateBasis handTyped(String explanation) {
        return new DateBasis(BasisKind.HAND_TYPED, null, null, null, explanation);
    }
}
