package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.chronoscope.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private static List<Mention> find(String text) {
        return Recognise.text(text).mentions();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Selensky understands that | zelensky | Selensky",
            "Greenya responded by publishing | zelensky | Greenya",
            "of a green Greeny attitude | zelensky | Greeny",
            "Volodymyr Zelenskyj in recent days | zelensky | Volodymyr Zelenskyj",
            "a top adviser to Zelenskyy | zelensky | Zelenskyy",
            "Kiev and Europe, on the other hand | ukraine | Kiev",
            "Kyiv’s forces remained in control | ukraine | Kyiv",
            "On Friday, the Kremlin confirmed | russia | Kremlin",
            "Yesterday, Russia’s leader signalled | putin | Russia’s leader",
            "a senior Kremlin aide emphasized | kremlin-aide | senior Kremlin aide",
            "U.S. Army Secretary Dan Driscoll | driscoll | Dan Driscoll",
            "told the U.N. Security Council that | unsc | U.N. Security Council",
            "After a meeting of the coalition supporting Ukraine this week | coalition | coalition supporting Ukraine",
            "Witkoff and Kirill Dmitriev, a close adviser | dmitriev | Kirill Dmitriev",
            "Turkish Foreign Minister Hakan Fidan to discuss | fidan | Hakan Fidan",
    })
    void actor_aliases_are_found_with_their_text(String text, String id, String shown) {
        Mention m = find(text).stream().filter(x -> x.entityId().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not found in: " + text + " → " + find(text)));
        assertEquals(EntityKind.ACTOR, m.kind());
        assertEquals(shown, text.substring(m.start(), m.end()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "withdraw from the Ukrainian Zaporozka nuclear power plant | zaporizhzhia",
            "US wants Russians to leave Zaporožská power plant | zaporizhzhia",
            "Small part of the Zaporoza region | zaporizhzhia",
            "in the Charson and Small part | kherson",
            "in the Kharkov region | kharkiv",
            "unlimited access through the Dneper River | dnipro",
            "the Donbass region was incorporated | donbas",
            "talks at Trump’s Mar-a-Lago base | mar-a-lago",
            "After talks in the German capital involving | berlin",
    })
    void place_spellings_are_found(String text, String id) {
        assertTrue(find(text).stream().anyMatch(m -> m.kind() == EntityKind.PLACE && m.entityId().equals(id)),
                () -> id + " not found in: " + text + " → " + find(text));
    }

    @Test
    void a_capital_after_a_place_preposition_is_the_place_not_the_government() {
        List<Mention> in = find("Dan Driscoll was also in Kyiv on Thursday");
        assertTrue(in.stream().anyMatch(m -> m.entityId().equals("kyiv") && m.kind() == EntityKind.PLACE));
        assertTrue(in.stream().noneMatch(m -> m.entityId().equals("ukraine")));
        List<Mention> agent = find("Moscow intends to establish full control");
        assertTrue(agent.stream().anyMatch(m -> m.entityId().equals("russia")));
        assertTrue(agent.stream().anyMatch(m -> m.entityId().equals("moscow")));
    }

    @Test
    void words_that_only_contain_a_name_are_not_mentions() {
        assertTrue(find("Trumpet players usually eat ukraineish food; the Russianness of it").isEmpty());
        assertTrue(find("Let us go, and tell us more").stream().noneMatch(m -> m.entityId().equals("us")));
    }

    @Test
    void the_bundled_file_has_every_actor_the_seeds_name_with_a_colour_and_a_side() {
        List<Problem> problems = new ArrayList<>();
        Gazetteer g = Gazetteer.bundled(problems);
        assertTrue(problems.isEmpty(), problems.toString());
        for (String id : List.of("trump", "witkoff", "kushner", "rubio", "driscoll", "leavitt", "pompeo", "putin",
                "lavrov", "dmitriev", "gerasimov", "kremlin-aide", "zelensky", "yermak", "umerov", "hayovyshyn",
                "kallas", "wadephul", "fidan", "us", "russia", "ukraine", "eu", "nato", "unsc", "coalition")) {
            assertTrue(g.hasActor(id), id);
        }
        g.actors().forEach(a -> {
            assertTrue(a.color().matches("#[0-9a-f]{6}"), a.id());
            assertTrue(g.hasActor(a.side()), a.id() + " has unknown side " + a.side());
        });
        assertEquals("us", g.actors().stream().filter(a -> a.id().equals("witkoff")).findFirst().orElseThrow()
                .affiliation());
    }
}
