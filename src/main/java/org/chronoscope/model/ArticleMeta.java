package org.chronoscope.model;

/**
 * What is known about an article besides its text. Any field but {@code published} may be null.
 *
 * @param title          headline
 * @param outlet         who published it ("Daily Mail via Elrisala")
 * @param url            where it was found
 * @param author         byline
 * @param language       language of the text as read ("en")
 * @param translatedFrom language it was machine-translated from, where that shows
 * @param published      publication date and how it was established
 */
public record ArticleMeta(String title, String outlet, String url, String author, String language,
                          String translatedFrom, PublicationDate published) {

    public static ArticleMeta empty() {
        return new ArticleMeta(null, null, null, null, null, null, PublicationDate.unknown());
    }

    /** This metadata, with each field it lacks taken from {@code fallback} (the corpus file's over the file's own). */
    public ArticleMeta over(ArticleMeta fallback) {
        return new ArticleMeta(
                title != null ? title : fallback.title,
                outlet != null ? outlet : fallback.outlet,
                url != null ? url : fallback.url,
                author != null ? author : fallback.author,
                language != null ? language : fallback.language,
                translatedFrom != null ? translatedFrom : fallback.translatedFrom,
                published.isKnown() ? published : fallback.published);
    }

    public ArticleMeta withPublished(PublicationDate date) {
        return new ArticleMeta(title, outlet, url, author, language, translatedFrom, date);
    }
}
