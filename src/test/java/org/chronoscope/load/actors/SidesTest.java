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
import org.chronoscope.model.Actor;
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
