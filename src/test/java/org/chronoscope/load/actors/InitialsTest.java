package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitialsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "SADC | Southern African Development Community | true | true",
            "OECS | the Organisation of Eastern Caribbean States | true | true",
            "OOECS | Organisation of Eastern Caribbean States | true | true",
            "NUM | National Union of Mineworkers | true | true",
            "CPR | Committee to Protect Rivers | true | true",
            "ACDC | Anti-Corruption Development Council | true | true",
            "ADC | Anti-Corruption Development Council | true | true",
            "IGAD | Intergovernmental Authority on Development | false | true",
            "BBC | Southern African Development Community | false | false",
            "SAD | Southern African Development Community | false | false",
            "UN | United | false | false",
    })
    void an_acronym_abbreviates_a_name_by_its_initials_and_fits_it_by_its_letters(String acronym, String name,
                                                                                  boolean abbreviates, boolean fits) {
        assertEquals(abbreviates, Initials.abbreviates(acronym, name));
        assertEquals(fits, Initials.fits(acronym, name));
    }

    @Test
    void the_index_gives_the_one_name_an_acronym_abbreviates_and_none_when_two_share_it() {
        Initials<String> index = new Initials<>();
        index.add("Southern African Development Community", "sadc-long");
        index.add("National Union of Mineworkers", "num-long");
        index.add("National Union of Musicians", "num-other");
        assertEquals("sadc-long", index.get("SADC"));
        assertNull(index.get("NUM"));
        assertNull(index.get("XYZ"));
    }
}
