package org.chronoscope.load.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Floors for the events extracted from the dev set (no catalogue) against its events gold: how many gold
 * events are found and how many of those get the right dates. Figures in docs/timex.md; raise the floors as
 * extraction improves.
 */
class DevSetEventEvaluationTest {

    @Test
    void extracted_events_meet_the_floors_on_the_dev_set() {
        DevSetEvents score = DevSetEvents.score(DevSet.corpus().events());
        System.out.println(score.report());
        assertTrue(score.recall() >= 0.80, score.summary());
        assertTrue(score.dateAccuracy() >= 0.75, score.summary());
    }
}
