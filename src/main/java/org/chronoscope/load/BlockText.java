package org.chronoscope.load;

import java.util.ArrayList;
import java.util.List;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;

/**
 * An article's text made from blocks (a web page's headings and paragraphs, a PDF's paragraphs), a blank line
 * between them, each block a paragraph with its offsets. Web furniture is marked as boilerplate and a block
 * repeated verbatim (a caption printed twice) is quoted once, as in a text file.
 */
final class BlockText {
    static final String SEPARATOR = "\n\n";

    private final StringBuilder text = new StringBuilder();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final RepeatedParagraphs repeats = new RepeatedParagraphs();

    /** Where the next block's text will start. */
    int nextStart() {
        return text.isEmpty() ? 0 : text.length() + SEPARATOR.length();
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    /** Adds a block; a kind of null lets the text decide (boilerplate, a heading, a body paragraph). */
    void add(String block, BlockKind kind) {
        String b = block.strip();
        if (b.isEmpty()) {
            return;
        }
        BlockKind k = Boilerplate.isBoilerplateLine(b) ? BlockKind.BOILERPLATE
                : kind != null ? kind : ArticleParser.classify(b);
        if (!text.isEmpty()) {
            text.append(SEPARATOR);
        }
        int start = text.length();
        text.append(b);
        paragraphs.add(new Paragraph(start, text.length(), repeats.kindOf(b, k, paragraphs)));
    }

    /** Records that a page starts at offset (which may fall inside a block that runs on from the page before). */
    void pageStartsAt(int offset) {
        pageStarts.add(offset);
    }

    /** The quotable text so far, without headers and boilerplate. */
    int quotableLength() {
        int n = 0;
        for (Paragraph p : paragraphs) {
            n += p.kind().isQuotable() ? p.end() - p.start() : 0;
        }
        return n;
    }

    Article build(String name, ArticleMeta meta) {
        String s = text.toString();
        return new Article(name, s, meta, paragraphs, ArticleParser.sentences(s, paragraphs), pageStarts);
    }
}
