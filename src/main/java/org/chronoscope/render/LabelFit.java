package org.chronoscope.render;

import java.util.Comparator;
import java.util.List;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.layout.AxisWarp;
import org.chronoscope.model.layout.LabelRoom;
import org.chronoscope.model.layout.Prominence;
import org.chronoscope.model.layout.TimeScale;
import org.chronoscope.model.layout.TimelineModel;

/** "Fit all" for the screen and the export: the days given, with room on the right for the last labels. */
public final class LabelFit {
    /** Margin, in pixels, kept at the right end. */
    private static final double RIGHT_MARGIN = 24;
    /** How many of the latest events "fit all" measures the labels of, to leave them room on the right. */
    private static final int LABELS_MEASURED = 80;
    /** Beyond this many events, fit-all leaves room for the labels of only the most prominent of the last ones. */
    private static final int CROWDED = 2_000;
    private static final int CROWDED_LABELS = 6;

    private LabelFit() {
    }

    /**
     * Fit-all leaving room on the right so the last events' labels end inside the picture (at most a third of
     * the width is given up for them). Shared with the PNG export.
     */
    public static TimeScale fitWithLabels(TimelineModel m, double from, double to, double w, double leftMargin,
                                          AxisWarp warp, TimelinePainter painter) {
        List<TimelineEvent> dated = m.dated();
        List<TimelineEvent> last = dated.subList(dated.size() - Math.min(LABELS_MEASURED, dated.size()),
                dated.size());
        if (dated.size() > CROWDED) { // a crowded end keeps only its most prominent labels
            last = last.stream().sorted(Comparator.comparingInt(Prominence::score).reversed())
                    .limit(CROWDED_LABELS).toList();
        }
        int n = last.size();
        double[] days = new double[n];
        double[] reach = new double[n];
        for (int i = 0; i < n; i++) {
            TimelineEvent e = last.get(i);
            days[i] = TimelinePainter.labelDay(e);
            reach[i] = painter.labelReach(m, e) + 8;
        }
        return LabelRoom.fit(from, to, w, leftMargin, RIGHT_MARGIN, 1 / 3.0, days, reach, warp);
    }
}
