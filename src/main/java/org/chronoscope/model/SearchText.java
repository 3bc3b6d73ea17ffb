package org.chronoscope.model;

import java.util.List;
import java.util.Locale;

/**
 * The lower-cased text an event is searched by (title, summary, every quote), kept for the last list of events
 * searched: typing in the search field searches the same corpus keystroke after keystroke, and building and
 * lower-casing 100,000 events' texts each time would cost more than the search itself.
 */
final class SearchText {
    private record Texts(List<TimelineEvent> events, String[] texts) {
    }

    private static volatile Texts last;

    private SearchText() {
    }

    /**
     * The texts of events, by index (made once per list, while the list is the one searched last). Synchronized:
     * a search that starts while a background thread builds the texts waits for them instead of building them
     * again.
     */
    static synchronized String[] of(List<TimelineEvent> events) {
        Texts t = last;
        if (t == null || t.events() != events) {
            String[] texts = new String[events.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = of(events.get(i));
            }
            t = new Texts(events, texts);
            last = t;
        }
        return t.texts();
    }

    static String of(TimelineEvent e) {
        StringBuilder hay = new StringBuilder(e.title()).append('\n').append(e.summary() == null ? "" : e.summary());
        for (Passage p : e.sources()) {
            hay.append('\n').append(p.quote());
        }
        return hay.toString().toLowerCase(Locale.ROOT);
    }
}
