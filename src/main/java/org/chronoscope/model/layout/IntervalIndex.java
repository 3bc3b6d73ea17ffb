package org.chronoscope.model.layout;

import java.util.Arrays;

/**
 * Which intervals meet a window, for intervals sorted by start: binary search on the starts, widened by the
 * longest interval. Answers an index range [from, to) to scan; callers skip the few that end before the window.
 */
public final class IntervalIndex {
    private final double[] starts;
    private final double longest;

    /** @param starts sorted ascending; @param ends same order, end &gt;= start */
    public IntervalIndex(double[] starts, double[] ends) {
        this.starts = starts;
        double max = 0;
        for (int i = 0; i < starts.length; i++) {
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("starts not sorted at " + i);
            }
            max = Math.max(max, ends[i] - starts[i]);
        }
        this.longest = max;
    }

    /** First index that may meet a window starting at day. */
    public int fromIndex(double day) {
        return lowerBound(day - longest);
    }

    /** One past the last index starting before day. */
    public int toIndex(double day) {
        return lowerBound(day);
    }

    private int lowerBound(double value) {
        int i = Arrays.binarySearch(starts, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == value) {
            i--;
        }
        return i;
    }
}
