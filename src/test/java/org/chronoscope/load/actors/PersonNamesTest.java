package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "Wong | Tiffany Wong Wing-sze | true",
            "Tiffany Wong | Tiffany Wong Wing-sze | true",
            "Wong Wing-sze | Tiffany Wong Wing-sze | true",
            "Bazoum | Mohamed Bazoum | true",
            "S. Jaishankar | Subrahmanyam Jaishankar | true",
            "Xi | Xi Jinping | true",
            "George Bush | George W. Bush | true",
            "Jinping Xi | Xi Jinping | false",
            "Nawaz Sharif | Shehbaz Sharif | false",
            "Mohamed Bazoum | Mohamed Bazoum | false",
            "Donald Trump | Donald Trump Jr. | false",
            "Donald Trump Jr. | Donald Trump Jr. | false",
            "Lee | Ursula von der Leyen | false",
    })
    void a_shorter_name_is_held_by_a_longer_one_word_by_word_in_order(String shorter, String longer,
                                                                       boolean expected) {
        assertEquals(expected, PersonNames.contains(Draft.words(longer), Draft.words(shorter)));
    }

    @Test
    void the_one_name_holding_a_shorter_one_is_found_and_a_name_several_hold_is_ambiguous() {
        PersonNames<String> names = new PersonNames<>(Draft::words);
        List.of("Kim Jong Un", "Kim Yo Jong", "Moon Jae-in").forEach(names::add);
        assertEquals("Moon Jae-in", names.unique(Draft.words("Moon"), null));
        assertEquals("Kim Yo Jong", names.unique(Draft.words("Yo Jong"), null));
        assertNull(names.unique(Draft.words("Kim"), null));
        assertEquals(2, names.containing(Draft.words("Kim"), null).size());
        assertNull(names.unique(Draft.words("Park"), null));
        assertNull(names.unique(Draft.words("Moon Jae-in"), "Moon Jae-in"));
    }
}
