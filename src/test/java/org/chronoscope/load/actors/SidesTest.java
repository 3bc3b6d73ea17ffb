package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.load.Seeds;
import java.time.LocalDate;
import java.util.Set;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Category;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Passage;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.layout.Lane;
import org.chronoscope.model.layout.LaneMode;
import org.chronoscope.model.layout.TimelineModel;
import org.junit.jupiter.api.Test;

class SidesTest {

    private static Corpus twoCountries() throws URISyntaxException {
        return CorpusLoader.load(Path.of(SidesTest.class.getResource("/actors/two-countries").toURI()));
    }

    private static List<String> laneIds(Corpus c) {
        return TimelineModel.of(c.events(), c.actors(), LaneMode.SIDE).lanes().stream().map(Lane::id).toList();
    }

    @Test
    void a_story_about_two_other_countries_gets_their_lanes() throws URISyntaxException {
        Corpus c = twoCountries();
        List<String> lanes = laneIds(c);
        assertEquals(List.of("india", "pakistan"), lanes.stream().filter(id -> !id.equals(Actor.NO_SIDE)).sorted()
                .toList(), lanes.toString());
        Map<String, Actor> byId = c.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        assertEquals("india", byId.get("subrahmanyam-jaishankar").side());
        assertEquals("pakistan", byId.get("ishaq-dar").side());
        assertEquals(byId.get("pakistan").color(), byId.get("shehbaz-sharif").color());
        assertNotEquals(byId.get("india").color(), byId.get("pakistan").color());
        assertTrue(c.actors().stream().noneMatch(a -> a.id().equals("us") || a.id().equals("russia")));
    }

    @Test
    void a_state_the_articles_name_often_is_a_side_even_with_one_event() {
        List<Actor> actors = List.of(state("turkey"), state("syria"), state("indonesia"),
                new Actor("erdogan", "Recep Tayyip Erdogan", ActorKind.PERSON, "", Actor.NO_SIDE, "turkey",
                        List.of("Erdogan"), Sides.NO_SIDE_COLOR, ActorOrigin.DISCOVERED));
        List<TimelineEvent> events = List.of(event("a", "erdogan"), event("b", "turkey"), event("c", "erdogan",
                "turkey"), event("d", "turkey"), event("e", "syria", "turkey"), event("f", "indonesia"));
        List<Actor> sided = Sides.assign(actors, events, Map.of("turkey", 11, "erdogan", 5, "syria", 5,
                "indonesia", 1), Recognise.BUNDLED.catalogue());
        Map<String, Actor> byId = sided.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        assertEquals(List.of("turkey", "syria"), sided.stream().filter(Actor::isSide).map(Actor::id).toList());
        assertEquals("turkey", byId.get("erdogan").side());
        assertEquals(Actor.NO_SIDE, byId.get("indonesia").side());
        assertEquals(Sides.NO_SIDE_COLOR, byId.get("indonesia").color());
    }

    private static Actor state(String id) {
        return new Actor(id, id, ActorKind.STATE, "", Actor.NO_SIDE, null, List.of(id), Sides.NO_SIDE_COLOR,
                ActorOrigin.DISCOVERED);
    }

    private static TimelineEvent event(String id, String... actors) {
        EventDate date = new EventDate(LocalDate.of(2023, 2, 6), null, Precision.DAY,
                new DateBasis(BasisKind.STATED, null, "a.txt", null, ""));
        return new TimelineEvent(id, id, "", date, Category.STATEMENT, List.of(actors), List.of(), Set.of(),
                List.of(new Passage("a.txt", 0, 1, "x")), Origin.EXTRACTED, null);
    }

    @Test
    void a_discovered_side_keeps_its_colour_from_one_load_to_the_next() throws URISyntaxException {
        Map<String, String> first = colours(twoCountries());
        Map<String, String> second = colours(twoCountries());
        assertEquals(first.get("india"), second.get("india"));
        assertTrue(first.get("india").matches("#[0-9a-f]{6}"));
    }

    private static Map<String, String> colours(Corpus c) {
        return c.actors().stream().collect(Collectors.toMap(Actor::id, Actor::color));
    }

    @Test
    void the_seeds_keep_their_four_sides_in_catalogue_order_and_colours() {
        Corpus c = Seeds.corpus();
        assertEquals(List.of("us", "russia", "ukraine", "eu"), laneIds(c).stream()
                .filter(id -> !id.equals(Actor.NO_SIDE)).toList());
        Map<String, String> colours = colours(c);
        assertEquals("#2f6fdb", colours.get("us"));
        assertEquals(colours.get("us"), colours.get("witkoff"));
        assertEquals(colours.get("eu"), colours.get("wadephul"));
    }
}
