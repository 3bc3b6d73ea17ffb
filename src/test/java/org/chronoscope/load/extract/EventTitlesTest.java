package org.chronoscope.load.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoscope.load.timex.TemporalTagger;
import org.chronoscope.model.TemporalExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Headlines from sentences, as a table. The sentences are written for this test in the manner of wire copy; names
 * in [brackets] are actors the sentence names (a person when marked "p:"), and "he=" / "it=" give who a leading
 * pronoun refers to.
 */
class EventTitlesTest {
    private static final LocalDate ARTICLE = LocalDate.of(2025, 3, 6);

    /** The sentence's date expressions found by the tagger, as the extractor passes them. */
    static String title(String sentence, List<EventTitles.Named> actors, EventTitles.Antecedents before) {
        List<int[]> dates = new ArrayList<>();
        int focus = -1;
        for (TemporalExpression te : new TemporalTagger().tag("t.txt", sentence, ARTICLE)) {
            dates.add(new int[] {te.start(), te.end()});
            if (focus < 0 && te.from() != null) {
                focus = te.start();
            }
        }
        return EventTitles.write(Words.of(sentence), dates, focus, actors, before).text();
    }

    /** Actors written in the sentence as "[p:Sergei Lavrov=Lavrov]" or "[Kremlin]": markers taken out. */
    private static final Pattern ACTOR = Pattern.compile("\\[(p:)?([^\\]=]+)(?:=([^\\]]+))?\\]");

    static String titleOf(String marked, String he, String it) {
        List<EventTitles.Named> named = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher m = ACTOR.matcher(marked);
        int last = 0;
        while (m.find()) {
            plain.append(marked, last, m.start());
            int start = plain.length();
            plain.append(m.group(2));
            String name = m.group(3) != null ? m.group(3) : m.group(2).replaceFirst("^the ", "");
            named.add(new EventTitles.Named(start, plain.length(), start, name.toLowerCase(Locale.ROOT), name,
                    m.group(1) != null));
            last = m.end();
        }
        plain.append(marked.substring(last));
        EventTitles.Antecedents before = new EventTitles.Antecedents(
                he == null ? null : new EventTitles.Named(0, 0, 0, he.toLowerCase(Locale.ROOT), he, true),
                it == null ? null : new EventTitles.Named(0, 0, 0, it.toLowerCase(Locale.ROOT), it, false));
        return title(plain.toString(), named, before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // front matter goes: discourse words, leading adverbials, date words
        "On Friday, the Kremlin confirmed it had received an amended US proposal. | - | - | Kremlin confirmed it had received an amended US proposal",
        "But the talks in Riyadh ended without an agreement on Tuesday. | - | - | Talks in Riyadh ended without an agreement",
        "Meanwhile, Japan's central bank raised interest rates on Wednesday for the first time since 2007. | - | - | Japan's central bank raised interest rates for the first time",
        "Thus, in a two-hour call on March 3, the two leaders agreed to a limited ceasefire. | - | - | Two leaders agreed to a limited ceasefire",
        "For its part, the European Commission proposed new tariffs on Chinese steel last week. | - | - | European Commission proposed new tariffs on Chinese steel",
        "Earlier, it was reported that the minister's plane had landed in Ankara on Monday. | - | - | Minister's plane had landed in Ankara",
        "After talks that lasted into the night, negotiators reached a deal on Sunday. | - | - | Negotiators reached a deal",
        // datelines
        "KYIV, March 3 (Reuters) - Ukraine's air force said on Monday it had shot down 40 of 55 drones launched overnight. | - | - | Ukraine's air force says it had shot down 40 of 55 drones launched overnight",
        "WASHINGTON (AP) — The Senate passed the spending bill late on Friday, averting a government shutdown. | - | - | Senate passed the spending bill",
        // reported speech becomes Speaker: claim
        "[p:Sergei Lavrov=Lavrov] told reporters in Moscow on Tuesday that Russia was ready to resume talks. | - | - | Lavrov: Russia was ready to resume talks",
        "\"We will not accept any deal that rewards aggression,\" [p:Kaja Kallas=Kallas] said on Monday. | - | - | Kallas: we will not accept any deal that rewards aggression",
        "The talks will resume next week, a senior European official said on Thursday. | - | - | Senior European official: the talks will resume",
        "Talks will resume next week, the minister said. | - | - | Minister: Talks will resume",
        "According to [the Pentagon], two US destroyers entered the Red Sea on Saturday. | - | - | Pentagon: two US destroyers entered the Red Sea",
        "[p:Dmitry Peskov=Peskov], the Kremlin spokesman, said on Wednesday that no date had been set for a summit. | - | - | Peskov: no date had been set for a summit",
        "In a statement on Sunday, [the ministry] said the strike had killed 12 civilians. | - | - | Ministry: the strike had killed 12 civilians",
        "[p:Emmanuel Macron=Macron] wrote on X on Tuesday: \"Europe must stand united.\" | - | - | Macron: Europe must stand united",
        "[p:Olaf Scholz=Scholz] said on Monday he would travel to Washington next month. | - | - | Scholz says he would travel to Washington",
        // a leading pronoun becomes its actor
        "He also visited a hospital in Kharkiv on Friday. | Zelensky | - | Zelensky visited a hospital in Kharkiv",
        "It said on Tuesday that prices would rise by 3 per cent. | - | Central bank | Central bank: prices would rise by 3 per cent",
        "Its army captured two villages near Pokrovsk on Sunday, the ministry said. | - | Russia | Ministry: Russia’s army captured two villages near Pokrovsk",
        "She told the BBC on Sunday that the election would go ahead in May. | Meloni | - | Meloni: the election would go ahead",
        // names with their offices are shortened to the name
        "Indian External Affairs Minister [p:S. Jaishankar=Jaishankar] met his Chinese counterpart in Beijing on Monday. | - | - | Jaishankar met his Chinese counterpart in Beijing",
        "Russian Foreign Minister [p:Sergei Lavrov=Lavrov] arrived in Ankara on Thursday for talks with [p:Hakan Fidan=Fidan]. | - | - | Lavrov arrived in Ankara for talks with Fidan",
        // relative clauses, parentheses and trailing clauses go; long titles end at a phrase boundary
        "[p:Volodymyr Zelensky=Zelensky], who was in Kyiv, spoke to [p:Donald Trump=Trump] by phone on Monday. | - | - | Zelensky spoke to Trump by phone",
        "The International Atomic Energy Agency (IAEA) sent inspectors to the plant on Monday, its first visit since the shelling began. | - | - | International Atomic Energy Agency sent inspectors to the plant",
        "A 7.1-magnitude earthquake struck off the coast of Hokkaido on Tuesday, triggering tsunami warnings along the Pacific coast. | - | - | 7.1-magnitude earthquake struck off the coast of Hokkaido",
        "Protesters gathered outside parliament in Tbilisi on Sunday; police used water cannon to disperse them. | - | - | Protesters gathered outside parliament in Tbilisi",
        "Trump's conciliatory approach has fuelled those concerns, but Trump adopted a tougher line last month when he announced heavy sanctions on Russia's oil sector. | - | - | Trump adopted a tougher line when he announced heavy sanctions",
        "The European Union's foreign ministers agreed on Monday to extend the sanctions against Russia for another six months and to add 23 companies to the list. | - | - | European Union's foreign ministers agreed to extend the sanctions against Russia",
        "There were at least 12 explosions in central Kyiv overnight on Tuesday, witnesses said. | - | - | Witnesses: at least 12 explosions in central Kyiv",
        "It is unclear whether Putin will attend the summit in Johannesburg next month. | - | - | Unclear whether Putin will attend the summit in Johannesburg",
        // an apposition or a list is not the subject; two names are not a title; "declared himself" is not speech
        "Creditor [Nordbank Holdings], which is owed 40 million euros, said on Monday it would oppose the sale. | - | - | Nordbank Holdings says it would oppose the sale",
        "Lenders, including [Nordbank Holdings] and [Atlas Capital], rejected the restructuring plan on Friday. | - | - | Lenders rejected the restructuring plan",
        "[p:Anna Smith=Smith] and [p:Chen Li-wen=Li-wen], the two candidates who had been leading the polls for weeks before the vote in the northern provinces, conceded defeat on Tuesday. | - | - | Smith and Li-wen conceded defeat",
        "[p:Anna Smith=Smith] and [p:Chen Li-wen=Li-wen], both ministers, on Tuesday resigned. | - | - | Smith and Li-wen resigned",
        "[p:Anna Smith=Smith], the chief executive, and [p:Chen Li-wen=Li-wen], the chairman, said on Tuesday they would step down. | - | - | Smith and Li-wen say they would step down",
        "[p:Anna Smith=Smith] and [p:Chen Li-wen=Li-wen] told reporters on Tuesday that the strike would go on. | - | - | Smith and Li-wen: the strike would go on",
        "Mayor [p:Anna Smith=Smith] and council leader [p:Chen Li-wen=Li-wen] signed the harbour agreement on Tuesday. | - | - | Smith and Li-wen signed the harbour agreement",
        "[p:Mamadi Doumbouya=Doumbouya] proclaimed himself interim president on Sunday, hours after soldiers seized the palace. | - | - | Doumbouya proclaims himself interim president",
        "Junta leader [p:Mamadi Doumbouya=Doumbouya] declared himself the country's new head of state on Sunday. | - | - | Doumbouya declares himself the country's new head of state",
        "The general named himself prime minister on Sunday. | - | - | General names himself prime minister",
        // the speaker is the subject of the verb of saying, not an actor inside the claim; a plural subject says "say"
        "The federation said in a statement on Monday that, if its demands were not met within a week, it would take every step needed to reinstate Chairman [p:Paul Ekwe=Ekwe]. | - | - | Federation says it would take every step needed to reinstate Ekwe",
        "[Central Asian=Central Asia] leaders said on Monday that they would meet again in [Astana]. | - | - | Central Asian leaders say they would meet again in Astana",
        // a company's name stays whole, even when its last words were taken for a person's name
        "The airline failed to repay $20m to Harbour Point [p:Partners Limited=Limited] pursuant to a loan agreement signed in 2019. | - | - | Airline failed to repay $20m to Harbour Point Partners Limited",
        "Creditor [Harbour Point Capital], a subsidiary of [Meridian Group], filed the lawsuit on Monday. | - | - | Creditor Harbour Point Capital filed the lawsuit",
        // a name a group gives itself, a trailing "two days after …" and a long modifier of the subject go, never half a name
        "Soldiers from a group that calls itself the Movement for the Defence of the Republic seized the state broadcaster on Wednesday. | - | - | Soldiers from a group seized the state broadcaster",
        "A ruling council that calls itself the Committee for National Recovery and Democratic Renewal dissolved the government on Thursday. | - | - | Ruling council dissolved the government",
        "Junta leader [p:Kofi Mensah=Mensah] named himself the country's head of state on Friday, two days after soldiers detained President [p:Ama Boateng=Boateng]. | - | - | Mensah names himself the country's head of state",
        "Delegates from the Federation of Independent Trade Unions of the Northern Provinces walked out of the talks on Monday. | - | - | Delegates walked out of the talks",
        "An ultimatum issued by the Federation of Independent Trade Unions of the Northern Provinces to reinstate the dismissed workers expired on Monday. | - | - | Ultimatum expired",
        // a leading prepositional phrase is not the headline, with or without its comma
        "At the sixth hearing of the petition on Tuesday the judge ordered the company to be wound up. | - | - | Judge ordered the company to be wound up",
        "At the third session of the parliamentary inquiry into the collapse on Monday, the committee heard from two former ministers. | - | - | Committee heard from two former ministers",
        // a plural noun that is also a verb of saying is no speaker; a date in a relative clause titles that clause
        "Gulf states have sent a warning to the militia that seized the port on Tuesday. | - | - | Militia seized the port",
        "Member states said on Monday they would meet again. | - | - | Member states say they would meet again",
        "Rebel fighters who on Friday captured the regional governor, [p:Idris Kane=Kane], have two days to free him. | - | - | Rebel fighters captured the regional governor, Kane",
        "The storm that flattened the harbour on Sunday killed at least 12 people. | - | - | Storm that flattened the harbour killed at least 12 people",
        // a participle before a title is no verb; a date a verb points to stays; a common noun's name in commas is the subject
        "The window for the council to reinstate dismissed chief executive [p:Nadia Brook=Brook] and her deputies closed on Friday. | - | - | Window for the council to reinstate dismissed Brook and her deputies closed",
        "At the fourth sitting of the tribunal, the presiding judge postponed the hearing until May 14. | - | - | Presiding judge postponed the hearing until May 14",
        "A bondholder, Larchmont Global, filed the claim in 2021. | - | - | Larchmont Global filed the claim",
        "The lender, Orrin Bank, called in the loan on Monday. | - | - | Orrin Bank called in the loan",
    })
    void headline_from_sentence(String sentence, String he, String it, String expected) {
        assertEquals(expected, titleOf(sentence, he, it));
    }

    static List<String> sentences() {
        return List.of(
                "He said: 'We have not seen any proof,' adding that the investigation would continue on Monday.",
                "\"It is a disaster,\" she said on Tuesday, \"and nobody is responsible.",
                "While the talks in Geneva on Tuesday, which were brokered by Switzerland, achieved little, both sides "
                        + "agreed to meet again, officials said.",
                "In a wide-ranging interview broadcast on Sunday evening on the state-run television channel, the "
                        + "president repeated his long-standing demand that all foreign troops leave the country before any "
                        + "negotiations on the future of the disputed region could begin.",
                "They said on Friday that the vote count, which had been delayed by a power outage in three provinces and "
                        + "a cyber attack on the election commission's servers, would be finished by Monday.",
                "The minister said: \"We will meet again on Friday.\"",
                "Officials told Reuters on Tuesday:",
                "Earlier this month, it emerged that the company had paid $2 billion to settle claims.",
                "This comes as the central bank, on Thursday, cut rates for the third time this year.");
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void every_headline_keeps_the_rules(String sentence) {
        String t = title(sentence, List.of(), EventTitles.Antecedents.NONE);
        assertTrue(t.length() <= EventTitles.MAX && t.length() >= 8, t);
        assertFalse(t.contains("…"), t);
        String first = t.replaceFirst("^[“‘\"]", "").split("[^\\p{L}’']+")[0].toLowerCase(Locale.ROOT);
        boolean quoted = t.startsWith("“");
        assertFalse(!quoted && Lexicon.NEVER_FIRST.contains(first) || Lexicon.DISCOURSE.contains(first), t);
        assertFalse(t.matches("(?s).*(said|says|told)\\s*:?$"), t);
        int letter = quoted ? 1 : 0;
        assertTrue(Character.isUpperCase(t.codePointAt(letter)) || Character.isDigit(t.codePointAt(letter)), t);
        long opening = t.chars().filter(c -> c == '“' || c == '‘').count();
        long closing = t.chars().filter(c -> c == '”').count();
        assertEquals(opening, closing, t);
        assertEquals(0, t.chars().filter(c -> c == '"').count() % 2, t);
        assertFalse(t.contains("Friday") || t.contains("Monday") || t.contains("Tuesday") || t.contains("Sunday"), t);
    }

    @Test
    void a_hostile_sentence_is_titled_in_linear_time() {
        String stops = "Talks resumed on Monday" + ".".repeat(80_000);
        String quotes = "Talks resumed on Monday " + "\"'".repeat(50_000) + " in Geneva.";
        String commas = "Zelensky, who " + ", who".repeat(20_000) + " met Trump on Monday.";
        String modifiers = "Delegates from the Federation" + " of the Northern Provinces walked".repeat(20_000) + " out.";
        for (String s : List.of(stops, quotes, commas, modifiers)) {
            String t = EventTitles.of(s);
            assertTrue(t.length() <= EventTitles.MAX + 40, t);
        }
    }
}
