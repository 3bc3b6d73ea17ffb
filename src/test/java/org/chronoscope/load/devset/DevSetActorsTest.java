package org.chronoscope.load.devset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Floors for the actors found in the dev set (no catalogue entry for its stories) against its actors gold,
 * the dev split and the held-apart test split separately. Figures in docs/actors.md; raise the floors as
 * recognition improves.
 */
class DevSetActorsTest {

    @Test
    void actors_meet_the_floors_on_the_dev_set() {
        DevSetActors dev = DevSetActors.score(DevSet.corpus(), DevSet.actorsGold(), "dev");
        DevSetActors test = DevSetActors.score(DevSet.corpus(), DevSet.actorsGold(), "test");
        System.out.println("dev split " + dev.report());
        System.out.println("test split " + test.summary());
        assertTrue(dev.precision() >= 0.93, dev.summary());
        assertTrue(dev.recall() >= 0.94, dev.summary());
        assertTrue(dev.kindAccuracy() >= 0.95, dev.summary());
        assertTrue(dev.affiliationAccuracy() >= 0.88, dev.summary());
        assertTrue(test.precision() >= 0.76, test.summary());
        assertTrue(test.recall() >= 0.88, test.summary());
        assertTrue(test.affiliationAccuracy() >= 0.85, test.summary());
        assertTrue(test.kindAccuracy() >= 0.95, test.summary());
    }
}
