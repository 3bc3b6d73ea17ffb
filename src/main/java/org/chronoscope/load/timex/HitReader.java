package org.chronoscope.load.timex;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.chronoscope.load.timex.Hit.Kind;

/** Turns a pattern match into a {@link Hit}, or rejects it when the context shows it is not a date. */
final class HitReader {
    /** Prepositions that make a bare month, season or "a month" a time expression. */
    static final Set<String> TIME_PREPS = Set.of("in", "since", "from", "until", "till", "by", "during",
            "before", "after", "through", "throughout", "over", "within", "for", "around", "on", "at", "of", "as");
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("article", "resolution", "no", "number", "flight",
            "page", "route", "group", "paragraph", "section", "room", "code", "model", "item", "point", "about",
            "some", "over", "nearly", "almost", "than", "least", "around", "approximately");
    private static final Set<String> NOT_AFTER_YEAR = Set.of("people", "soldiers", "troops", "men", "women",
            "children", "civilians", "residents", "km", "kilometres", "kilometers", "miles", "metres", "meters",
            "dollars", "euros", "tons", "tonnes", "votes", "times", "drones", "missiles", "shells", "units", "points",
            "deaths", "dead", "casualties", "prisoners", "hryvnias", "roubles", "rubles", "vehicles", "tanks",
            "households", "homes", "buildings", "jobs", "workers", "members", "delegates", "pages", "words",
            "hours", "minutes", "seconds", "feet", "square", "sq", "barrels", "cubic", "kg", "mw", "gw");
    private static final Set<String> PREPS_BEFORE_NOW = Set.of("until", "till", "from", "by", "since");
    private static final Set<String> GENERIC_TODAY = Set.of("person", "people", "world", "society", "generation",
            "nobody", "anyone", "anybody", "everyone", "everybody", "man", "woman", "men", "women", "youth",
            "children", "leaders", "politicians");

    private HitReader() {
    }

    static Hit read(Shape shape, Matcher m, String text, String prep, int prevWordStart) {
        int s = m.start();
        int e = m.end();
        return switch (shape) {
            case FULL_DATE -> fullDate(m, s, e);
            case CENTURY -> {
                Hit h = new Hit(Kind.CENTURY, s, e);
                String c = normalise(m.group("c"));
                h.year = Character.isDigit(c.charAt(0)) ? Lexicon.dayNumber(c) : switch (c) {
                    case "eighteenth" -> 18;
                    case "nineteenth" -> 19;
                    case "twentieth" -> 20;
                    default -> 21;
                };
                yield h;
            }
            case ISO_DATE -> date(Kind.FULL_DATE, s, e, num(m, "y"), num(m, "m"), num(m, "d"));
            case MONTH -> month(m, text, s, e, prep, prevWordStart);
            case YEAR -> year(m, text, s, e, prevWordStart);
            case DECADE -> {
                Hit h = new Hit(Kind.DECADE, s, e);
                h.year = num(m, "y");
                yield h;
            }
            case WEEKDAY -> weekday(m, s, e, prep);
            case DAY_WORD -> dayWord(m, s, e);
            case PERIOD -> period(m, s, e);
            case SEASON -> season(m, s, e, prep);
            case PERIOD_EDGE -> periodEdge(m, s, e, prep);
            case QUARTER -> quarter(m, s, e);
            case ORDINAL_DAY -> {
                if (!"on".equals(prep) && !"by".equals(prep) && !"until".equals(prep) && !"since".equals(prep)) {
                    yield null; // "the 19th sanctions package" is an ordinal, "on the 25th," a day
                }
                Hit h = new Hit(Kind.MONTH_DAY, s, e);
                h.day = Lexicon.dayNumber(m.group("d"));
                yield h;
            }
            case AGO -> ago(m, s, e);
            case LATER -> {
                Hit h = new Hit(Kind.NARRATIVE_SHIFT, s, e);
                int q = Lexicon.quantity(m.group("q"));
                h.quantity = "earlier".equalsIgnoreCase(m.group("dir")) ? -q : q;
                h.unit = DurationHits.unit(normalise(m.group("u")));
                yield h;
            }
            case VAGUE -> vague(m, s, e);
            case REF -> ref(m, s, e, prep);
            case PRESENT -> present(m, text, s, e, prep, prevWordStart);
            case DURATION -> DurationHits.duration(m, text, s, e, prep, prevWordStart);
            case VAGUE_DURATION -> DurationHits.vagueDuration(m, text, s, e, prep);
        };
    }

    private static Hit fullDate(Matcher m, int s, int e) {
        boolean dmy = m.group("d1") != null;
        int month = Lexicon.month(m.group(dmy ? "m1" : "m2"));
        int day = Lexicon.dayNumber(m.group(dmy ? "d1" : "d2"));
        String y = m.group(dmy ? "y1" : "y2");
        Hit h = y == null ? date(Kind.MONTH_DAY, s, e, 0, month, day)
                : date(Kind.FULL_DATE, s, e, Integer.parseInt(y), month, day);
        if (h == null) {
            return null;
        }
        if (y == null && m.group("wd") != null) {
            h.weekday = Lexicon.weekday(m.group("wd"));
        }
        String last = m.group(dmy ? "d1b" : "d2b");
        if (last != null) { // "January 7-8", "7 and 8 January", "November 30 to December 2"
            String lastMonth = dmy ? null : m.group("m2b");
            h.endMonth = lastMonth == null ? month : Lexicon.month(lastMonth);
            h.endDay = Lexicon.dayNumber(last);
            boolean later = h.endMonth != month || h.endDay > day;
            boolean list = isList(m.group(), m.start(dmy ? "d1b" : "d2b") - s)
                    && (lastMonth != null || h.endDay != day + 1); // "Nov. 3 and Nov. 6": two days, no range
            if (!later || list || date(Kind.MONTH_DAY, s, e, 0, h.endMonth, h.endDay) == null) {
                return null; // the shorter form is read instead
            }
        }
        return h;
    }

    private static Hit date(Kind kind, int s, int e, int year, int month, int day) {
        int max = switch (month) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        if (month < 1 || day < 1 || day > max || (kind == Kind.FULL_DATE && month == 2 && day == 29
                && !java.time.Year.isLeap(year))) {
            return null;
        }
        Hit h = new Hit(kind, s, e);
        h.year = year;
        h.month = month;
        h.day = day;
        return h;
    }

    private static Hit month(Matcher m, String text, int s, int e, String prep, int prevWordStart) {
        String mod = normalise(m.group("mod"));
        String y = m.group("y");
        if (mod == null && y == null && (prep == null || !TIME_PREPS.contains(prep) || "of".equals(prep))
                && !beforeNoun(text, e, prevWordStart)) {
            return null; // "May" the verb, "March" the noun, a name: only with a preposition or a year
        }
        Hit h = new Hit(y == null ? Kind.MONTH : Kind.MONTH_YEAR, s, e);
        h.narrative = m.group("that") != null; // "in July of that year"
        h.month = Lexicon.month(m.group("m"));
        h.year = y == null ? 0 : Integer.parseInt(y);
        h.mod = edge(mod);
        return h;
    }

    /** Words after which a capitalised month before a noun is still no date ("the March for Life"). */
    private static final Set<String> NOT_A_NOUN = Set.of("for", "of", "to", "and", "or", "on", "in", "at", "with",
            "by", "is", "was", "will", "has", "had", "would", "could");

    /** "a March deadline", "the May elections": an article, the month, then a noun in lower case. */
    private static boolean beforeNoun(String text, int e, int prevWordStart) {
        if (prevWordStart < 0) {
            return false;
        }
        String prev = word(text, prevWordStart);
        if (!prev.equals("a") && !prev.equals("an") && !prev.equals("the")) {
            return false;
        }
        int i = e;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > e && i < text.length() && Character.isLowerCase(text.charAt(i)) && !NOT_A_NOUN.contains(word(text, i));
    }

    private static Hit year(Matcher m, String text, int s, int e, int prevWordStart) {
        if (s > 0 && "$€£¥".indexOf(text.charAt(s - 1)) >= 0) {
            return null;
        }
        if (s > 1 && text.charAt(s - 1) == ',' && Character.isDigit(text.charAt(s - 2))) {
            return null;
        }
        if (prevWordStart >= 0 && m.group("mod") == null
                && NOT_BEFORE_YEAR.contains(word(text, prevWordStart))) {
            return null;
        }
        String next = nextWord(text, e);
        if (next != null && NOT_AFTER_YEAR.contains(next)) {
            return null;
        }
        Hit h = new Hit(Kind.YEAR, s, e);
        h.year = num(m, "y");
        h.mod = edge(normalise(m.group("mod")));
        return h;
    }

    private static Hit weekday(Matcher m, int s, int e, String prep) {
        Hit h = new Hit(Kind.WEEKDAY, s, e);
        h.weekday = Lexicon.weekday(m.group("wd"));
        if (m.group("wd2") != null) { // "on Monday and Tuesday", "from Monday to Thursday"
            h.endWeekday = Lexicon.weekday(m.group("wd2"));
            boolean list = isList(m.group(), m.start("wd2") - s) && h.endWeekday != h.weekday % 7 + 1;
            if (h.endWeekday == h.weekday || list) {
                return null; // "on Monday and Wednesday": two days, read one by one
            }
        }
        String mod = normalise(m.group("mod"));
        if (mod != null) {
            mod = switch (mod) {
                case "this past", "past" -> "last";
                case "this coming", "coming" -> "next";
                default -> mod;
            };
        } else if (m.group("latest") != null || "by".equals(prep) || "until".equals(prep) || "till".equals(prep)) {
            mod = "deadline";
        }
        h.mod = mod;
        return h;
    }

    private static Hit dayWord(Matcher m, int s, int e) {
        if (m.group("narr") != null) {
            Hit h = new Hit(Kind.NARRATIVE_DAY, s, e);
            String w = normalise(m.group("narr"));
            h.quantity = w.contains("previous") || w.contains("preceding") || w.endsWith("before") ? -1 : 1;
            return h;
        }
        String w = normalise(m.group("w"));
        Hit h = new Hit(Kind.DAY_OFFSET, s, e);
        h.quantity = switch (w) {
            case "yesterday", "last night" -> -1;
            case "tomorrow" -> 1;
            case "the day before yesterday" -> -2;
            case "the day after tomorrow" -> 2;
            default -> 0;
        };
        return h;
    }

    private static Hit period(Matcher m, int s, int e) {
        if (m.group("ana") != null) { // "later that year", "the same day": the time the text last spoke of
            Hit h = new Hit(Kind.PERIOD, s, e);
            String ana = normalise(m.group("ana"));
            h.edge = ana.startsWith("earlier") ? "earlier" : ana.startsWith("later") ? "later" : null;
            h.mod = "this";
            h.narrative = true;
            String u = normalise(m.group("au"));
            h.unit = "day".equals(u) ? Hit.DAY : DurationHits.unit(u);
            return h;
        }
        String mod = normalise(m.group("mod"));
        String u = normalise(m.group("u"));
        boolean the = m.group("the") != null;
        boolean wholeUnit = !u.equals("weekend") && seasonIndex(u) < 0;
        if (wholeUnit && ("past".equals(mod) || the && "last".equals(mod))) {
            Hit h = new Hit(Kind.DURATION, s, e); // "the past week": the seven days up to the anchor
            h.quantity = 1;
            h.unit = DurationHits.unit(u);
            h.mod = "past";
            return h;
        }
        Hit h = new Hit(Kind.PERIOD, s, e);
        int space = mod.indexOf(' ');
        if (space > 0 && !mod.startsWith("this ")) { // "early next", "earlier this"
            h.edge = mod.substring(0, space);
            mod = mod.substring(space + 1);
        }
        h.mod = switch (mod) {
            case "past", "this past" -> "last";
            case "coming", "this coming" -> "next";
            case "previous", "preceding" -> {
                h.narrative = true;
                yield "last";
            }
            case "following" -> {
                h.narrative = true;
                yield "next";
            }
            default -> mod;
        };
        h.season = seasonIndex(u);
        h.unit = h.season >= 0 ? Hit.SEASON : "weekend".equals(u) ? Hit.WEEKEND : DurationHits.unit(u);
        return h;
    }

    private static Hit quarter(Matcher m, int s, int e) {
        Hit h = new Hit(Kind.QUARTER, s, e);
        String q = m.group("n") != null ? m.group("n") : normalise(m.group("q"));
        boolean of = m.group().toLowerCase(Locale.ROOT).contains(" of ");
        h.quantity = switch (q) {
            case "1", "first" -> 1;
            case "2", "second" -> 2;
            case "3", "third" -> 3;
            default -> 4;
        };
        String y = m.group("y") != null ? m.group("y") : m.group("y2");
        h.year = y == null ? 0 : Integer.parseInt(y);
        String det = normalise(m.group("det"));
        h.mod = "last".equals(q) && !of && y == null ? "previous" : det == null ? "this" : det;
        return h;
    }

    private static Hit season(Matcher m, int s, int e, String prep) {
        String name = normalise(m.group("s"));
        String y = m.group("y");
        boolean hasThe = m.group().regionMatches(true, 0, "the", 0, 3);
        if (y == null && (!hasThe || prep == null || !TIME_PREPS.contains(prep) || "of".equals(prep))) {
            return null;
        }
        Hit h = new Hit(Kind.SEASON, s, e);
        h.season = seasonIndex(name);
        h.year = y == null ? 0 : Integer.parseInt(y);
        return h;
    }

    private static Hit periodEdge(Matcher m, int s, int e, String prep) {
        Hit h = new Hit(Kind.PERIOD_EDGE, s, e);
        if (m.group("ye") != null) {
            h.unit = Hit.YEAR;
            h.mod = "end";
            h.quantity = 0;
        } else {
            h.unit = DurationHits.unit(normalise(m.group("u")));
            h.mod = edge(normalise(m.group("which")));
            String det = normalise(m.group("det"));
            h.quantity = "next".equals(det) ? 1 : "last".equals(det) ? -1 : 0;
        }
        if ("end".equals(h.mod) && prep != null && Set.of("by", "before", "until", "till").contains(prep)) {
            h.mod = "deadline";
        }
        return h;
    }

    private static Hit ago(Matcher m, int s, int e) {
        Hit h = new Hit(Kind.AGO, s, e);
        h.quantity = Lexicon.quantity(m.group("q"));
        h.unit = DurationHits.unit(normalise(m.group("u")));
        h.mod = normalise(m.group("q"));
        return h;
    }

    private static Hit vague(Matcher m, int s, int e) {
        Hit h = new Hit(Kind.VAGUE, s, e);
        String which = normalise(m.group("m"));
        String u = m.group("u") != null ? m.group("u") : m.group("u2");
        h.unit = DurationHits.unit(normalise(u));
        h.mod = which == null || which.startsWith("coming") || which.startsWith("next") || which.startsWith("upcoming")
                ? "future" : "past";
        return h;
    }

    private static Hit ref(Matcher m, int s, int e, String prep) {
        Hit h = new Hit(Kind.REF, s, e);
        if (m.group("fut") != null) {
            h.mod = "future";
        } else if (m.group("rec") != null) {
            h.mod = "past";
        } else {
            if (!"in".equals(prep)) {
                return null; // "the future of Europe" is not a time
            }
            h.mod = m.group("bare").toLowerCase(Locale.ROOT).endsWith("future") ? "future" : "past";
        }
        return h;
    }

    /** "today" used generically ("no sane person today") or "now" after a preposition ("until now"). */
    private static Hit present(Matcher m, String text, int s, int e, String prep, int prevWordStart) {
        String w = m.group("w").toLowerCase(Locale.ROOT);
        String prev = prevWordStart >= 0 ? word(text, prevWordStart) : null;
        boolean generic = w.equals("today") ? prev != null && (GENERIC_TODAY.contains(prev) || "of".equals(prep))
                : prep != null && PREPS_BEFORE_NOW.contains(prep);
        if (!generic) {
            return null;
        }
        Hit h = new Hit(Kind.PRESENT, s, e);
        return h;
    }

    static int seasonIndex(String name) {
        return switch (name) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "autumn", "fall" -> 2;
            case "winter" -> 3;
            default -> -1;
        };
    }

    /** "the end of", "close of" → "end"; "beginning of", "start of" → "early"; "middle of" → "mid". */
    private static String edge(String mod) {
        if (mod == null) {
            return null;
        }
        String m = mod.startsWith("the ") ? mod.substring(4) : mod;
        if (m.endsWith(" of")) {
            m = m.substring(0, m.length() - 3);
        }
        return switch (m) {
            case "end", "close" -> "end";
            case "beginning", "start", "turn" -> "early";
            case "middle" -> "mid";
            default -> m;
        };
    }

    /** Whether the words before {@code secondAt} in a range form join with "and" (a list) rather than "to" or a dash. */
    private static boolean isList(String form, int secondAt) {
        int i = form.lastIndexOf(" and ", secondAt);
        return i >= 0 && form.indexOf('-') < 0 && form.indexOf('–') < 0 && form.indexOf(" to ", i) < 0;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String normalise(String s) {
        return s == null ? null : SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    static String word(String text, int start) {
        int e = start;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(start, e).toLowerCase(Locale.ROOT);
    }

    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == from || i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        return word(text, i);
    }
}
