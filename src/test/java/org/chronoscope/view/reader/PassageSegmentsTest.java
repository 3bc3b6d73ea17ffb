package org.chronoscope.view.reader;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PassageSegmentsTest {

    @Test
    void segments_cover_the_text_in_order_and_each_passage_is_whole() {
        Corpus c = SyntheticModel.corpus(200, 8);
        var article = c.articles().get(0);
        List<PassageSegments.Segment> segs = PassageSegments.of(article.fileName(), article.text().length(),
                c.events());
        assertEquals(0, segs.get(0).start());
        assertEquals(article.text().length(), segs.get(segs.size() - 1).end());
        for (int i = 1; i < segs.size(); i++) {
            assertEquals(segs.get(i - 1).end(), segs.get(i).start());
        }
        for (TimelineEvent e : c.events()) {
            e.sources().stream().filter(p -> p.article().equals(article.fileName())).forEach(p -> {
                String covered = segs.stream().filter(s -> s.start() >= p.start() && s.end() <= p.end())
                        .peek(s -> assertTrue(s.events().contains(e)))
                        .map(s -> article.text().substring(s.start(), s.end())).reduce("", String::concat);
                assertEquals(p.quote(), covered);
            });
        }
    }
}
