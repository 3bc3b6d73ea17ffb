package org.chronoscope.load.devset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.load.timex.TimexScore;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.TemporalExpression;

/**
 * The tagger on the dev set, two ways: against the gold publication date (the tagger alone), and against the
 * date the article gets when loaded (the tagger plus the publication-date evidence: what the user sees).
 */
public final class DevSetTimex {
    private DevSetTimex() {
    }

    /** Where the body starts: after the header block (and a first-line stamp). */
    public static int bodyStart(Article a) {
        int start = 0;
        for (Paragraph p : a.paragraphs()) {
            if (p.kind() == BlockKind.HEADER) {
                start = Math.max(start, p.end());
            }
        }
        return start;
    }

    /** split "dev", "test" or null for all; asLoaded: anchor from loading rather than from the gold. */
    public static TimexScore score(String split, boolean asLoaded) {
        TemporalTagger tagger = new TemporalTagger();
        String name = "the dev set (" + (split == null ? "all" : split + " split") + ", "
                + (asLoaded ? "dates as loaded" : "gold dates") + ")";
        return TimexScore.of(name, DevSet.goldArticles(split), gold -> tag(tagger, gold, asLoaded));
    }

    static List<TemporalExpression> tag(TemporalTagger tagger, JsonNode gold, boolean asLoaded) {
        Article a = DevSet.article(gold.get("file").asText());
        LocalDate anchor = asLoaded ? a.published()
                : gold.get("anchor").isNull() ? null : LocalDate.parse(gold.get("anchor").asText());
        return tagger.tag(a.fileName(), a.text(), bodyStart(a), a.text().length(), anchor);
    }
}
