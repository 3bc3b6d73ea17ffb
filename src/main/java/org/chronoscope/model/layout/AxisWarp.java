package org.chronoscope.model.layout;

import java.util.List;

/**
 * A monotonic map between real time (epoch days) and axis time ("virtual" days). The identity leaves the axis
 * linear; {@link CompressedAxis} shortens quiet stretches.
 */
public interface AxisWarp {

    AxisWarp NONE = new AxisWarp() {
        @Override
        public double toVirtual(double day) {
            return day;
        }

        @Override
        public double toReal(double virtualDay) {
            return virtualDay;
        }

        @Override
        public List<Break> breaks() {
            return List.of();
        }
    };

    double toVirtual(double day);

    double toReal(double virtualDay);

    /** The compressed stretches, in real days, in order. */
    List<Break> breaks();

    /** A quiet stretch [from, to) of real days drawn shorter than it is. */
    record Break(double from, double to) {
        public double length() {
            return to - from;
        }
    }
}
