package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.Article;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publication dates from a dateline or the article's address when the metadata gives none, as a table. */
class PublicationEvidenceTest {

    private static Article dated(String url, String body, List<Problem> problems) {
        String text = (url == null ? "" : "url: " + url + "\n\n") + body.replace("|", "\n");
        Article read = ArticleReader.parse("a.txt", text.getBytes(StandardCharsets.UTF_8), null, problems).orElseThrow();
        return PublishedFallback.apply(read, problems);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # url; first lines of the body ('|' = a new line); expected date; expected basis
            -; ANKARA, Turkiye, February 12, 2023 (ENS) – At least 29,600 people have died.; 2023-02-12; dateline
            -; KYIV, March 3, 2025 (Reuters) - Ukraine said on Monday it had agreed.; 2025-03-03; dateline
            -; MOSCOW, December 4, 2024. /TASS/. The Kremlin said talks would go on.; 2024-12-04; dateline
            -; Talks stall|JANUARY 06, 2019|Beijing. China and the US will hold talks on Monday.; 2019-01-06; dateline
            -; Talks progressed|10 Jan 2019|In a statement issued on Thursday, the ministry spoke.; 2019-01-10; dateline
            -; The Latest|May 30, 2024, 3:15 PM | Updated: 7:00 pm|NEW YORK (AP) — A jury found him guilty.; 2024-05-30; dateline
            -; Headline|ERCIS, Turkey Mon Oct 24, 2011 4:48pm EDT|Rescuers searched the rubble Monday.; 2011-10-24; dateline
            -; News Dec 20, 2016 The Associated Press|There were many protesters Monday.; 2016-12-20; dateline
            https://example.org/news/2011/10/24/us-turkey-quake; Rescuers searched the rubble Monday.; 2011-10-24; url
            https://sputnikglobe.com/20111023/168022210.html; A quake on Sunday rocked Turkey.; 2011-10-23; url
            http://english.china.org.cn/wap/2011-10/26/content_23726969.htm; It struck Sunday.; 2011-10-26; url
            https://myglobalnews.net/world/20251123-g20-summit-adopts-declaration; Leaders met.; 2025-11-23; url
            https://www.mcall.com/news/mc-pa-electoral-college-votes-20161219-story.html; Electors met.; 2016-12-19; url
            https://example.org/2025/03/03/; KYIV, March 3 (Reuters) - Ukraine said on Monday it had agreed.; 2025-03-03; url
            https://tass.com/2024/world/2047245; MOSCOW, December 4. /TASS/. The Kremlin said talks would go on.; 2024-12-04; dateline
            https://example.org/2016/12/19/story; NEW YORK, December 20, 2016 (AP) - Electors met.; 2016-12-20; dateline
            """)
    void the_date_comes_from_the_dateline_or_the_address(String url, String body, String date, String basis) {
        Article a = dated(url, body, new ArrayList<>());
        assertEquals(date, String.valueOf(a.published()));
        assertEquals(DateSource.fromId(basis), a.meta().published().source());
        assertTrue(a.meta().published().reasoning() != null && !a.meta().published().reasoning().isBlank());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # no date: a dateline without a year and no year in the address; dates that are not datelines
            -; May 30 (UPI) — Former President Donald Trump has been found guilty.
            https://example.org/news/story-1.417653; MOSCOW, December 4. /TASS/. The Kremlin said talks would go on.
            -; On December 1, 2018, Trump and Xi agreed a truce.
            -; In January 2019 the talks began.
            -; A view of Beijing, China December 31, 2018. (Reuters Photo/Jason Lee)|The talks began.
            https://www.ajc.com/news/2025/11/south-africa-says-a-declaration-was-adopted; JOHANNESBURG (AP) — Leaders met on Saturday.
            https://example.org/news/content_23726969.htm; ISTANBUL // Rescue teams were racing yesterday.
            -; The talks began.|MOSCOW, December 4, 2024. /TASS/. A dateline after the first paragraph is a quotation.
            """)
    void no_date_is_made_up(String url, String body) {
        Article a = dated(url, body, new ArrayList<>());
        assertNull(a.published(), () -> "dated " + a.published() + " by " + a.meta().published().reasoning());
    }

    @org.junit.jupiter.api.Test
    void a_dateline_without_a_year_says_why_the_article_stays_undated() {
        List<Problem> problems = new ArrayList<>();
        dated(null, "May 30 (UPI) — Former President Donald Trump has been found guilty.", problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("no year"), problems.get(0).message());
    }

    @org.junit.jupiter.api.Test
    void metadata_wins_over_the_dateline_and_the_address() {
        String text = "url: https://example.org/2011/10/24/x\npublished: 2011-10-25\n\nANKARA, February 12, 2023 (ENS) – Text.";
        List<Problem> problems = new ArrayList<>();
        Article read = ArticleReader.parse("a.txt", text.getBytes(StandardCharsets.UTF_8), null, problems).orElseThrow();
        Article a = PublishedFallback.apply(read, problems);
        assertEquals("2011-10-25", a.published().toString());
        assertEquals(DateSource.HEADER, a.meta().published().source());
    }
}
