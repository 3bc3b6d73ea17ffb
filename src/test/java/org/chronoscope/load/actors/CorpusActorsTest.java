package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronoscope.model.Actor;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.ActorOrigin;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.junit.jupiter.api.Test;

class CorpusActorsTest {

    private static CorpusActors corpus(String... texts) {
        List<ArticleActors> found = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            found.add(Recognise.BUNDLED.recognise(Recognise.article("a" + i + ".txt", texts[i])));
        }
        return CorpusActors.of(Recognise.BUNDLED.catalogue(), found);
    }

    private static List<String> ids(CorpusActors c, String article) {
        return c.article(article).mentions().stream().filter(m -> m.kind() == EntityKind.ACTOR)
                .map(Mention::entityId).toList();
    }

    @Test
    void one_person_across_articles_is_one_actor_under_the_fullest_name() {
        CorpusActors c = corpus(
                "Indian External Affairs Minister S. Jaishankar said the talks went well.",
                "Subrahmanyam Jaishankar said on Friday that India wanted peace.",
                "Jaishankar said nothing more.");
        Actor a = c.actor("subrahmanyam-jaishankar");
        assertEquals("Subrahmanyam Jaishankar", a.name());
        assertEquals(ActorKind.PERSON, a.kind());
        assertEquals("india", a.affiliation());
        assertEquals(ActorOrigin.DISCOVERED, a.origin());
        assertTrue(a.aliases().containsAll(List.of("S. Jaishankar", "Jaishankar")), a.aliases().toString());
        assertEquals(List.of("subrahmanyam-jaishankar"), ids(c, "a0.txt"));
        assertEquals(List.of("subrahmanyam-jaishankar", "india"), ids(c, "a1.txt"));
        assertEquals(List.of("subrahmanyam-jaishankar"), ids(c, "a2.txt"));
        assertNull(c.actor("s-jaishankar"));
        assertEquals(3, c.mentionCounts().get("subrahmanyam-jaishankar"));
    }

    @Test
    void people_of_one_surname_with_other_given_names_stay_apart() {
        CorpusActors c = corpus("Prime Minister Shehbaz Sharif said the army was ready.",
                "Former prime minister Nawaz Sharif said he backed his brother.");
        assertEquals(ActorKind.PERSON, c.actor("shehbaz-sharif").kind());
        assertEquals(ActorKind.PERSON, c.actor("nawaz-sharif").kind());
    }

    @Test
    void a_surname_an_article_leaves_unexplained_is_the_person_another_article_names() {
        CorpusActors c = corpus("French President Emmanuel Macron said on Monday that Europe must act.",
                "The plan was shaped by Macron's advisers.");
        assertEquals(List.of("emmanuel-macron"), ids(c, "a1.txt"));
        assertEquals("france", c.actor("emmanuel-macron").affiliation());
    }

    @Test
    void an_acronym_alone_is_the_organisation_another_article_spells_out() {
        CorpusActors c = corpus("The Bangladesh Nationalist Party (BNP) called protests on Friday.",
                "The BNP said its leaders had been arrested.");
        assertEquals(List.of("bangladesh-nationalist-party"), ids(c, "a0.txt"));
        assertEquals(List.of("bangladesh-nationalist-party"), ids(c, "a1.txt"));
        Actor bnp = c.actor("bangladesh-nationalist-party");
        assertEquals(ActorKind.ORGANISATION, bnp.kind());
        assertEquals("bangladesh", bnp.affiliation());
        assertTrue(bnp.aliases().contains("BNP"));
    }

    @Test
    void a_shorter_name_in_another_article_is_the_one_person_whose_name_holds_it() {
        CorpusActors c = corpus("Grace Lau Mei-yee, a district councillor, was arrested on Monday.",
                "Grace Lau told the court on Friday that she was innocent.",
                "Ms Lau was released on bail.");
        Actor a = c.actor("grace-lau-mei-yee");
        assertEquals("Grace Lau Mei-yee", a.name());
        assertTrue(a.aliases().containsAll(List.of("Grace Lau", "Lau")), a.aliases().toString());
        assertEquals(List.of("grace-lau-mei-yee"), ids(c, "a1.txt"));
        assertEquals(List.of("grace-lau-mei-yee"), ids(c, "a2.txt"));
        assertNull(c.actor("grace-lau"));
        assertNull(c.actor("lau"));
    }

    @Test
    void a_shorter_name_several_people_share_stays_apart() {
        CorpusActors c = corpus("Kim Jong Un inspected the launch on Monday.",
                "Kim Yo Jong said on Tuesday that the drills were a provocation.",
                "Kim said the talks had failed.");
        assertEquals(List.of("kim"), ids(c, "a2.txt"));
        assertEquals(ActorKind.PERSON, c.actor("kim").kind());
        assertEquals(List.of("Kim Jong Un"), c.actor("kim-jong-un").aliases());
        assertEquals(List.of("Kim Yo Jong"), c.actor("kim-yo-jong").aliases());
    }

    @Test
    void an_acronym_is_the_organisation_another_article_names_with_those_initials() {
        CorpusActors c = corpus("The Union of Baltic Ferry Operators met in Riga on Monday.",
                "The UBFO said on Tuesday that fares would rise. The UBFO will meet again in May.");
        assertEquals(List.of("union-of-baltic-ferry-operators", "union-of-baltic-ferry-operators"),
                ids(c, "a1.txt"));
        assertNull(c.actor("ubfo"));
        assertEquals("Union of Baltic Ferry Operators", c.actor("union-of-baltic-ferry-operators").name());
    }

    @Test
    void an_acronym_written_in_title_case_is_the_organisation_another_article_names() {
        CorpusActors c = corpus("The Union of Baltic Ferry Operators met in Riga on Monday.",
                "Fares will rise, Ubfo said on Tuesday.");
        assertEquals(List.of("union-of-baltic-ferry-operators"), ids(c, "a1.txt"));
        assertNull(c.actor("ubfo"));
    }

    @Test
    void catalogue_actors_come_first_and_keep_their_catalogue_entry() {
        CorpusActors c = corpus("Kenyan President William Ruto met Zelensky in Kyiv on Monday.");
        List<String> ids = c.actors().stream().map(Actor::id).toList();
        assertEquals(List.of("ukraine", "zelensky", "william-ruto", "kenya"), ids);
        assertEquals(c.catalogue().actor("zelensky"), c.actor("zelensky"));
        assertEquals("kenya", c.actor("william-ruto").affiliation());
    }

    @Test
    void one_person_spelled_several_ways_across_outlets_is_one_actor_with_the_spellings_as_aliases() {
        CorpusActors c = corpus("Colonel Mamadi Souleymane Barry said the army was in control of the capital.",
                "Mamadi Barry said on Monday that the borders were shut.",
                "Mamady Bari told reporters the junta would hold talks.",
                "Mammadi Barry said elections would follow.",
                "Mamadi Barry said the curfew would be lifted.");
        Actor a = c.actor("mamadi-souleymane-barry");
        assertEquals(ActorKind.PERSON, a.kind());
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of("mamadi-souleymane-barry"), ids(c, "a" + i + ".txt"), "a" + i);
        }
        assertTrue(a.aliases().containsAll(List.of("Mamady Bari", "Mammadi Barry")), a.aliases().toString());
        assertNull(c.actor("mamady-bari"));
    }

    @Test
    void a_doubled_letter_typo_is_the_same_person() {
        CorpusActors c = corpus("Finance Minister Abdoulkarim Seydou said the budget was ready.",
                "Abdoulkarimm Seydou said on Friday the debt would be paid.",
                "Abdoulkarim Seydouu told parliament the plan was sound.");
        assertEquals(List.of("abdoulkarim-seydou"), ids(c, "a1.txt").stream().filter(id -> !id.equals("finance"))
                .distinct().toList());
        assertEquals(List.of("abdoulkarim-seydou"), ids(c, "a2.txt").stream().distinct().toList());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} / {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "Maria Lopez, Mario Lopez",
        "Daniel Moreau, Daniela Moreau",
        "Shehbaz Sharif, Nawaz Sharif",
        "Kim Lee, Kim Lie",
        "Andrew Marr, Andrew Mars",
    })
    void names_that_differ_by_more_than_a_spelling_stay_two_people(String one, String other) {
        CorpusActors c = corpus(one + " said the plan was sound.", other + " said the plan was flawed.");
        assertTrue(!ids(c, "a0.txt").equals(ids(c, "a1.txt")), ids(c, "a0.txt") + " " + ids(c, "a1.txt"));
    }
}
