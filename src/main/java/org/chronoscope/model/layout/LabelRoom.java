package org.chronoscope.model.layout;

/**
 * Fit-all that leaves room on the right for labels: labels run to the right of their marks, so the last events'
 * labels need the axis to stop short of the edge. Finds the widest usable axis at which every label ends inside
 * the picture.
 */
public final class LabelRoom {

    private LabelRoom() {
    }

    /**
     * A scale showing real days [from, to) from leftMargin on, its right margin at least minRight and at most
     * maxRightShare of the width, as small as lets every label end before width.
     *
     * @param days  where each label's mark is (real epoch days)
     * @param reach how far right of its mark each label ends (pixels), same order
     */
    public static TimeScale fit(double from, double to, double width, double leftMargin, double minRight,
                                double maxRightShare, double[] days, double[] reach, AxisWarp warp) {
        double usable = width - leftMargin - minRight;
        double floor = width * (1 - maxRightShare) - leftMargin;
        double vFrom = warp.toVirtual(from);
        double vSpan = Math.max(warp.toVirtual(to), vFrom + 1) - vFrom;
        for (int i = 0; i < days.length; i++) {
            double f = (warp.toVirtual(days[i]) - vFrom) / vSpan;
            if (f > 0) {
                usable = Math.min(usable, (width - leftMargin - reach[i]) / f);
            }
        }
        usable = Math.max(usable, Math.min(floor, width - leftMargin - minRight));
        return TimeScale.fit(from, to, width, leftMargin, width - leftMargin - usable, warp);
    }
}
