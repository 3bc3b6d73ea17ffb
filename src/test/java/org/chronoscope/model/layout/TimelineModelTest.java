package org.chronoscope.model.layout;

import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineModelTest {
    private final Corpus corpus = SyntheticModel.corpus(400, 1);

    @Test
    void side_lanes_follow_the_main_actor_in_the_usual_order() {
        TimelineModel m = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.SIDE);
        assertEquals(List.of("us", "russia", "ukraine", "europe", "other"),
                m.lanes().stream().map(Lane::id).toList());
        for (int l = 0; l < m.lanes().size(); l++) {
            for (TimelineEvent e : m.lane(l).events) {
                assertEquals(m.lanes().get(l).id(), TimelineModel.sideOf(e, m.actors()));
            }
        }
    }

    @Test
    void undated_events_are_kept_apart_never_placed() {
        TimelineModel m = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.CATEGORY);
        assertFalse(m.undated().isEmpty());
        assertTrue(m.undated().stream().noneMatch(e -> e.date().isResolved()));
        assertEquals(corpus.events().size(), m.dated().size() + m.undated().size());
        int inLanes = 0;
        for (int l = 0; l < m.lanes().size(); l++) {
            inLanes += m.lane(l).events.length;
        }
        assertEquals(m.dated().size(), inLanes);
    }

    @Test
    void the_compressed_axis_shortens_the_quiet_years() {
        TimelineModel m = TimelineModel.of(SyntheticModel.corpus(30, 4).events(), corpus.actors(), LaneMode.SIDE);
        AxisWarp w = m.compressedAxis();
        assertFalse(w.breaks().isEmpty());
        double real = m.lastDay() - m.firstDay();
        double axis = w.toVirtual(m.lastDay()) - w.toVirtual(m.firstDay());
        assertTrue(axis < real / 2, "axis " + axis + " days for " + real + " real days");
    }

    @ParameterizedTest
    @CsvSource({
        "2014-01-01, 2014-12-31, YEAR, STATED, 1",
        "2022-02-24, 2025-11-20, APPROXIMATE, APPROXIMATE, 1",
        "2025-03-01, 2025-05-31, SEASON, APPROXIMATE, 1",
        "2025-11-20, 2025-11-23, DAY, STATED, 4",
        "2025-03-01, 2025-03-31, MONTH, STATED, 21",
        "2025-01-01, 2025-06-30, DAY, STATED, 21"})
    void vague_events_hold_the_compressed_axis_open_only_at_their_start(String start, String end, Precision p,
                                                                        BasisKind basis, double busyDays) {
        TimelineEvent e = new TimelineEvent("x", "x", "", new EventDate(LocalDate.parse(start), LocalDate.parse(end),
                p, new DateBasis(basis, "", "a.txt", null, "")), Category.BACKGROUND, List.of(), List.of(), Set.of(),
                List.of(), Origin.CURATED, null);
        assertEquals(busyDays, TimelineModel.busyEnd(e) - TimelineModel.startDay(e));
    }

    @Test
    void marks_keep_their_side_colour_in_category_lanes() {
        TimelineModel m = TimelineModel.of(corpus.events(), corpus.actors(), LaneMode.CATEGORY);
        TimelineEvent putins = corpus.events().stream().filter(e -> e.date().isResolved())
                .filter(e -> e.actors().get(0).equals("putin")).findFirst().orElseThrow();
        assertEquals("#c53030", m.sideColorOf(putins));
        assertEquals(m.lanes().get(m.laneOf(putins)).color(), m.colorOf(putins));
    }
}
