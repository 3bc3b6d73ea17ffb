package org.chronoscope.load;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF's text as lines, page by page, in PDFBox's reading order, each line marked when it starts a paragraph. */
final class PdfLines extends PDFTextStripper {
    /** One line of text; {@code paragraphStart} when PDFBox saw a paragraph begin there (a gap, an indent). */
    record Line(String text, boolean paragraphStart) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private List<Line> page = new ArrayList<>();
    private boolean paragraphStart = true;

    private PdfLines() {
        setSortByPosition(false);
        setShouldSeparateByBeads(true);
    }

    static List<List<Line>> of(PDDocument doc) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(doc, Writer.nullWriter());
        return lines.pages;
    }

    @Override
    protected void startPage(PDPage p) {
        page = new ArrayList<>();
        pages.add(page);
        paragraphStart = true;
    }

    @Override
    protected void endPage(PDPage p) {
        flush();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeParagraphStart() {
        flush();
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
        paragraphStart = true;
    }

    private void flush() {
        String s = line.toString().strip();
        line.setLength(0);
        if (!s.isEmpty()) {
            page.add(new Line(s, paragraphStart));
            paragraphStart = false;
        }
    }
}
