package org.chronoscope.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelStartTest {

    @ParameterizedTest(name = "{0} at {1}–{2}, label {3} px → {4}")
    @CsvSource({
        // on screen: right of the diamond, inside a bar
        "POINT, 100, 101, 120, 109.5",
        "RANGE, 100, 300, 120, 106",
        // the mark just off the left edge, the label still partly in view: kept whole at the edge
        "POINT, -30, -29, 120, 4",
        "DEADLINE, -30, -29, 120, 4",
        "RANGE, -60, -50, 120, 4",
        // a bar across the edge keeps its label at the edge while the bar is in view
        "RANGE, -200, 300, 120, 6",
        // far enough left that the label would not show at all: left where it is
        "POINT, -300, -299, 120, -290.5"})
    void labels_of_events_starting_off_the_left_edge_are_not_cut(TimelineFrame.Kind kind, double x0, double x1,
                                                                  double width, double expected) {
        assertEquals(expected, TimelinePainter.labelStart(kind, x0, x1, width), 1e-9);
    }
}
