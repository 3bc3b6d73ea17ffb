package org.chronoscope.load.timex;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The surface forms the tagger knows, each a regular expression matched from the start of a word,
 * with the words such a form can begin with ("#" = a number). Leading prepositions ("on", "since",
 * "by") are not part of these patterns: the scanner adds the one just before a match.
 * Month and weekday names are case-sensitive so that "may", "march" and "sun" stay words.
 */
enum Shape {
    FULL_DATE("(?:(?<wd>" + Lexicon.WEEKDAY + "),?\\s+)?(?:(?:(?i:the)\\s+)?(?<d1>" + Lexicon.DAY + ")(?:" + Lexicon.TO
            + "(?<d1b>" + Lexicon.DAY + "))?(?:\\s+of)?\\s+(?<m1>" + Lexicon.MONTH_ANY + ")(?:,?\\s+(?<y1>" + Lexicon.YEAR
            + "))?|(?<m2>" + Lexicon.MONTH_ANY + ")\\s+(?<d2>" + Lexicon.DAY + ")(?![\\p{L}\\p{N}])(?:" + Lexicon.TO
            + "(?:(?<m2b>" + Lexicon.MONTH_ANY + ")\\s+)?(?<d2b>" + Lexicon.DAY + ")(?![\\p{L}\\p{N}])" + Lexicon.NOT_A_NUMBER
            + ")?(?:,?\\s+(?<y2>" + Lexicon.YEAR + "))?)" + Lexicon.END,
            "#", "the", Lexicon.WEEKDAYS, Lexicon.MONTH_WORDS),
    ISO_DATE("(?<y>" + Lexicon.YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?!\\p{N})", "#"),
    MONTH("(?:(?<mod>(?i:early|mid|late|(?:the\\s+)?(?:end|close|beginning|start|middle)\\s+of|last|this|next"
            + "|this\\s+past|this\\s+coming))(?:\\s+|-))?(?<m>" + Lexicon.MONTH_FULL + "|" + Lexicon.MONTH_ABBR
            + "\\.?(?=\\s+" + Lexicon.YEAR + "))(?:,?\\s+(?:of\\s+)?(?<y>" + Lexicon.YEAR + ")|\\s+of\\s+(?<that>that|the\\s+same)\\s+year)?"
            + "(?![\\p{L}\\p{N}-])",
            "early", "mid", "late", "the", "end", "close", "beginning", "start", "middle", "last", "this", "next",
            Lexicon.MONTH_WORDS),
    YEAR("(?:(?<mod>(?i:early|mid|late|(?:the\\s+)?(?:end|close|beginning|start|middle|turn)\\s+of))(?:\\s+|-))?"
            + "(?<y>" + Lexicon.YEAR + ")(?![\\p{N}%]|[.,]\\d|-\\p{L}|s\\b|\\s*(?i:percent|per\\s+cent))",
            "#", "early", "mid", "late", "the", "end", "close", "beginning", "start", "middle", "turn"),
    DECADE("(?:(?i:the)\\s+)?(?<y>1[89]\\d0|20\\d0)['’]?s(?![\\p{L}\\p{N}])", "#", "the"),
    WEEKDAY("(?:(?<mod>(?i:last|this|next|this\\s+coming|this\\s+past|coming|past))\\s+)?(?<wd>" + Lexicon.WEEKDAY
            + ")(?:" + Lexicon.TO + "(?<wd2>" + Lexicon.WEEKDAY + "))?(?:\\s+(?<part>morning|afternoon|evening|night))?"
            + "(?<latest>\\s+at\\s+the\\s+latest)?" + Lexicon.END,
            "last", "this", "next", "coming", "past", Lexicon.WEEKDAYS),
    PRESENT("(?<w>today|now)" + Lexicon.END, "today", "now"),
    DAY_WORD("(?i:(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow"
            + "|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))|(?<narr>the\\s+(?:previous|next|following"
            + "|preceding)\\s+(?:day|morning|afternoon|evening|night)|the\\s+day\\s+(?:before|after)(?!\\s+(?:the|a|an|his|her|their|its|\\p{Lu}|\\d))))"
            + Lexicon.END,
            "the", "yesterday", "today", "tomorrow", "tonight", "last", "this"),
    PERIOD("(?i:(?<ana>(?:earlier|later)\\s+that|that\\s+same|the\\s+same|that)\\s+(?<au>day|week|month|year)"
            + "|(?:(?<the>the)\\s+)?(?<mod>last|this|next|past|previous|preceding|following|coming"
            + "|(?:earlier|later|early|late)\\s+(?:this|next|last)|this\\s+past|this\\s+coming)\\s+"
            + "(?<u>weekend|week|month|year|summer|winter|spring|autumn|fall))" + Lexicon.END,
            "the", "last", "this", "next", "past", "previous", "preceding", "following", "coming", "earlier",
            "later", "early", "late", "that"),
    ORDINAL_DAY("(?i:the)\\s+(?<d>(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?=\\s*[,.;:)]|\\s+(?i:and|when|as|at|in)\\b)",
            "the"),
    QUARTER("(?i:(?:the\\s+)?(?<q>first|second|third|fourth|final|last)\\s+quarter(?:\\s+of\\s+(?:(?<det>this|next|last)"
            + "\\s+year|(?:the\\s+year\\s+)?(?<y>" + Lexicon.YEAR + ")|the\\s+year))?|Q(?<n>[1-4])\\s+(?<y2>"
            + Lexicon.YEAR + "))" + Lexicon.END,
            "the", "first", "second", "third", "fourth", "final", "q1", "q2", "q3", "q4"),
    SEASON("(?:(?i:the)\\s+)?(?<s>(?i:summer|winter|spring|autumn|fall))(?:\\s+(?:of\\s+)?(?<y>" + Lexicon.YEAR
            + "))?" + Lexicon.END,
            "the", "summer", "winter", "spring", "autumn", "fall"),
    PERIOD_EDGE("(?i:(?:the\\s+)?(?<which>end|close|beginning|start|middle|turn)\\s+of\\s+(?<det>the|this|next|last)\\s+"
            + "(?<u>year|month|week)|(?<ye>year[-\\s]end|year['’]s\\s+end))" + Lexicon.END,
            "the", "end", "close", "beginning", "start", "middle", "turn", "year"),
    CENTURY("(?i:the)\\s+(?<c>(?:1\\d|2[01])(?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth|twenty-first))"
            + "\\s+(?i:century)" + Lexicon.END, "the"),
    AGO("(?i:(?<q>a\\s+few|a\\s+couple\\s+of|a\\s+couple|several|some|many|" + Lexicon.NUMBER_WORDS + "|a|an|\\d{1,3})"
            + "\\s+(?<u>days?|weeks?|months?|years?|decades?)\\s+ago)" + Lexicon.END,
            "a", "an", "several", "some", "many", "#", Lexicon.NUMBERS),
    LATER("(?i:(?<q>" + Lexicon.NUMBER_WORDS + "|a|an|\\d{1,3})\\s+(?<u>hours?|days?|weeks?|months?|years?)\\s+"
            + "(?<dir>later|earlier))" + Lexicon.END,
            "a", "an", "#", Lexicon.NUMBERS),
    VAGUE("(?i:(?:the\\s+)?(?<m>recent|past\\s+few|last\\s+few|coming|next\\s+few|upcoming)\\s+(?<u>days|weeks|months"
            + "|years)|the\\s+(?<u2>days|weeks|months)\\s+(?:ahead|to\\s+come))" + Lexicon.END,
            "the", "recent", "past", "last", "coming", "next", "upcoming"),
    REF("(?i:(?<fut>(?:the\\s+)?(?:foreseeable|near|distant|immediate)\\s+future)|(?<bare>the\\s+future|the\\s+past)"
            + "|(?<rec>recently|lately))" + Lexicon.END,
            "the", "foreseeable", "near", "distant", "immediate", "recently", "lately"),
    DURATION("(?i:(?:the\\s+)?(?:(?<fl>first|last|past|next|coming|final)\\s+)?(?<q>" + Lexicon.NUMBER_WORDS
            + "|a|an|\\d{1,4})(?<half>\\s+and\\s+a\\s+half)?[\\s-]+(?<u>days?|weeks?|months?|years?|decades?|hours?"
            + "|minutes?|seconds?))(?![\\p{L}\\p{N}-])"
            + "(?!\\s+(?i:ago|earlier|later|before|after|from\\s+now)\\b)",
            "the", "first", "last", "past", "next", "coming", "final", "a", "an", "#", Lexicon.NUMBERS),
    VAGUE_DURATION("(?i:(?:(?<q>many|several|a\\s+few|few)\\s+)?(?<u>decades|years|months|weeks)|(?<lt>a\\s+long\\s+time))(?![\\p{L}\\p{N}])"
            + "(?!\\s+(?i:ago|earlier|later)\\b)",
            "many", "several", "a", "few", "decades", "years", "months", "weeks");

    final Pattern pattern;
    final List<String> startWords;

    Shape(String regex, Object... startWords) {
        this.pattern = Pattern.compile(regex);
        this.startWords = Lexicon.flatten(startWords);
    }
}
