package org.chronoscope.load.timex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Month, weekday and number words, as regular-expression fragments and as lookups. */
final class Lexicon {
    static final String MONTH_FULL =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final String MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    /** Month names in capitals, as datelines and photo captions print them ("MAY 30", "JANUARY 06, 2019"). */
    static final String MONTH_CAPS = "(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
            + "|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)";
    /** A month name or abbreviation, as used next to a day number ("Nov. 25", "25 Nov", "MAY 30"). */
    static final String MONTH_ANY = "(?:" + MONTH_FULL + "|" + MONTH_ABBR + "\\.?|" + MONTH_CAPS + "\\.?)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String DAY = "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])";
    /** Between the first and last day of a range: "7-8", "7–8", "7 and 8", "7 to 9", "Monday through Wednesday". */
    static final String TO = "(?:\\s*[-–]\\s*|\\s+(?:and|to|through|till|until)\\s+)";
    /** After a number: not a percentage, a clock time or a decimal ("from March 3 to 5 percent", "7 to 9 p.m."). */
    static final String NOT_A_NUMBER = "(?!\\s*(?:%|(?i:percent|per\\s+cent|[ap]\\.?m\\b)|[:.,]\\d))";
    /** Not followed by a letter, digit or a hyphen joining a word. */
    static final String END = "(?![\\p{L}\\p{N}]|-\\p{L})";
    static final String NUMBER_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty|forty|fifty|sixty|ninety|hundred|a\\s+hundred|one\\s+hundred)";

    static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    static final String[] MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec"};
    static final String[] NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred"};

    private static final Map<String, Integer> NUMBER_VALUES = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("one hundred", 100));

    private Lexicon() {
    }

    /** 1..12 for a month name or abbreviation ("Sept.", "November"), 0 if none. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        String head = w.substring(0, 3);
        String[] heads = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < heads.length; i++) {
            if (heads[i].equals(head)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1 (Monday) .. 7 (Sunday), 0 if none. */
    static int weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].equals(w)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The value of a quantity: digits, a number word, "a"/"an"; -1 for a vague one ("a few", "several"). */
    static int quantity(String words) {
        String q = String.join(" ", words.toLowerCase(Locale.ROOT).split("\\s+"));
        if (!q.isEmpty() && Character.isDigit(q.charAt(0))) {
            return Integer.parseInt(q.replace(",", ""));
        }
        Integer v = NUMBER_VALUES.get(q);
        return v == null ? -1 : v;
    }

    static int dayNumber(String token) {
        int i = 0;
        while (i < token.length() && Character.isDigit(token.charAt(i))) {
            i++;
        }
        return Integer.parseInt(token.substring(0, i));
    }

    static List<String> flatten(Object... items) {
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String[] array) {
                out.addAll(List.of(array));
            } else {
                out.add((String) item);
            }
        }
        return List.copyOf(out);
    }
}
