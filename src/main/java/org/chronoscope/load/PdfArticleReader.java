package org.chronoscope.load;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;

/**
 * Reads a PDF with Apache PDFBox: its text in reading order, without running headers, footers and page numbers,
 * words hyphenated at line ends joined, paragraphs that run across a page break joined; each page's start is
 * kept so a passage knows its page. A PDF with no text layer (a scan) is a warning, not an empty article.
 */
final class PdfArticleReader {
    /** PDFBox reports font and structure oddities through java.util.logging; they are not the user's problem. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(page|p\\.|seite)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(\\s*(/|of|von)\\s*\\d{1,4})?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Lines at the top and bottom of a page that may be running heads or feet. */
    private static final int EDGE_LINES = 2;
    /** Fewer letters than this in the whole file: no text layer. */
    private static final int MIN_LETTERS = 40;

    static {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        FONTBOX_LOG.setLevel(Level.SEVERE);
    }

    private PdfArticleReader() {
    }

    static Optional<Article> read(String name, byte[] bytes, List<Problem> problems) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<List<PdfLines.Line>> pages = PdfLines.of(doc);
            BlockText text = blocks(pages, runningLines(pages));
            if (letters(pages) < MIN_LETTERS || text.quotableLength() == 0) {
                problems.add(Problem.warning(name, "has no text layer (a scanned PDF?): nothing to read; run it"
                        + " through OCR (for example ocrmypdf) and add the result"));
                return Optional.empty();
            }
            return Optional.of(text.build(name, meta(doc)));
        } catch (InvalidPasswordException e) {
            problems.add(Problem.warning(name, "is a password-protected PDF; skipped"));
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(name, "is not a readable PDF (" + e.getMessage() + "); skipped"));
        }
        return Optional.empty();
    }

    private static ArticleMeta meta(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String lang = doc.getDocumentCatalog().getLanguage();
        return new ArticleMeta(blankToNull(info.getTitle()), null, null, blankToNull(info.getAuthor()),
                lang == null || lang.isBlank() ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT), null,
                PublicationDate.unknown());
    }

    /** Lines at a page's top or bottom that recur (digits aside) on at least half the pages, two at least. */
    static Set<String> runningLines(List<List<PdfLines.Line>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<PdfLines.Line> page : pages) {
            Set<String> onThisPage = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < EDGE_LINES || i >= page.size() - EDGE_LINES) {
                    onThisPage.add(key(page.get(i).text()));
                }
            }
            onThisPage.forEach(k -> counts.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 2 && n * 2 >= pages.size()) {
                running.add(k);
            }
        });
        return running;
    }

    private static BlockText blocks(List<List<PdfLines.Line>> pages, Set<String> running) {
        BlockText text = new BlockText();
        StringBuilder block = new StringBuilder();
        for (List<PdfLines.Line> page : pages) {
            boolean firstOnPage = true;
            for (int i = 0; i < page.size(); i++) {
                PdfLines.Line line = page.get(i);
                boolean edge = i < EDGE_LINES || i >= page.size() - EDGE_LINES;
                if (edge && (running.contains(key(line.text())) || PAGE_NUMBER.matcher(line.text()).matches())) {
                    continue;
                }
                boolean continues = !block.isEmpty() && (!line.paragraphStart()
                        || firstOnPage && runsOn(block, line.text()));
                if (!continues && !block.isEmpty()) {
                    text.add(block.toString(), null);
                    block.setLength(0);
                }
                join(block, line.text());
                if (firstOnPage) {
                    text.pageStartsAt(text.nextStart() + block.length() - line.text().length());
                    firstOnPage = false;
                }
            }
            if (firstOnPage) {
                text.pageStartsAt(text.nextStart() + block.length());
            }
        }
        if (!block.isEmpty()) {
            text.add(block.toString(), null);
        }
        return text;
    }

    /** A paragraph runs on over a page break when it has no final punctuation and the next line starts low. */
    private static boolean runsOn(CharSequence block, String next) {
        char last = block.charAt(block.length() - 1);
        return ".!?:;\"”’…)".indexOf(last) < 0 && Character.isLowerCase(next.codePointAt(0));
    }

    /** Appends a line: a word hyphenated at the line's end is joined ("nego-" + "tiations"), else a space. */
    static void join(StringBuilder block, String line) {
        int n = block.length();
        if (n == 0) {
            block.append(line);
            return;
        }
        char last = block.charAt(n - 1);
        boolean hyphenated = (last == '-' || last == '\u00ad') && n >= 2 && Character.isLetter(block.charAt(n - 2))
                && Character.isLowerCase(line.codePointAt(0));
        if (hyphenated) {
            block.setLength(n - 1);
        } else if (last == '\u00ad') {
            block.setLength(n - 1);
        } else {
            block.append(' ');
        }
        block.append(line);
    }

    private static String key(String line) {
        return DIGITS.matcher(line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip()).replaceAll("#");
    }

    private static int letters(List<List<PdfLines.Line>> pages) {
        int n = 0;
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line l : page) {
                for (int i = 0; i < l.text().length() && n < MIN_LETTERS; i++) {
                    n += Character.isLetter(l.text().charAt(i)) ? 1 : 0;
                }
            }
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
