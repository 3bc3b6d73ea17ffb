package org.chronoscope.load.extract;

import java.util.List;
import org.chronoscope.model.Problem;

/**
 * What the per-article stage gives for one article: a plain value that depends only on the article's text, its
 * metadata and the bundled assets, so it can be kept between runs.
 *
 * @param article    the article's file name
 * @param candidates its dated sentences that may report events, in text order
 * @param rejected   how many dated sentences were set aside as no event (datelines, bylines, captions…)
 * @param warnings   what could not be done ("only the first 4,000,000 characters were searched")
 */
public record ArticleEvents(String article, List<Candidate> candidates, int rejected, List<Problem> warnings) {
    public ArticleEvents {
        candidates = List.copyOf(candidates);
        warnings = List.copyOf(warnings);
    }
}
