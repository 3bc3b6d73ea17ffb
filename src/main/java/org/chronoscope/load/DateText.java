package org.chronoscope.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.chronoscope.model.Article;
import org.chronoscope.model.PublicationDate;

/** Dates as the UI and explanations write them: "Fri 28 Nov 2025". */
public final class DateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    public static String day(LocalDate d) {
        return d == null ? "unknown date" : DAY.format(d);
    }

    /**
     * An article's date as explanations write it, with how it was found when that is weaker than the article's
     * own metadata: "Mon 24 Oct 2011 (date in the article's address)".
     */
    public static String articleDay(Article a) {
        PublicationDate p = a.meta().published();
        return p.source().isInferred() ? day(p.date()) + " (" + p.source().label() + ")" : day(p.date());
    }
}
