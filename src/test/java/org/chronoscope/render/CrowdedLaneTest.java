package org.chronoscope.render;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.Passage;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.DensityBand;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fit-all over 20,000 events (60 % of them in two bursts at the end): the lanes keep their shape. Painter layout
 * only, no window (TestFX starts the toolkit first: labels are measured).
 */
class CrowdedLaneTest {
    private static final double W = 1600;
    private static final double H = 700;
    private static Corpus corpus;
    private static TimelineModel model;
    private static TimeScale fit;

    @BeforeAll
    static void corpus() {
        corpus = SyntheticModel.corpus(20_000, 7);
        model = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.SIDE);
        fit = TimeScale.fit(model.firstDay(), model.lastDay(), W, 24, AxisWarp.NONE);
    }

    @Test
    void every_event_is_a_mark_a_cluster_or_counted_in_a_badge() {
        TimelineFrame frame = new TimelinePainter(TimelineStyle.light()).layout(model, fit, W, H);
        int shown = frame.items().stream().mapToInt(TimelineFrame.Item::count).sum()
                + frame.overflows().stream().mapToInt(TimelineFrame.Overflow::count).sum();
        assertEquals(model.dated().size(), shown);
    }

    @Test
    void no_cluster_or_badge_runs_across_the_view() {
        TimelineFrame frame = new TimelinePainter(TimelineStyle.light()).layout(model, fit, W, H);
        for (TimelineFrame.Item it : frame.items()) {
            if (it.kind() == TimelineFrame.Kind.CLUSTER) {
                assertTrue(it.x1() - it.x0() <= TimelinePainter.CLUSTER_CELL_PX + 30, "cluster " + it);
            }
        }
        for (TimelineFrame.Overflow o : frame.overflows()) {
            double span = fit.x(o.to()) - fit.x(o.from()); // a month-long event is 11 px here
            assertTrue(span <= TimelinePainter.FEATURE_CELL_PX + 12, "a badge covers " + span + " px: " + o);
        }
        assertTrue(frame.overflows().size() >= 5 * 8, "badges along every lane: " + frame.overflows().size());
    }

    @Test
    void each_lane_shows_its_busy_stretch_in_its_density_band() {
        TimelineFrame frame = new TimelinePainter(TimelineStyle.light()).layout(model, fit, W, H);
        double burstX = fit.x(SyntheticModel.TO.toEpochDay() - 250);
        for (int l = 0; l < model.lanes().size(); l++) {
            int lane = l;
            DensityBand band = frame.densities().stream().filter(b -> b.lane() == lane).findFirst().orElse(null);
            assertNotNull(band, "lane " + model.lanes().get(l).label() + " has a density band");
            int peak = 0;
            for (int c = 1; c < band.counts().length; c++) {
                peak = band.counts()[c] > band.counts()[peak] ? c : peak;
            }
            double peakX = band.x() + peak * band.columnPx();
            assertTrue(peakX >= burstX - 5, model.lanes().get(l).label() + " peaks at x " + peakX);
        }
    }

    @Test
    void corroborated_events_keep_their_labels_and_a_starred_one_too() {
        TimelineEvent starred = model.lane(0).events[123];
        assertEquals(1, starred.sources().stream().map(Passage::article).distinct().count(),
                "the test wants a starred event of a single article");
        TimelineFrame frame = new TimelinePainter(TimelineStyle.light()).layout(model, fit, W, H, List.of(starred));
        List<TimelineFrame.Item> labelled = frame.items().stream().filter(it -> it.event() != null).toList();
        assertFalse(labelled.isEmpty());
        for (TimelineFrame.Item it : labelled) {
            if (it.event() != starred) {
                assertTrue(it.event().sources().stream().map(Passage::article).distinct().count() >= 2,
                        "a label kept for an event of one article: " + it.event().title());
            }
        }
        assertNotNull(frame.itemOf(starred), "the starred event keeps its label");
    }
}
