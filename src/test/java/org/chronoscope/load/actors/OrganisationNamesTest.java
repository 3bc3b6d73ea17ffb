package org.chronoscope.load.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronoscope.model.ActorKind;
import org.chronoscope.model.EntityKind;
import org.chronoscope.model.Mention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One organisation named several ways: names (with their mentions) in, organisations out. Made-up names. */
class OrganisationNamesTest {

    /** Words that are places, states or people in these rows. */
    private static final Set<String> NOT_SHORT = Set.of("sydney", "china", "wong");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbour Point Capital Limited:1; Harbour Point Capital Ltd:3; Harbour Point Capital:1 | Harbour Point Capital Ltd = Harbour Point Capital, Harbour Point Capital Limited
            Acme Corporation:1; Acme Corp:1; Acme Inc:1 | Acme Corporation = Acme Corp, Acme Inc
            Delta Freight Company:2; Delta Freight Co:1; Delta Freight LLC:1 | Delta Freight Company = Delta Freight Co, Delta Freight LLC
            Rhein Stahl GmbH:1; Rhein Stahl AG:1; Rhein Stahl:1 | Rhein Stahl GmbH = Rhein Stahl, Rhein Stahl AG
            Orion Holdings Ltd:1; Orion Holdings:1 | Orion Holdings Ltd = Orion Holdings
            Orion Holdings:1; Orion Ltd:1 | Orion Holdings; Orion Ltd
            Northwind Property Group:1; Northwind:2 | Northwind Property Group = Northwind
            Northwind Property Group:1; Northwind Energy Vehicle Group:1; Northwind:2 | Northwind; Northwind Energy Vehicle Group; Northwind Property Group
            Northwind Holdings:1; Northwind Holdings Energy:1; Northwind:1 | Northwind Holdings = Northwind; Northwind Holdings Energy
            China Northwind Group:1; Northwind:1 | China Northwind Group; Northwind
            Sydney Harbour Trust:1; Sydney:1 | Sydney; Sydney Harbour Trust
            Wong Brothers Trading:1; Wong:1 | Wong; Wong Brothers Trading
            Northwind Property Group:1; Northwind Ltd:1 | Northwind Ltd; Northwind Property Group
            Limited:1; Ltd:1 | Limited; Ltd
            """)
    void names_in_organisations_out(String names, String organisations) {
        OrganisationNames orgs = new OrganisationNames();
        Map<String, String> byId = new TreeMap<>();
        for (String entry : names.split(";")) {
            String[] nm = entry.trim().split(":");
            String id = ActorIds.of(nm[0]);
            byId.put(id, nm[0]);
            orgs.add(id, nm[0], Draft.words(nm[0]), Integer.parseInt(nm[1]));
        }
        Map<String, String> joins = orgs.joins(NOT_SHORT::contains);
        Map<String, Set<String>> groups = new TreeMap<>();
        byId.forEach((id, name) -> {
            if (!joins.containsKey(id)) {
                groups.computeIfAbsent(name, k -> new TreeSet<>());
            }
        });
        joins.forEach((from, to) -> groups.get(byId.get(to)).add(byId.get(from)));
        List<String> out = new ArrayList<>();
        groups.forEach((name, others) -> out.add(others.isEmpty() ? name : name + " = " + String.join(", ", others)));
        assertEquals(organisations, String.join("; ", out));
    }

    @Test
    void a_suffix_is_stripped_from_the_end_only_and_holdings_stays() {
        assertEquals(List.of("orion", "holdings"), OrganisationNames.stem(List.of("orion", "holdings", "ltd")));
        assertEquals(List.of("co", "op", "bank"), OrganisationNames.stem(List.of("co", "op", "bank", "plc")));
        assertEquals(List.of("ltd"), OrganisationNames.stem(List.of("ltd")));
    }

    // ---- the same through the corpus join, from article text

    private static CorpusActors corpus(String... texts) {
        List<ArticleActors> found = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            found.add(Recognise.BUNDLED.recognise(Recognise.article("a" + i + ".txt", texts[i])));
        }
        return CorpusActors.of(Recognise.BUNDLED.catalogue(), found);
    }

    private static List<String> ids(CorpusActors c, String article) {
        return c.article(article).mentions().stream().filter(m -> m.kind() == EntityKind.ACTOR)
                .map(Mention::entityId).distinct().toList();
    }

    @Test
    void a_firm_written_with_and_without_its_suffix_is_one_actor_across_articles() {
        CorpusActors c = corpus("Harbour Point Capital Limited said on Monday it would sell the port.",
                "Shares of Harbour Point Capital Ltd fell 4% on Tuesday.",
                "Harbour Point Capital Ltd. declined to comment, the firm said.",
                "Analysts said Harbour Point Capital had overpaid.");
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of("harbour-point-capital-ltd"), ids(c, "a" + i + ".txt"));
        }
        assertEquals(Set.of("Harbour Point Capital Ltd", "Harbour Point Capital Limited", "Harbour Point Capital"),
                Set.copyOf(c.actor("harbour-point-capital-ltd").aliases()));
        assertEquals(4, c.mentionCounts().get("harbour-point-capital-ltd"));
        assertNull(c.actor("harbour-point-capital-limited"));
    }

    @Test
    void a_firms_short_name_is_the_one_firm_it_opens() {
        CorpusActors c = corpus("Northwind Property Group said it had missed a bond payment.",
                "Northwind said on Friday that creditors had agreed to wait.");
        assertEquals(List.of("northwind-property-group"), ids(c, "a1.txt"));
        assertEquals(ActorKind.ORGANISATION, c.actor("northwind-property-group").kind());
    }

    @Test
    void a_short_name_two_firms_open_stays_apart() {
        CorpusActors c = corpus("Northwind Property Group said it had missed a bond payment.",
                "Northwind Energy Vehicle Group said sales fell.",
                "Northwind said on Friday that creditors had agreed to wait.");
        assertEquals(List.of("northwind"), ids(c, "a2.txt"));
        assertEquals(List.of("northwind-property-group"), ids(c, "a0.txt"));
        assertEquals(List.of("northwind-energy-vehicle-group"), ids(c, "a1.txt"));
    }

    @Test
    void a_word_inside_a_name_is_not_its_short_name() {
        CorpusActors c = corpus("The Bank of China said on Monday it would cut rates.",
                "China said the move was welcome.",
                "China Northwind Group said it would buy the port.",
                "Northwind said on Friday it would wait.");
        assertEquals(List.of("bank-of-china"), ids(c, "a0.txt"));
        assertEquals(List.of("china"), ids(c, "a1.txt"));
        assertEquals(List.of("northwind"), ids(c, "a3.txt"));
    }

    @Test
    void the_fruit_opening_a_sentence_is_not_a_firms_short_name() {
        CorpusActors c = corpus("Shares of Orchard Valley Growers Ltd rose on Monday.",
                "Apple prices rose as the apple harvest failed, farmers said.",
                "Orchard prices fell as the orchard owners sold, traders said.");
        assertEquals(List.of("orchard-valley-growers-ltd"), ids(c, "a0.txt"));
        assertEquals(List.of(), ids(c, "a2.txt"));
        assertEquals(1, c.mentionCounts().get("orchard-valley-growers-ltd"));
    }
}
