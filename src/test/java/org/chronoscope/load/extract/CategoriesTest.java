package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.chronoscope.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence's category from its words, the most specific one winning. */
class CategoriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The junta that overthrew the government dissolved parliament. | MILITARY",
        "The High Court ordered the liquidation of the shipping firm. | COURT",
        "The judge adjourned the winding-up petition to March. | COURT",
        "Shares of the developer fell 20% in Hong Kong. | ECONOMY",
        "Creditors approved the restructuring of the company's debt. | ECONOMY",
        "The bloc imposed sanctions on the junta. | SANCTIONS",
        "The ultimatum to the junta expired at midnight. | DEADLINE",
        "Leaders will hold an extraordinary summit in Abuja. | TALKS",
        "The minister said the plan was sound. | PLAN",
        "The weather was mild. | BACKGROUND",
    })
    void category(String sentence, Category expected) {
        assertEquals(expected, Categories.of(Words.of(sentence), null));
    }
}
