package org.chronoscope.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Sentence;

/**
 * Finds the structure of an article's text without changing it: the first-line date stamp, a key: value
 * header block, paragraphs (with their kind) and sentences, all as offsets into the text.
 */
final class ArticleParser {
    private static final Pattern STAMP = Pattern.compile("^[ \\t\\u00a0]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*(.*)$");
    private static final Set<String> DATE_KEYS = Set.of("published", "date");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d*");
    static final Set<String> HEADER_KEYS = Set.of("title", "source", "outlet", "url", "published", "date",
            "author", "language", "translated-from");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z-]+)[ \\t]*:[ \\t]*(.*)$");
    private static final int HEADING_MAX = 150;

    private ArticleParser() {
    }

    static ParsedText parse(String text) {
        List<int[]> lines = lines(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        Map<String, String> header = new LinkedHashMap<>();
        List<ParsedText.LineWarning> warnings = new ArrayList<>();
        LocalDate stamp = null;
        int first = 0;

        if (!lines.isEmpty()) {
            int[] l0 = lines.get(0);
            Matcher m = STAMP.matcher(text.substring(l0[0], l0[1]));
            if (m.matches() && (stamp = IsoDates.parse(m.group(1))) == null) {
                warnings.add(new ParsedText.LineWarning(1, "date stamp '" + m.group(1) + "' is not "
                        + IsoDates.FORM + "; ignored"));
            }
            if (stamp != null) {
                String rest = m.group(2);
                if (NUMBER_ONLY.matcher(rest.strip()).matches()) {
                    paragraphs.add(new Paragraph(l0[0], l0[1], BlockKind.HEADER));
                    first = 1;
                } else {
                    int restStart = l0[0] + m.start(2);
                    paragraphs.add(new Paragraph(l0[0], restStart, BlockKind.HEADER));
                    lines.set(0, new int[] {restStart, l0[1]});
                }
            }
        }
        first = parseHeaderBlock(text, lines, first, header, paragraphs, warnings);
        addBodyParagraphs(text, lines, first, paragraphs);
        return new ParsedText(stamp, header, paragraphs, sentences(text, paragraphs), warnings);
    }

    private static int parseHeaderBlock(String text, List<int[]> lines, int first, Map<String, String> header,
                                        List<Paragraph> paragraphs, List<ParsedText.LineWarning> warnings) {
        int i = first;
        while (i < lines.size() && isBlank(text, lines.get(i))) {
            i++;
        }
        int blockStart = i;
        Map<String, String> found = new LinkedHashMap<>();
        while (i < lines.size() && !isBlank(text, lines.get(i))) {
            Matcher m = HEADER_LINE.matcher(text.substring(lines.get(i)[0], lines.get(i)[1]));
            if (!m.matches() || !HEADER_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return first;
            }
            found.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            i++;
        }
        if (found.isEmpty() || i >= lines.size()) {
            return first;
        }
        header.putAll(found);
        for (int k = blockStart; k < i; k++) {
            Matcher m = HEADER_LINE.matcher(text.substring(lines.get(k)[0], lines.get(k)[1]));
            if (m.matches() && DATE_KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    && IsoDates.parse(m.group(2)) == null) {
                warnings.add(new ParsedText.LineWarning(k + 1, "header date '" + m.group(2).strip() + "' is not "
                        + IsoDates.FORM + "; ignored"));
            }
        }
        paragraphs.add(new Paragraph(lines.get(blockStart)[0], lines.get(i - 1)[1], BlockKind.HEADER));
        return i;
    }

    private static void addBodyParagraphs(String text, List<int[]> lines, int first, List<Paragraph> out) {
        RepeatedParagraphs repeats = new RepeatedParagraphs();
        for (int k = 0; k < out.size(); k++) {
            repeats.note(text.substring(out.get(k).start(), out.get(k).end()), k);
        }
        int i = first;
        while (i < lines.size()) {
            if (isBlank(text, lines.get(i))) {
                i++;
                continue;
            }
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            while (i + 1 < lines.size() && !isBlank(text, lines.get(i + 1))
                    && isWrapped(text, end, lines.get(i + 1)[0])) {
                i++;
                end = lines.get(i)[1];
            }
            i++;
            start = skipSpace(text, start, end);
            end = SentenceSplitter.trimEnd(text, start, end);
            String body = text.substring(start, end);
            out.add(new Paragraph(start, end, repeats.kindOf(body, classify(body), out)));
        }
    }

    static BlockKind classify(String paragraph) {
        if (Boilerplate.isBoilerplateLine(paragraph)) {
            return BlockKind.BOILERPLATE;
        }
        if (paragraph.length() <= HEADING_MAX && !endsWithSentencePunctuation(paragraph)) {
            return BlockKind.HEADING;
        }
        return BlockKind.BODY;
    }

    private static boolean endsWithSentencePunctuation(String s) {
        int i = s.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)] ".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(s.charAt(i)) >= 0;
    }

    /** A line continues the previous one when that one has no final punctuation and this starts in lower case. */
    private static boolean isWrapped(String text, int prevEnd, int nextStart) {
        int j = skipSpace(text, nextStart, text.length());
        return j < text.length() && Character.isLowerCase(text.charAt(j))
                && !endsWithSentencePunctuation(text.substring(Math.max(0, prevEnd - 3), prevEnd));
    }

    static List<Sentence> sentences(String text, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            if (!para.kind().isQuotable()) {
                continue;
            }
            if (para.kind() == BlockKind.HEADING) {
                out.add(new Sentence(para.start(), para.end(), p));
                continue;
            }
            for (int[] s : SentenceSplitter.split(text, para.start(), para.end())) {
                out.add(new Sentence(s[0], s[1], p));
            }
        }
        return out;
    }

    /** Line ranges [start, end) without their line terminators. */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    private static boolean isBlank(String text, int[] line) {
        for (int i = line[0]; i < line[1]; i++) {
            if (!SentenceSplitter.isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && SentenceSplitter.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
