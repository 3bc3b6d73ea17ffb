package org.chronoscope.load.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Floors for the events extracted from the dev set (no catalogue) against its events gold: how many gold
 * events are found, how many of those get the right dates, how well passages of one happening are merged (pairs),
 * how many titles break a headline rule and how many events report no gold event. Figures in docs/timex.md and
 * docs/extraction.md; raise the floors as extraction improves.
 */
class DevSetEventEvaluationTest {

    @Test
    void extracted_events_meet_the_floors_on_the_dev_set() {
        DevSetEvents score = DevSetEvents.score(DevSet.corpus().events());
        System.out.println(score.report());
        assertTrue(score.recall() >= 0.85, score.summary());
        assertTrue(score.dateAccuracy() >= 0.85, score.summary());
        assertTrue(score.pairs().precision() >= 0.90, score.summary());
        assertTrue(score.pairs().recall() >= 0.65, score.summary());
        assertTrue(score.titleBreaks() <= 2, score.summary());
        assertTrue(score.spurious() <= 12, score.summary());
    }
}
