package org.chronoscope.load;

import java.util.ArrayList;
import java.util.List;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.TemporalExpression;

/** Every date expression of a corpus: the tagger run over each article's quotable paragraphs. */
public final class CorpusTimex {
    private CorpusTimex() {
    }

    public static List<TemporalExpression> of(Corpus corpus, TemporalTagger tagger) {
        List<TemporalExpression> out = new ArrayList<>();
        for (Article a : corpus.articles()) {
            out.addAll(of(a, tagger));
        }
        return out;
    }

    public static List<TemporalExpression> of(Article a, TemporalTagger tagger) {
        List<TemporalExpression> out = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            if (p.kind().isQuotable()) {
                out.addAll(tagger.tag(a.fileName(), a.text(), p.start(), p.end(), a.published()));
            }
        }
        return out;
    }
}
