package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronoscope.model.Actor;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actors found in sentences no catalogue was written for: id, kind and affiliation of each, and nothing else. */
class ActorDiscoveryTest {

    /** "id kind affiliation" of every actor the text names, sorted, joined by "; " ("-" for no affiliation). */
    static String found(String text) {
        ArticleActors a = Recognise.text(text);
        Map<String, String> out = new TreeMap<>();
        for (Mention m : a.mentions()) {
            if (m.kind() == EntityKind.ACTOR) {
                Actor x = a.actor(m.entityId());
                out.put(x.id(), x.id() + " " + x.kind().id() + " " + (x.affiliation() == null ? "-" : x.affiliation()));
            }
        }
        return String.join("; ", new TreeSet<>(out.values()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Prime Minister Keir Starmer said on Tuesday that Britain would not back down."
                    + " | keir-starmer person -; uk state -",
            "Indian External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Monday."
                    + " | s-jaishankar person india; wang-yi person china",
            "Paris said the deal was dead, while New Delhi insists it will go ahead. | france state -; india state -",
            "Talks were held in Paris and New Delhi last week. | ''",
            "Pakistan's foreign minister Ishaq Dar told reporters that Islamabad rejected the claim."
                    + " | ishaq-dar person pakistan; pakistan state -",
            "Mark Rutte, NATO's secretary general, warned of further attacks. Rutte said allies must spend more."
                    + " | mark-rutte person nato; nato organisation -",
            "The Bharatiya Janata Party (BJP) won the vote, and the BJP said it would form a government."
                    + " | bharatiya-janata-party organisation -",
            "Chinese Foreign Ministry spokesperson Lin Jian said Beijing's position was clear."
                    + " | china state -; lin-jian person china",
            "Indian officials said the Indian Army had responded to the attack. | india state -",
            "European Commission President Ursula von der Leyen met Donald Tusk, Poland's prime minister."
                    + " | donald-tusk person poland; poland state -; ursula-von-der-leyen person european-commission",
            "Jordan Bardella, the leader of the National Rally, criticised the plan."
                    + " | jordan-bardella person national-rally; national-rally organisation -",
            "Saudi Crown Prince Mohammed bin Salman hosted the talks in Riyadh."
                    + " | mohammed-bin-salman person saudi-arabia",
            "Bank of England Governor Andrew Bailey said rates would stay on hold."
                    + " | andrew-bailey person bank-of-england; bank-of-england organisation -",
            "Mr Albanese's government was criticised by Australian officials. | albanese person -; australia state -",
            "The French foreign minister, Jean-Noël Barrot, arrived in Kyiv on Sunday."
                    + " | jean-noel-barrot person france",
            "A senior Hamas official said the group would respond. | hamas organisation -",
            "Israel Katz said the army would continue its operations. | israel-katz person -",
            "Washington and Beijing agreed to extend the truce. | china state -; us state -",
            "According to John Smith, a spokesman for the ministry, the talks collapsed. | john-smith person -",
            "The Kremlin and Kyiv traded accusations on Monday. | russia state -; ukraine state -",
            "The Middle East Peace Plan was discussed on Monday. | ''",
            "On Tuesday, Reuters reported that the talks had stalled. | ''",
            "In March, the West Bank saw protests. | ''",
            "Speaking to reporters, Mexican President Claudia Sheinbaum said tariffs would hurt both countries."
                    + " | claudia-sheinbaum person mexico",
            "Japan's Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung met in Tokyo."
                    + " | japan state -; lee-jae-myung person south-korea; shigeru-ishiba person japan",
            "The International Monetary Fund (IMF) cut its forecast; the IMF said growth would slow."
                    + " | imf organisation -",
            "Officials from the Philippines and Vietnam met in Manila. | philippines state -; vietnam state -",
            "Prime Minister Keir Starmer met U.S. President Donald Trump on Monday. | keir-starmer person -;"
                    + " trump person us",
            "The summit was held in Argentina, where Brazil's president spoke. | brazil state -",
            "The NATO summit opened in Vilnius on Tuesday. | ''",
            "A Greenpeace spokesman said the ship had been boarded. | greenpeace organisation -",
            "The American Bar Association criticised the ruling. | american-bar-association organisation us",
            "The Japan Meteorological Agency said the tremor was strong."
                    + " | japan-meteorological-agency organisation japan",
            "The humanitarian group Médecins du Monde said the clinic had closed."
                    + " | medecins-du-monde organisation -",
            "Gazprom's rival Novatek said output rose. | gazprom organisation -; novatek organisation -",
            "Protesters gather outside the court on Monday. (AP Photo/Jane Roe) | ''",
            "BOGOTA, Colombia (Reuters) - Colombian officials said on Monday that the talks would resume."
                    + " | colombia state -",
            "George W. Bush met Vladimir Putin in Slovenia. | george-w-bush person -; putin person russia",
            "Officials said Donald J. Trump would attend the dinner. | trump person us",
            "Melania Trump visited the hospital on Friday. | melania-trump person -",
            "An official of the Federal Emergency Management Agency, FEMA, said the money had run out."
                    + " FEMA said on Monday it would ask for more. | federal-emergency-management-agency organisation -",
    })
    void sentences_give_their_actors_with_kind_and_affiliation(String text, String expected) {
        assertEquals(expected, found(text));
    }
}
