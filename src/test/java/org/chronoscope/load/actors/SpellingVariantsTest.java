package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which two folded words of names are one name spelled two ways, and which spelling stands for them. */
class SpellingVariantsTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource({
        "mahamat, mahammat, true",     // a doubled letter
        "mohammed, mohammmed, true",   // a typed letter too many
        "deby, debi, true",            // final y / i
        "tinubu, tinibu, true",        // one vowel
        "bazoum, bazuom, true",        // two letters swapped
        "ouattara, ouatara, true",
        "prigozhin, prigojine, false", // a final letter more: another ending, another name
        "jaishankar, jayshankar, true",
        "maria, mario, false",         // another ending, another person
        "daniel, daniela, false",
        "shehbaz, nawaz, false",
        "lee, lie, false",             // too short to tell
        "marr, mars, false",
        "kim, kim, false",             // the same word is no variant of itself
        "kandé, kande, false",         // words arrive folded: accents are not this class's business
    })
    void variants(String a, String b, boolean expected) {
        assertEquals(expected, SpellingVariants.variants(a, b));
        assertEquals(expected, SpellingVariants.variants(b, a));
    }

    @Test
    void every_variant_maps_to_the_most_mentioned_spelling_and_others_stay_themselves() {
        SpellingVariants s = new SpellingVariants();
        s.add("mahamat", 5);
        s.add("mahammat", 1);
        s.add("mahamet", 2);
        s.add("deby", 3);
        s.add("debi", 1);
        s.add("barry", 2);
        assertEquals(List.of("mahamat", "deby"), s.of(List.of("mahammat", "debi")));
        assertEquals("mahamat", s.of("mahamet"));
        assertEquals("barry", s.of("barry"));
        assertEquals("ali", s.of("ali"));
    }
}
