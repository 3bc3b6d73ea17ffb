package org.chronoscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which event ids each query returns, over seven hand-made events whose answers are worked out by hand. */
class EventQueryTableTest {
    private static final List<Actor> ACTORS = List.of(
            actor("russia", ActorKind.STATE, "russia", null),
            actor("putin", ActorKind.PERSON, "russia", "russia"),
            actor("eu", ActorKind.ORGANISATION, "eu", null),
            actor("germany", ActorKind.STATE, "eu", null),
            actor("wadephul", ActorKind.PERSON, "eu", "germany"),
            actor("us", ActorKind.STATE, "us", null),
            actor("witkoff", ActorKind.PERSON, "us", "us"));

    private static final List<TimelineEvent> EVENTS = List.of(
            event("kremlin-says", "2025-11-28", null, Category.STATEMENT, Origin.CURATED, "a.txt",
                    "The Kremlin received the plan", "russia"),
            event("putin-speaks", "2025-11-27", null, Category.STATEMENT, Origin.CURATED, "b.txt",
                    "Putin spoke in Bishkek", "putin"),
            event("geneva-talks", "2025-11-22", "2025-11-23", Category.TALKS, Origin.CURATED, "a.txt",
                    "Talks in Geneva last weekend", "us", "witkoff"),
            event("berlin-visit", "2025-12-01", null, Category.TALKS, Origin.EXTRACTED, "b.txt",
                    "Wadephul in Berlin", "wadephul"),
            event("eu-sanctions", "2025-10-15", "2025-10-31", Category.SANCTIONS, Origin.CURATED, "c.txt",
                    "The EU agreed new sanctions", "eu"),
            event("crimea-2014", "2014-03-18", null, Category.BACKGROUND, Origin.CURATED, "c.txt",
                    "Russia annexed Crimea", "russia"),
            event("undated-call", null, null, Category.TALKS, Origin.EXTRACTED, "a.txt",
                    "A call on Friday with Witkoff", "witkoff", "putin"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "everything                  | -          | -          | -              | -          | -       | -        | false | kremlin-says putin-speaks geneva-talks berlin-visit eu-sanctions crimea-2014 undated-call",
            "a side takes in its people  | -          | -          | russia         | -          | -       | -        | false | kremlin-says putin-speaks crimea-2014 undated-call",
            "a person is only themself   | -          | -          | putin          | -          | -       | -        | false | putin-speaks undated-call",
            "a state takes in its people | -          | -          | germany        | -          | -       | -        | false | berlin-visit",
            "a bloc takes in its states  | -          | -          | eu             | -          | -       | -        | false | berlin-visit eu-sanctions",
            "actors alternate            | -          | -          | putin witkoff  | -          | -       | -        | false | putin-speaks geneva-talks undated-call",
            "a range drops the undated   | 2025-11-01 | 2025-11-30 | -              | -          | -       | -        | false | kremlin-says putin-speaks geneva-talks",
            "a range overlaps a range    | 2025-10-31 | -          | -              | -          | -       | -        | false | kremlin-says putin-speaks geneva-talks berlin-visit eu-sanctions",
            "only an end                 | -          | 2025-11-22 | -              | -          | -       | -        | false | geneva-talks eu-sanctions crimea-2014",
            "criteria combine            | 2025-11-01 | -          | russia         | statement  | -       | -        | false | kremlin-says putin-speaks",
            "categories alternate        | -          | -          | -              | talks sanctions | -  | -        | false | geneva-talks berlin-visit eu-sanctions undated-call",
            "an article                  | -          | -          | -              | -          | c.txt   | -        | false | eu-sanctions crimea-2014",
            "every word must occur       | -          | -          | -              | -          | -       | GENEVA talks | false | geneva-talks",
            "a word found nowhere        | -          | -          | -              | -          | -       | geneva zzz | false | ''",
            "extracted events hidden     | -          | -          | witkoff        | -          | -       | -        | true  | geneva-talks"})
    void returns_these_events(String name, String from, String to, String actors, String categories,
                              String articles, String text, boolean hideExtracted, String expected) {
        EventQuery q = new EventQuery(date(from), date(to), words(actors), categorySet(categories), words(articles),
                "-".equals(text) ? "" : text, hideExtracted);
        List<String> ids = q.apply(EVENTS, ACTORS).stream().map(TimelineEvent::id).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(" ")), ids);
    }

    private static LocalDate date(String s) {
        return "-".equals(s) ? null : LocalDate.parse(s);
    }

    private static Set<String> words(String s) {
        return "-".equals(s) ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(" ")));
    }

    private static Set<Category> categorySet(String s) {
        return words(s).stream().map(id -> Category.valueOf(id.toUpperCase())).collect(
                java.util.stream.Collectors.toSet());
    }

    private static Actor actor(String id, ActorKind kind, String side, String affiliation) {
        return new Actor(id, id, kind, "", side, affiliation, List.of(), "#888888", ActorOrigin.CATALOGUE);
    }

    private static TimelineEvent event(String id, String start, String end, Category category, Origin origin,
                                       String article, String quote, String... actors) {
        EventDate date = new EventDate(start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), Precision.DAY,
                new DateBasis(start == null ? BasisKind.UNRESOLVED : BasisKind.STATED, null, article, null, ""));
        return new TimelineEvent(id, id.replace('-', ' '), "", date, category, List.of(actors), List.of(), Set.of(),
                List.of(new Passage(article, 0, quote.length(), quote)), origin, null);
    }
}
