package org.chronoscope.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoscope.model.Article;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;

/**
 * Dates an article that its metadata leaves undated, from evidence in the article itself: a dateline or a
 * date line at the head of the text ("ANKARA, Turkiye, February 12, 2023 (ENS) –", "JANUARY 06, 2019") and a
 * date in its address ("/2011/10/24/", "/20111023/"). The date is marked with that basis ({@link
 * DateSource#DATELINE}, {@link DateSource#URL}) and the evidence is kept as its reasoning. A step of {@link
 * PublishedFallback}, so it applies to every article whatever read it (text, web page, PDF); a date from the
 * corpus metadata, the page's metadata, the header or a stamp always wins.
 *
 * <p>A dateline without a year ("MOSCOW, December 4.", "May 30 (UPI) —") takes the year of the address;
 * with none, the article stays undated (and a warning says why): a year is never guessed.
 */
public final class PublicationEvidence {
    private static final String MONTH = "(?<m>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\.?";
    private static final String DAY = "(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<y>(?:19|20)\\d\\d)";
    private static final String WEEKDAY = "(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|sday|nesday"
            + "|rsday|urday)?\\.?,?\\s+)?";
    /** Up to six words of place (or "News") and commas before the date, then the date, then a break. */
    private static final Pattern DATELINE = Pattern.compile("^(?<place>(?:[\\p{Lu}][\\p{L}.'’-]*,?\\s+){0,6}?)"
            + WEEKDAY + "(?:" + MONTH + "\\s+" + DAY + "|" + DAY.replace("<d>", "<d2>") + "\\s+"
            + MONTH.replace("<m>", "<m2>") + ")(?:,?\\s+" + YEAR + ")?(?<rest>\\s*(?:[.:(/|,–—-]|\\d{1,2}[:.]\\d\\d"
            + "|$)|\\s+\\p{Lu}[\\p{L}. ]{0,40}$)");
    /** /2011/10/24/, /2011-10/26/, /2011/10/24-…; /20111023/, -20251123-, -20161219-story. */
    private static final Pattern URL_DAY = Pattern.compile("(?<![\\d])(?<y>(?:19|20)\\d\\d)[/-](?<m>0?[1-9]|1[0-2])"
            + "[/-](?<d>[12]\\d|3[01]|0?[1-9])(?![\\d])|[/_-](?<y2>(?:19|20)\\d\\d)(?<m2>0[1-9]|1[0-2])"
            + "(?<d2>[12]\\d|3[01]|0[1-9])(?=[/_.-]|$)");
    private static final Pattern URL_YEAR = Pattern.compile("/(?<y>(?:19|20)\\d\\d)/");
    /** How many paragraphs from the top a dateline may sit in (headline, kicker, byline, dateline…). */
    private static final int HEAD_PARAGRAPHS = 8;
    /** A sentence, not a dateline, when the words before the date end with one of these ("On December 1, …"). */
    private static final java.util.Set<String> NOT_PLACE = java.util.Set.of("on", "in", "by", "since", "from", "at",
            "until", "till", "before", "after", "during", "last", "next", "this", "the", "of", "for", "through", "as",
            "early", "late", "mid", "between", "and", "or", "to", "that", "than");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private PublicationEvidence() {
    }

    /** The date the article's dateline or address gives, or null. */
    static PublicationDate evidence(Article a, List<Problem> problems) {
        Dateline line = dateline(a);
        String url = a.meta().url();
        if (line != null && line.year != 0) {
            PublicationDate d = date(line.year, line.month, line.day, DateSource.DATELINE, "dateline '" + line.text + "'");
            if (d != null) {
                return d;
            }
        }
        if (url != null) {
            Matcher m = URL_DAY.matcher(url);
            while (m.find()) {
                boolean compact = m.group("y2") != null;
                PublicationDate d = date(Integer.parseInt(m.group(compact ? "y2" : "y")),
                        Integer.parseInt(m.group(compact ? "m2" : "m")), Integer.parseInt(m.group(compact ? "d2" : "d")),
                        DateSource.URL, "address " + url);
                if (d != null) {
                    return d;
                }
            }
        }
        if (line == null) {
            return null;
        }
        Matcher y = url == null ? null : URL_YEAR.matcher(url);
        if (y != null && y.find()) {
            PublicationDate d = date(Integer.parseInt(y.group("y")), line.month, line.day, DateSource.DATELINE,
                    "dateline '" + line.text + "', year from the address " + url);
            if (d != null) {
                return d;
            }
        }
        problems.add(Problem.warning(a.fileName(), "the dateline '" + line.text + "' gives no year: the article "
                + "stays undated (add a 'published:' line to date it)"));
        return null;
    }

    private static PublicationDate date(int y, int m, int d, DateSource source, String reasoning) {
        try {
            return new PublicationDate(LocalDate.of(y, m, d), source, reasoning);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private record Dateline(String text, int year, int month, int day) {
    }

    /** The first dateline among the head paragraphs, up to and including the first body paragraph. */
    private static Dateline dateline(Article a) {
        int seen = 0;
        for (Paragraph p : a.paragraphs()) {
            if (p.kind() == BlockKind.HEADER || p.kind() == BlockKind.BOILERPLATE) {
                continue;
            }
            Dateline d = read(a.text(), p);
            if (d != null) {
                return d;
            }
            if (p.kind() == BlockKind.BODY || ++seen >= HEAD_PARAGRAPHS) {
                return null;
            }
        }
        return null;
    }

    private static Dateline read(String text, Paragraph p) {
        Matcher m = DATELINE.matcher(text).region(p.start(), p.end());
        if (!m.lookingAt()) {
            return null;
        }
        boolean dayFirst = m.group("m") == null;
        int month = month(m.group(dayFirst ? "m2" : "m"));
        boolean capitalised = Character.isUpperCase(text.charAt(m.start(dayFirst ? "m2" : "m")));
        if (month == 0 || !capitalised) {
            return null; // "may 5 people": a month needs its capital
        }
        String[] place = m.group("place").strip().split("[\\s,]+");
        if (NOT_PLACE.contains(place[place.length - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int day = Integer.parseInt(m.group(dayFirst ? "d2" : "d"));
        int year = m.group("y") == null ? 0 : Integer.parseInt(m.group("y"));
        int end = m.start("rest");
        return new Dateline(text.substring(p.start(), end).strip(), year, month, day);
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (w.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
