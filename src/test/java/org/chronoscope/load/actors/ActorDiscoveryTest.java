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
            // organisations whose names hold lower-case words, a country or a people: the whole name, one id
            "The Institute for the Study of War said the offensive had stalled."
                    + " | institute-for-the-study-of-war organisation -",
            "The Council on Foreign Relations published the report on Monday. | council-on-foreign-relations"
                    + " organisation -",
            "The National Union of Mineworkers said its members would strike."
                    + " | national-union-of-mineworkers organisation -",
            "The Transitional Council for the Defence of the Republic dissolved the cabinet."
                    + " | transitional-council-for-the-defence-of-the-republic organisation -",
            "A lawyer appealed to the Supreme Court of Canada on Friday. | supreme-court-of-canada organisation canada",
            "The Federation of Malaysian Manufacturers said exports fell."
                    + " | federation-of-malaysian-manufacturers organisation -",
            "The Government of Kenya said the talks would resume. | kenya state -",
            "Bank of England Governor Andrew Bailey met the Secretary of State for Wales. | andrew-bailey person"
                    + " bank-of-england; bank-of-england organisation -",
            // acronyms: "Long Name (ACR)", "ACR (Long Name)", initials of a name the article gave before
            "The Southern African Development Community (SADC) met on Monday. SADC said it would send observers."
                    + " | southern-african-development-community organisation -",
            "IGAD (Intergovernmental Authority on Development) envoys met in Nairobi. IGAD said the truce held."
                    + " | intergovernmental-authority-on-development organisation -",
            "The Organisation of Eastern Caribbean States met on Tuesday. Later the OECS said it opposed the blockade."
                    + " | organisation-of-eastern-caribbean-states organisation -",
            "Members of the Sudanese Armed Forces (SAF) clashed with the Rapid Support Forces (RSF). The RSF said it"
                    + " had taken the city. | rapid-support-forces organisation -; sudanese-armed-forces organisation"
                    + " sudan",
            "The Economic Council of Eastern States (ECES) met on Monday. | economic-council-of-eastern-states"
                    + " organisation -",
            "NATO (North Atlantic Treaty Organization) allies met in Brussels. | nato organisation -",
            // people named again shorter: one person when only one name holds the shorter one, else apart
            "Maria Chan Mei-ling, a lawmaker, opposed the bill. Ms Chan said the vote was close. Maria Chan later"
                    + " abstained. | maria-chan-mei-ling person -",
            "Former president Mahamadou Issoufou spoke on Monday. Issoufou said he would mediate. President"
                    + " Issoufou arrived on Tuesday. | mahamadou-issoufou person -",
            "Kim Jong Un met Kim Yo Jong on Friday. Kim said the talks went well. | kim person -;"
                    + " kim-jong-un person -; kim-yo-jong person -",
            "Xi Jinping met Joe Biden in Bali. Xi said the two sides must talk. | joe-biden person -;"
                    + " xi-jinping person -",
            "Thai Prime Minister Paetongtarn Shinawatra said Bangkok wanted peace. Ms Paetongtarn spoke after"
                    + " Cambodian leader Hun Manet accused Thailand of aggression. | hun-manet person cambodia;"
                    + " paetongtarn-shinawatra person thailand; thailand state -",
            "Nigeria's President Bola Tinubu met Ghanaian President John Mahama in Abuja. Tinubu's spokesman said"
                    + " the meeting went well. | bola-tinubu person nigeria; john-mahama person ghana; nigeria state -",
            // a capital or a demonym as the government, a title's country as the person's affiliation
            "Ottawa insists the tariffs are illegal, Canadian officials said. | canada state -",
            "A Peruvian minister, Javier Gonzalez-Olaechea, said Lima would not yield."
                    + " | javier-gonzalez-olaechea person peru",
            "Kenyan Foreign Minister Musalia Mudavadi said on Monday that the talks would resume."
                    + " | musalia-mudavadi person kenya",
            "He said he tasked his deputy, Foreign Minister Ana Costa, to coordinate with U.S. Secretary of State"
                    + " Marco Rubio. | ana-costa person -; rubio person us",
            // names of places and things, and headings in title case, are no actors
            "Shelling hit the Preah Khan and Banteay Srei temples, Cambodian officials said. | cambodia state -",
            "The blast hit Kampong Speu province on Friday. | ''",
            "A Thai F-16 jet bombed the bridge on Monday. | ''",
            "The minister posted the video on Blue Lantern Social late on Sunday. | ''",
            "Families returned to homes in Upper Kalvara. The army shelled Upper Kalvara again on Friday. | ''",
            "Kenya and Uganda Agree to Reopen Border Crossings after Long Standoff\\n\\nKenyan officials said on Monday"
                    + " the border would reopen. | kenya state -; uganda state -",
            // an acronym in title case (British style) is the acronym: joined to its long name
            "The Southern African Development Community met on Monday. Later Sadc said it would send observers."
                    + " | southern-african-development-community organisation -",
            "The Sadc summit opened on Monday. The Southern African Development Community (SADC) said it would"
                    + " send observers. | southern-african-development-community organisation -",
            "Coup plotters said on Monday they had taken power. | ''",
            "The Company and the Guarantor signed the deed. The Company and the Trustee said it was void. | ''",
            "Under the deed, the Company and its subsidiaries must pay. | ''",
            "The Economic Community of West Coast States (ECWCS) met. Ecwcs said it would act."
                    + " | economic-community-of-west-coast-states organisation -",
            "Developer Harbour Crest Group said sales fell. | harbour-crest-group organisation -",
            "Regulators in Tokyo fined Harbour Crest Inc on Monday. | harbour-crest-inc organisation -",
            "Opec members met in Vienna. Later Opec said output would rise. | opec organisation -",
            // junk organisations: a defined term before "and", a common noun at a sentence's start, a place's
            // abbreviation
            "The deed binds the Company and the Trustee. The Company and its officers denied wrongdoing. | ''",
            "Coup leaders dissolved parliament on Monday. Coup plotters were arrested. | ''",
            "Shares of carmakers fell in HK on Monday, HK officials said. | hong-kong state -",
            "Developers in HK said on Monday that sales rose. | ''",
            // a descriptor noun at a sentence's start is no part of the name; a name ending Limited is no person
            "Lender Harbour Crest Capital Group said it would cut jobs. | harbour-crest-capital-group organisation -",
            "Insurer Grand Orchid Holdings said on Monday that claims rose."
                    + " | grand-orchid-holdings organisation -",
            "The court wound up Top Bright Trading Limited on Monday. Top Bright Trading Limited had debts."
                    + " | top-bright-trading-limited organisation -",
            // firm names joined by "&" are one organisation
            "Advisers at Holloway & Finch said the sale would close in May. | holloway-finch organisation -",
            "Marrow & Pike said on Monday it would appeal. | marrow-pike organisation -",
            "Shares in Bell & Bell rose after Bell & Bell said profits doubled. | bell-bell organisation -",
            "New Harbour Shipping Holdings said on Monday it would sell ships."
                    + " | new-harbour-shipping-holdings organisation -",
            "New talks opened in Lima on Monday. | ''",
            // junk: coordination fragments, sentence-start common nouns, navigation labels
            "Company and Harbour Bank said on Monday they had signed the deal. | harbour-bank organisation -",
            "Brightwater Company and Harbour Bank said on Monday they had signed the deal."
                    + " | brightwater-company organisation -; harbour-bank organisation -",
            "Junta says it will not yield. The soldiers said they were in control. | ''",
            "Sanctions bite. Sanctions imposed by the bloc hit the economy on Monday. | ''",
            "Coup plotters said on Sunday they had dissolved the government. | ''",
            // firms with no corporate suffix are organisations, not people
            "Lakeview Global said on Monday it would appeal. | lakeview-global organisation -",
            "The petition was filed by Kingsway Capital, a creditor owed $1.5 million."
                    + " | kingsway-capital organisation -",
            "A creditor, Top Harbour Global, filed the petition on Monday. | top-harbour-global organisation -",
            "The creditor Marlow Keating filed a claim in June. | marlow-keating organisation -",
            "A creditor, Marlow Keating, filed a claim in June. | marlow-keating organisation -",
            "Creditor representative Marlow Keating said on Monday the claim stood. | marlow-keating person -",
    })
    void sentences_give_their_actors_with_kind_and_affiliation(String text, String expected) {
        assertEquals(expected, found(text.replace("\\n", "\n")));
    }

    @org.junit.jupiter.api.Test
    void a_page_s_section_label_is_no_organisation() {
        assertEquals("", found("Press & Media\n\nThe company said on Monday it would appeal."));
        assertEquals("", found("News & Events\n\nThe junta said on Monday it would hold talks."));
        assertEquals("marrow-pike organisation -", found("Marrow & Pike said on Monday it would appeal."));
    }

    /** "as written → the actor's name" for every actor mention, in text order, joined by "; ". */
    static String linked(String text) {
        ArticleActors a = Recognise.text(text);
        return String.join("; ", a.mentions().stream().filter(m -> m.kind() == EntityKind.ACTOR)
                .map(m -> m.text() + " > " + a.actor(m.entityId()).name()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Southern African Development Community (SADC) met on Monday. SADC said it would send observers."
                    + " | Southern African Development Community > Southern African Development Community;"
                    + " SADC > Southern African Development Community",
            "IGAD (Intergovernmental Authority on Development) envoys met. IGAD said the truce held."
                    + " | IGAD > Intergovernmental Authority on Development; Intergovernmental Authority on Development"
                    + " > Intergovernmental Authority on Development; IGAD > Intergovernmental Authority on Development",
            "The Organisation of Eastern Caribbean States met on Tuesday. Later the OECS said it opposed the blockade."
                    + " | Organisation of Eastern Caribbean States > Organisation of Eastern Caribbean States;"
                    + " OECS > Organisation of Eastern Caribbean States",
            "The UEC said on Monday that the Union of European Carriers had been misquoted."
                    + " | UEC > Union of European Carriers; Union of European Carriers > Union of European Carriers",
            "The Institute for the Study of War said the offensive had stalled."
                    + " | Institute for the Study of War > Institute for the Study of War",
            "A lawyer appealed to the Supreme Court of Canada on Friday."
                    + " | Supreme Court of Canada > Supreme Court of Canada",
            "Maria Chan Mei-ling, a lawmaker, opposed the bill. Ms Chan said the vote was close. Maria Chan later"
                    + " abstained. | Maria Chan Mei-ling > Maria Chan Mei-ling; Chan > Maria Chan Mei-ling;"
                    + " Maria Chan > Maria Chan Mei-ling",
            "Former president Mahamadou Issoufou spoke on Monday. Issoufou said he would mediate. President"
                    + " Issoufou arrived on Tuesday. | Mahamadou Issoufou > Mahamadou Issoufou; Issoufou > Mahamadou"
                    + " Issoufou; Issoufou > Mahamadou Issoufou",
            "Kim Jong Un met Kim Yo Jong on Friday. Kim said the talks went well. | Kim Jong Un > Kim Jong Un;"
                    + " Kim Yo Jong > Kim Yo Jong; Kim > Kim",
            "George W. Bush met Laura Bush. Bush said the visit was private. | George W. Bush > George W. Bush;"
                    + " Laura Bush > Laura Bush; Bush > Bush",
            "Mohammed bin Salman met Joe Biden in Jeddah. Biden said the talks were frank. | Mohammed bin Salman >"
                    + " Mohammed bin Salman; Joe Biden > Joe Biden; Biden > Joe Biden",
    })
    void a_name_written_again_shorter_or_as_an_acronym_is_the_same_actor(String text, String expected) {
        assertEquals(expected, linked(text));
    }
}
