package org.chronoscope.load.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TemporalExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expression × article date → value, precision and window, on sentences of the seeds and of our own. */
class TemporalTaggerTableTest {
    private final TemporalTagger tagger = new TemporalTagger();

    @ParameterizedTest(name = "{2} against {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
        Geneva talks were held last weekend.                                  | 2025-11-28 | last weekend           | 2025-W47-WE | WEEKEND     | 2025-11-22 | 2025-11-23 | relative-weekend
        On Friday, the Kremlin confirmed it had received the proposal.        | 2025-11-28 | On Friday              | 2025-11-28  | DAY         | 2025-11-28 | 2025-11-28 | relative-weekday-past
        Yesterday, Russia's leader signalled a key demand.                    | 2025-11-28 | Yesterday              | 2025-11-27  | DAY         | 2025-11-27 | 2025-11-27 | relative-day
        A Russian drone struck a residential building on November 25.        | 2025-11-28 | on November 25         | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | month-day-past
        After a meeting of the coalition this week, its members said no.      | 2025-11-28 | this week              | 2025-W48    | WEEK        | 2025-11-24 | 2025-11-28 | relative-week-this
        Earlier this week, a senior Kremlin aide emphasized the claim.        | 2025-12-16 | Earlier this week      | 2025-W51    | WEEK        | 2025-12-15 | 2025-12-16 | -
        Trump said last month that the region should be cut up.              | 2025-11-20 | last month             | 2025-10     | MONTH       | 2025-10-01 | 2025-10-31 | relative-month-last
        The territory was occupied last May by the Russian army.             | 2025-04-25 | last May               | 2024-05     | MONTH       | 2024-05-01 | 2024-05-31 | relative-month-last
        The US presented a document last week in Paris.                      | 2025-04-25 | last week              | 2025-W16    | WEEK        | 2025-04-14 | 2025-04-20 | relative-week-last
        The junta that seized power last week named a premier.               | 2023-07-30 | last week              | 2023-W29    | APPROXIMATE | 2023-07-17 | 2023-07-29 | relative-week-last-or-this-weekend-article
        Creditors met the administrators last week.                          | 2023-07-29 | last week              | 2023-W29    | APPROXIMATE | 2023-07-17 | 2023-07-28 | relative-week-last-or-this-weekend-article
        Creditors met the administrators last week.                          | 2023-07-28 | last week              | 2023-W29    | WEEK        | 2023-07-17 | 2023-07-23 | relative-week-last
        At Thursday's press conference, Trump said the US had a term.        | 2025-04-25 | Thursday               | 2025-04-24  | DAY         | 2025-04-24 | 2025-04-24 | relative-weekday-past
        Driscoll was also in Kyiv on Thursday and discussed the draft.       | 2025-11-20 | on Thursday            | 2025-11-20  | DAY         | 2025-11-20 | 2025-11-20 | relative-weekday-past
        Trump announced heavy sanctions that come into force Friday.         | 2025-11-20 | Friday                 | 2025-11-21  | DAY         | 2025-11-21 | 2025-11-21 | relative-weekday-future
        They would have to reach the agreement by the end of April.          | 2025-04-25 | by the end of April    | 2025-04     | APPROXIMATE | 2025-04-25 | 2025-04-30 | -
        The summit did not result in a breakthrough over the summer.         | 2025-11-20 | over the summer        | 2025-SU     | SEASON      | 2025-06-01 | 2025-08-31 | relative-season-past
        Trump criticized him a few days ago with the words.                  | 2025-04-25 | a few days ago         | PAST_REF    | APPROXIMATE | 2025-04-19 | 2025-04-24 | ago-vague
        They are expected to travel to Florida in the coming days.           | 2025-11-28 | in the coming days     | FUTURE_REF  | APPROXIMATE | 2025-11-29 | 2025-12-08 | vague-future
        Zelenskyj in recent days stressed that he would follow it.           | 2025-04-25 | in recent days         | PAST_REF    | APPROXIMATE | 2025-04-18 | 2025-04-25 | vague-past
        "Crimea has been lost many years ago," Trump wrote.                  | 2025-04-25 | many years ago         | PAST_REF    | APPROXIMATE | -          | -          | ago-vague
        The war has been raging since 2022.                                  | 2025-11-28 | since 2022             | 2022        | YEAR        | 2022-01-01 | 2022-12-31 | year-since
        Crimea was annexed in 2014.                                          | 2025-04-25 | in 2014                | 2014        | YEAR        | 2014-01-01 | 2014-12-31 | absolute-year
        The memorandum was signed on 3 March 2024.                           | 2025-11-28 | on 3 March 2024        | 2024-03-03  | DAY         | 2024-03-03 | 2024-03-03 | absolute-day
        Kushner and Witkoff at the White House in September.                 | 2025-11-28 | in September           | 2025-09     | MONTH       | 2025-09-01 | 2025-09-30 | relative-month-nearest
        Washington seeks an end to the war before the close of the year.     | 2025-12-16 | before the close of the year | 2025  | APPROXIMATE | 2025-12-16 | 2025-12-31 | -
        Rubio has been working on the peace plan for a month.                | 2025-11-20 | for a month            | P1M         | MONTH       | -          | -          | duration
        The goal was to end the war within the first 100 days in office.     | 2025-04-25 | within the first 100 days | P100D    | DAY         | -          | -          | duration
        The drone strike came on 25 November 2025.                           | 2026-01-10 | 25 November 2025       | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | absolute-day
        Officials met on Nov. 25 in Geneva.                                  | 2025-11-28 | Nov. 25                | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | -
        The report is dated 2025-11-25.                                      | -          | 2025-11-25             | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | absolute-day
        The deal was struck on Friday, 28 November 2025, in Geneva.          | 2025-12-03 | Friday, 28 November 2025 | 2025-11-28 | DAY        | 2025-11-28 | 2025-11-28 | absolute-day
        The declaration was published on March 3, 2024.                      | 2025-11-28 | March 3, 2024          | 2024-03-03  | DAY         | 2024-03-03 | 2024-03-03 | absolute-day
        In 2017 the US Congress passed the act.                              | 2025-04-25 | In 2017                | 2017        | YEAR        | 2017-01-01 | 2017-12-31 | -
        European governments have refused since 2014 to recognise it.       | 2025-11-28 | since 2014             | 2014        | YEAR        | 2014-01-01 | 2014-12-31 | year-since
        Greenya published the Crimean Declaration from 2018.                 | 2025-04-25 | from 2018              | 2018        | YEAR        | 2018-01-01 | 2018-12-31 | year-from
        Kyiv continues to maintain its borders before 2014.                  | 2025-04-25 | before 2014            | 2014        | YEAR        | 2014-01-01 | 2014-12-31 | year-before
        Russia annexed Crimea in March 2014.                                 | 2025-04-25 | March 2014             | 2014-03     | MONTH       | 2014-03-01 | 2014-03-31 | absolute-month
        Talks are expected to resume in early December.                      | 2025-11-20 | early December         | 2025-12     | APPROXIMATE | 2025-12-01 | 2025-12-10 | -
        Talks will resume in mid-December.                                   | 2025-11-20 | mid-December           | 2025-12     | APPROXIMATE | 2025-12-11 | 2025-12-20 | -
        The offer was made in December.                                      | 2025-11-20 | in December            | 2024-12     | MONTH       | 2024-12-01 | 2024-12-31 | relative-month-past
        The offer will be made in December.                                  | 2025-11-20 | in December            | 2025-12     | MONTH       | 2025-12-01 | 2025-12-31 | relative-month-future
        The delegations will meet on Tuesday.                                | 2025-11-20 | on Tuesday             | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | relative-weekday-future
        The delegations met on Tuesday.                                      | 2025-11-20 | on Tuesday             | 2025-11-18  | DAY         | 2025-11-18 | 2025-11-18 | relative-weekday-past
        As the Sunday night deadline loomed, negotiators kept talking.        | 2025-06-09 | Sunday night           | 2025-06-08  | DAY         | 2025-06-08 | 2025-06-08 | relative-weekday-past
        Negotiators face a Sunday deadline to reach a deal.                   | 2025-06-09 | Sunday                 | 2025-06-15  | DAY         | 2025-06-15 | 2025-06-15 | relative-weekday-future
        The Friday deadline passed without a deal.                            | 2025-06-09 | Friday                 | 2025-06-06  | DAY         | 2025-06-06 | 2025-06-06 | relative-weekday-past
        Ukraine must answer by Friday at the latest.                         | 2025-11-20 | by Friday at the latest | 2025-11-21 | DAY         | 2025-11-21 | 2025-11-21 | relative-weekday-future
        Witkoff reached Moscow on November 25. The previous day, he had met Umerov. | 2025-11-28 | The previous day | 2025-11-24 | DAY     | 2025-11-24 | 2025-11-24 | relative-day-narrative
        The delegations will meet again tomorrow.                            | 2025-11-20 | tomorrow               | 2025-11-21  | DAY         | 2025-11-21 | 2025-11-21 | relative-day
        The two sides will meet next week.                                   | 2025-11-20 | next week              | 2025-W48    | WEEK        | 2025-11-24 | 2025-11-30 | relative-week-next
        'We meet again tomorrow,' she said on Monday.                        | 2025-11-26 | tomorrow               | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | relative-day+speech
        “We meet again tomorrow,” she told reporters on Monday.              | 2025-11-28 | tomorrow               | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | relative-day+speech
        On Monday, she said: “We meet again tomorrow.”                       | 2025-11-28 | tomorrow               | 2025-11-25  | DAY         | 2025-11-25 | 2025-11-25 | relative-day+speech
        Geneva talks were held last weekend.                                 | -          | last weekend           | UNRESOLVED  | WEEKEND     | -          | -          | -
        On Friday, the Kremlin confirmed it had received the proposal.       | -          | On Friday              | UNRESOLVED  | DAY         | -          | -          | -
        Russia annexed Crimea in 2014.                                       | -          | in 2014                | 2014        | YEAR        | 2014-01-01 | 2014-12-31 | absolute-year
        The summit took place last summer.                                   | 2025-07-15 | last summer            | 2024-SU     | SEASON      | 2024-06-01 | 2024-08-31 | -
        European leaders have been alarmed this year.                        | 2025-11-20 | this year              | 2025        | YEAR        | 2025-01-01 | 2025-11-20 | relative-year-this
        The sanctions take effect next month.                                | 2025-11-20 | next month             | 2025-12     | MONTH       | 2025-12-01 | 2025-12-31 | relative-month-next
        Kyiv said two days ago that it would not cede land.                  | 2025-11-20 | two days ago           | 2025-11-18  | DAY         | 2025-11-18 | 2025-11-18 | ago-exact
        The war began three years ago.                                       | 2025-02-24 | three years ago        | 2022        | YEAR        | 2022-01-01 | 2022-12-31 | ago-exact
        The talks resume in two weeks.                                       | 2025-11-20 | in two weeks           | 2025-W49    | WEEK        | 2025-12-01 | 2025-12-07 | relative-in
        Borders drawn in the 1990s still hold.                               | 2025-11-20 | the 1990s              | 199         | APPROXIMATE | 1990-01-01 | 1999-12-31 | absolute-decade
        Elections could come in late 2026.                                   | 2025-11-20 | late 2026              | 2026        | APPROXIMATE | 2026-09-01 | 2026-12-31 | -
        Unless there is an agreement in the foreseeable future, they leave. | 2025-04-25 | in the foreseeable future | FUTURE_REF | APPROXIMATE | -          | -          | future-ref
        Talks will take place this weekend.                                  | 2025-11-20 | this weekend           | 2025-W47-WE | WEEKEND     | 2025-11-22 | 2025-11-23 | -
        The envoy arrived last Friday.                                       | 2025-11-28 | last Friday            | 2025-11-21  | DAY         | 2025-11-21 | 2025-11-21 | relative-weekday-last
        Both sides agreed to a 30-day ceasefire.                             | 2025-11-20 | 30-day                 | P30D        | DAY         | -          | -          | duration
        Wadephul said he talked by phone Thursday with Witkoff.              | 2025-11-20 | Thursday               | 2025-11-20  | DAY         | 2025-11-20 | 2025-11-20 | relative-weekday-past
        'Not a single sane person today would sign it.'                      | 2025-11-28 | today                  | PRESENT_REF | APPROXIMATE | -          | -          | present-ref
        Today, the south of Ukraine forms a front line.                      | 2025-04-25 | Today                  | 2025-04-25  | DAY         | 2025-04-25 | 2025-04-25 | relative-day
        The Russians have been there for a long time.                        | 2025-04-25 | a long time            | PXY         | APPROXIMATE | -          | -          | duration-vague
        It would break with decades of American doctrine.                    | 2025-11-28 | decades                | PXDE        | APPROXIMATE | -          | -          | duration-vague
        The ceasefire must hold through the winter.                          | 2025-11-20 | through the winter     | 2025-WI     | SEASON      | 2025-12-01 | 2026-02-28 | -
        Talks are planned for the end of next week.                          | 2025-11-20 | the end of next week   | 2025-W48    | APPROXIMATE | 2025-11-28 | 2025-11-30 | -
        The ministers met in Brussels on 4 June and again the following week. | 2025-06-20 | the following week | 2025-W24 | WEEK     | 2025-06-09 | 2025-06-15 | relative-week-following
        A summit could be held this autumn or early next year.               | 2025-06-20 | early next year        | 2026        | APPROXIMATE | 2026-01-01 | 2026-04-30 | -
        Sanctions imposed in late 2022 will be reviewed in six months.       | 2025-06-20 | in six months          | 2025-12     | MONTH       | 2025-12-01 | 2025-12-31 | relative-in
        Inflation should peak in the first quarter of next year.             | 2025-11-14 | the first quarter of next year | 2026-Q1 | QUARTER | 2026-01-01 | 2026-03-31 | -
        Officials expect a decision by mid-April, and he may sign it.        | 2024-03-12 | by mid-April           | 2024-04     | APPROXIMATE | 2024-04-11 | 2024-04-20 | -
        The bill would extend martial law until May 15, lawmakers said on Tuesday. | 2024-03-12 | on Tuesday   | 2024-03-12  | DAY         | 2024-03-12 | 2024-03-12 | relative-weekday-past
        Analysts polled between Nov. 3 and Nov. 6 expect a peak.             | 2025-11-14 | Nov. 6                 | 2025-11-06  | DAY         | 2025-11-06 | 2025-11-06 | -
        On Sunday night, air defences shot down 40 drones. The previous evening, a terminal was hit. | 2025-06-20 | The previous evening | 2025-06-14 | DAY | 2025-06-14 | 2025-06-14 | relative-day-narrative
        Photo: the summit in Alaska, December 3.                             | 2025-11-20 | December 3             | 2025-12-03  | DAY         | 2025-12-03 | 2025-12-03 | month-day-nearest
        The results were published in Q3 2024.                               | 2025-11-14 | Q3 2024                | 2024-Q3     | QUARTER     | 2024-07-01 | 2024-09-30 | absolute-quarter
        Zelensky met Trump at the White House on Aug. 18. Two weeks later, Putin rejected a meeting. | 2025-11-28 | Two weeks later | 2025-W36 | WEEK | 2025-09-01 | 2025-09-07 | relative-shift-narrative
        The May 9 parade was scaled back.                                    | 2025-11-14 | May 9                  | 2025-05-09  | DAY         | 2025-05-09 | 2025-05-09 | month-day-past
        EU leaders will meet next Thursday, diplomats said.                  | 2025-10-15 | next Thursday          | 2025-10-23  | DAY         | 2025-10-23 | 2025-10-23 | relative-weekday-next
        Hungary has blocked the measures since the summer and may do so again. | 2025-10-15 | since the summer     | 2025-SU     | SEASON      | 2025-06-01 | 2025-08-31 | relative-season-past
        The next round could come as soon as October.                        | 2025-09-30 | October                | 2025-10     | MONTH       | 2025-10-01 | 2025-10-31 | -
        A first round took place in May 2025, and a second in early June.   | 2025-09-30 | early June             | 2025-06     | APPROXIMATE | 2025-06-01 | 2025-06-10 | -
        In 2023, exports collapsed after Moscow quit the grain deal in July of that year. | 2025-03-01 | in July of that year | 2023-07 | MONTH | 2023-07-01 | 2023-07-31 | relative-month-anaphoric
        Zelensky met Trump on Aug. 18. On the 25th, drones hit Kyiv.         | 2025-11-28 | On the 25th            | 2025-08-25  | DAY         | 2025-08-25 | 2025-08-25 | day-of-month-narrative
        Talks began on 4 June. The same day, drones hit Odesa.               | 2025-06-20 | The same day           | 2025-06-04  | DAY         | 2025-06-04 | 2025-06-04 | relative-day-anaphoric
        The plan was drafted in 2019. Later that year, it was shelved.       | 2025-11-28 | Later that year        | 2019        | YEAR        | 2019-01-01 | 2019-12-31 | -
        Negotiators talked for three hours.                                  | 2025-06-20 | three hours            | PT3H        | DAY         | -          | -          | duration
        Drones hit Kyiv over the past 24 hours.                              | 2025-06-20 | past 24 hours          | PT24H       | APPROXIMATE | 2025-06-19 | 2025-06-20 | duration-past
        Kyiv has fought off attacks over the past week.                      | 2025-11-20 | past week              | P1W         | APPROXIMATE | 2025-11-14 | 2025-11-20 | duration-past
        The talks on January 7-8 will be the first face-to-face meeting.     | 2019-01-04 | January 7-8            | 2019-01-07/2019-01-08 | DAY | 2019-01-07 | 2019-01-08 | month-day-future
        The two sides will hold talks on Monday and Tuesday in Beijing.      | 2019-01-06 | Monday and Tuesday     | 2019-01-07/2019-01-08 | DAY | 2019-01-07 | 2019-01-08 | relative-weekday-future
        "From Jan. 7 to 9, China and the U.S. held discussions."             | 2019-01-10 | Jan. 7 to 9            | 2019-01-07/2019-01-09 | DAY | 2019-01-07 | 2019-01-09 | -
        Leaders met in Johannesburg on 22–23 November 2025.                  | 2025-12-01 | 22–23 November 2025    | 2025-11-22/2025-11-23 | DAY | 2025-11-22 | 2025-11-23 | absolute-day
        The talks ran from November 30 to December 2.                        | 2025-12-05 | November 30 to December 2 | 2025-11-30/2025-12-02 | DAY | 2025-11-30 | 2025-12-02 | -
        The talks stretched past their deadline on Tuesday (Jan 8).          | 2019-01-09 | Tuesday (Jan 8)        | 2019-01-08  | DAY         | 2019-01-08 | 2019-01-08 | month-day-weekday
        Ramaphosa said on Sunday (Nov 23) that the declaration stood.        | 2025-11-24 | Sunday (Nov 23)        | 2025-11-23  | DAY         | 2025-11-23 | 2025-11-23 | month-day-weekday
        Vast areas were hit by Monday’s earthquake.                          | 2023-02-07 | Monday                 | 2023-02-06  | DAY         | 2023-02-06 | 2023-02-06 | relative-weekday-past
        NEW YORK - MAY 30: Trump sits at the defendant's table.              | 2024-05-30 | MAY 30                 | 2024-05-30  | DAY         | 2024-05-30 | 2024-05-30 | -
        JANUARY 06, 2019                                                     | 2019-01-06 | JANUARY 06, 2019       | 2019-01-06  | DAY         | 2019-01-06 | 2019-01-06 | absolute-day
        It was the most powerful quake in Turkey in a decade.                | 2011-10-24 | a decade               | P1DE        | YEAR        | -          | -          | duration
        The plant will reopen in a year.                                     | 2025-11-20 | a year                 | 2026        | YEAR        | 2026-01-01 | 2026-12-31 | relative-in
        The quake lasted 25 seconds.                                         | 2011-10-24 | 25 seconds             | PT25S       | DAY         | -          | -          | duration
        The jury deliberated for nine and a half hours over two days.        | 2024-05-30 | nine and a half hours  | PT9.5H      | DAY         | -          | -          | duration
        The US and China face a March deadline for talks.                    | 2019-01-05 | March                  | 2019-03     | MONTH       | 2019-03-01 | 2019-03-31 | -
        The results will be officially certified January 6.                 | 2016-12-19 | January 6              | 2017-01-06  | DAY         | 2017-01-06 | 2017-01-06 | month-day-future
        China and US to Hold Trade Talks in Beijing This Week                | 2019-01-06 | This Week              | 2019-W02    | WEEK        | 2019-01-07 | 2019-01-13 | relative-week-this
        The declaration from this weekend's summit reflected a commitment.   | 2025-11-24 | this weekend           | 2025-W47-WE | WEEKEND     | 2025-11-22 | 2025-11-23 | relative-weekend-this
        It is the highest number of faithless electors since the 19th century. | 2016-12-19 | the 19th century    | 18          | APPROXIMATE | 1800-01-01 | 1899-12-31 | absolute-century
        The quake struck southern Turkey 24 hours earlier.                   | 2023-02-07 | 24 hours earlier       | 2023-02-06  | DAY         | 2023-02-06 | 2023-02-06 | relative-shift-narrative
        Snowfall is expected in coming days.                                 | -          | in coming days         | FUTURE_REF  | APPROXIMATE | -          | -          | vague-future
        """)
    void resolves(String sentence, String anchor, String expression, String value, Precision precision, String from,
                  String to, String rule) {
        LocalDate a = anchor == null ? null : LocalDate.parse(anchor);
        List<TemporalExpression> found = tagger.tag("t.txt", sentence, a);
        TemporalExpression e = found.stream().filter(x -> x.text().contains(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + expression + "' not found in " + found));
        assertEquals(sentence.substring(e.start(), e.end()), e.text());
        assertEquals(value, e.value(), () -> TemporalTagger.describe(e));
        assertEquals(precision, e.precision(), () -> TemporalTagger.describe(e));
        assertEquals(from == null ? null : LocalDate.parse(from), e.from(), () -> TemporalTagger.describe(e));
        assertEquals(to == null ? null : LocalDate.parse(to), e.to(), () -> TemporalTagger.describe(e));
        if (rule != null) {
            assertEquals(rule, e.rule());
        }
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}'' is not a date")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Leaders present their plans to Congress.                  | present
        The current line of contact would be frozen.              | current
        Talks will be held at Trump's Mar-a-Lago base.            | Mar
        He may sign the deal if it is fair.                       | may
        May I add one thing to that?                              | May
        Thousands joined a march in Kyiv.                         | march
        The veterans March on the capital was peaceful.           | March
        The Wedding was postponed.                                | Wed
        Sunflower oil exports fell.                               | Sun
        Roughly 14% still remains in Ukrainian hands.             | 14%
        Witkoff presented a 28-point draft.                       | 28-point
        The fund holds $100 billion in frozen Russian assets.     | $100 billion
        Guarantees similar to NATO's Article 5 commitment.        | Article 5
        The committee counted 2000 votes.                         | 2000
        The future of Europe is at stake.                         | future
        He calls twice a day.                                     | a day
        Trump has met Putin several times.                        | times
        The fall of Kupiansk was denied.                          | fall
        April Ryan asked the first question.                      | April
        Returning it to what was formerly known as the Group of 8. | Group of 8
        Subscribe now to keep reading.                            | now
        Russian forces mark Victory Day every May 9.              | May 9
        The EU adopted the 19th sanctions package.                | 19th
        The central bank meets every six weeks.                   | six weeks
        See https://cdn1.img.example.com/img/07e9/0b/16/1123154799_0:0:1920:1080_1920x0.jpg | 1920
        Read it at www.example.com/2019/01/05/story today.         | 2019
        Xi and Trump met for a second time.                       | second
        The March for Life drew crowds.                           | March
        """)
    void is_not_a_date(String sentence, String word) {
        int at = sentence.indexOf(word);
        assertTrue(at >= 0);
        List<TemporalExpression> found = tagger.tag("t.txt", sentence, LocalDate.of(2025, 11, 20));
        assertFalse(found.stream().anyMatch(e -> e.start() < at + word.length() && e.end() > at),
                () -> "tagged " + found);
    }
}
