package org.chronoscope.model.layout;

import org.chronoscope.model.Category;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.SyntheticModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A model narrowed from a bigger one is the model laid out from scratch for the same events. */
class TimelineModelNarrowedTest {
    private static final Corpus CORPUS = SyntheticModel.corpus(600, 7);

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        List<Predicate<TimelineEvent>> keeps = List.of(
                e -> true,
                e -> Math.floorMod(e.id().hashCode(), 3) == 0,
                e -> e.category() == Category.values()[0],
                e -> e.actors().contains(SyntheticModel.ACTORS.get(0).id()),
                e -> !e.date().isResolved(),
                e -> e.date().isResolved() && e.date().isRange(),
                e -> e.id().equals(CORPUS.events().get(CORPUS.events().size() / 2).id()),
                e -> false);
        String[] names = {"all", "a third", "one category", "one actor", "only undated", "only ranges", "one event",
            "none"};
        for (LaneMode mode : LaneMode.values()) {
            for (int i = 0; i < keeps.size(); i++) {
                cases.add(Arguments.of(names[i], mode, keeps.get(i)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1} lanes")
    @MethodSource("cases")
    void narrowing_equals_laying_out_from_scratch(String name, LaneMode mode, Predicate<TimelineEvent> keep) {
        TimelineModel all = TimelineModel.of(CORPUS.events(), CORPUS.actors(), mode);
        List<TimelineEvent> some = CORPUS.events().stream().filter(keep).toList();
        assertSameModel(TimelineModel.of(some, CORPUS.actors(), mode), all.narrowed(some));
    }

    @ParameterizedTest(name = "{0}, {1} lanes, narrowed twice")
    @MethodSource("cases")
    void narrowing_a_narrowed_model_equals_laying_out_from_scratch(String name, LaneMode mode,
                                                                   Predicate<TimelineEvent> keep) {
        List<TimelineEvent> half = CORPUS.events().stream().filter(e -> Math.floorMod(e.id().hashCode(), 2) == 0)
                .toList();
        TimelineModel narrowed = TimelineModel.of(CORPUS.events(), CORPUS.actors(), mode).narrowed(half);
        List<TimelineEvent> some = half.stream().filter(keep).toList();
        assertSameModel(TimelineModel.of(some, CORPUS.actors(), mode), narrowed.narrowed(some));
    }

    @Test
    void events_out_of_order_or_not_shown_before_are_not_a_narrowing() {
        TimelineModel all = TimelineModel.of(CORPUS.events().subList(0, 300), CORPUS.actors(), LaneMode.SIDE);
        List<TimelineEvent> reversed = new ArrayList<>(CORPUS.events().subList(0, 300).stream()
                .filter(e -> e.date().isResolved()).toList());
        Collections.reverse(reversed);
        assertNull(all.narrowed(reversed));
        assertNull(all.narrowed(CORPUS.events().subList(200, 400)));
        assertNotNull(all.narrowed(CORPUS.events().subList(100, 200)));
    }

    private static void assertSameModel(TimelineModel expected, TimelineModel actual) {
        assertNotNull(actual);
        assertEquals(expected.mode(), actual.mode());
        assertEquals(expected.lanes(), actual.lanes());
        assertEquals(expected.dated(), actual.dated());
        assertEquals(expected.undated(), actual.undated());
        assertEquals(expected.isEmpty(), actual.isEmpty());
        assertEquals(expected.firstDay(), actual.firstDay());
        assertEquals(expected.lastDay(), actual.lastDay());
        for (int l = 0; l < expected.lanes().size(); l++) {
            TimelineModel.LaneEvents e = expected.lane(l);
            TimelineModel.LaneEvents a = actual.lane(l);
            assertEquals(e.events.length, a.events.length, "lane " + l);
            for (int i = 0; i < e.events.length; i++) {
                assertSame(e.events[i], a.events[i], "lane " + l + " event " + i);
            }
            assertArrayEquals(e.start, a.start);
            assertArrayEquals(e.end, a.end);
            assertArrayEquals(e.rank(), a.rank());
            for (double day = expected.firstDay() - 40; day < expected.lastDay() + 40; day += 97) {
                assertEquals(e.index.fromIndex(day), a.index.fromIndex(day));
            }
        }
        for (TimelineEvent ev : expected.dated()) {
            assertEquals(expected.laneOf(ev), actual.laneOf(ev));
        }
        if (!expected.isEmpty()) {
            assertEquals(expected.compressedAxis().breaks(), actual.compressedAxis().breaks());
        }
    }
}
