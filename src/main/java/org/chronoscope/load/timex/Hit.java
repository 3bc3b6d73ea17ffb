package org.chronoscope.load.timex;

/**
 * A form found in the text before it is resolved: what kind of expression, and the parts read from it.
 * Resolution is a separate step so the same hit can be resolved again against another anchor
 * (quoted speech, see {@link QuotedSpeech}).
 */
final class Hit {
    enum Kind {
        FULL_DATE, MONTH_DAY, MONTH_YEAR, MONTH, YEAR, DECADE, WEEKDAY, DAY_OFFSET, NARRATIVE_DAY, NARRATIVE_SHIFT, PERIOD,
        SEASON, PERIOD_EDGE, QUARTER, CENTURY, AGO, VAGUE, REF, PRESENT, DURATION, VAGUE_DURATION
    }

    /** Units of periods and durations. */
    static final char HOUR = 'H', MINUTE = 'N', SECOND = 'C';
    static final char DAY = 'D', WEEK = 'W', WEEKEND = 'E', MONTH = 'M', YEAR = 'Y', DECADE = 'X', SEASON = 'S';

    final Kind kind;
    int start;
    int end;
    /** Preposition before the form ("since", "by"), lower case, or null. */
    String prep;
    /** Modifier ("last", "this", "earlier this", "early", "end", "deadline"), lower case, or null. */
    String mod;
    int year;
    int month;
    int day;
    /** 1 = Monday .. 7 = Sunday. */
    int weekday;
    /** The last day of a range of days ("January 7-8", "Monday and Tuesday"): its day, month (0 = same), weekday. */
    int endDay;
    int endMonth;
    int endWeekday;
    /** A weekday in brackets after the expression ("tomorrow (Friday)"): confirms or corrects the day; 0 if none. */
    int confirm;
    /** "nine and a half hours": the quantity plus a half. */
    boolean half;
    /** Signed offset or amount; -1 for a vague amount where it is an amount. */
    int quantity;
    char unit;
    /** Season index 0..3 = spring, summer, autumn, winter. */
    int season = -1;
    /** "early"/"late"/"earlier"/"later" before a period ("early next year"), or null. */
    String edge;
    /** Counted from the last day the text spoke of ("the following week"), not from the anchor. */
    boolean narrative;
    /** The date the text last spoke of, at any precision ("In 2023 … in July of that year"), or null. */
    java.time.LocalDate topic;

    Hit(Kind kind, int start, int end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }
}
