package org.chronoscope.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs written by PDFBox for tests: pages of lines as a word processor sets them (an empty line is a paragraph
 * gap), with a running header and a footer "Page N of M" on every page; or a scan (an image, no text).
 */
public final class PdfFixture {
    /** Three pages of a report: a paragraph runs over a page break, two words are hyphenated at line ends. */
    public static final List<List<String>> HARBOUR_REPORT = List.of(
            List.of("Report of the Harbour Commission",
                    "",
                    "The commission was asked on 2 April 2024 to review the nine-day strike at the",
                    "container terminal and the way in which the negotiations were conducted by both",
                    "sides.",
                    "",
                    "Its members met eleven times between April and June. They heard evidence from the",
                    "union, the terminal operator and the port authority, and they visited the ter-",
                    "minal twice during the summer months before drafting the recommendations that",
                    "follow in this report, which is addressed to the"),
            List.of("city council and to the port authority.",
                    "",
                    "The commission recommends that shift patterns be agreed in writing by 30 Sep-",
                    "tember 2024, and that a mediator be named before any further strike ballot."),
            List.of("Recommendations",
                    "",
                    "The port authority should publish a contingency plan for perishable cargo by the",
                    "end of the year."));
    public static final String HARBOUR_HEADER = "Harbour Commission - Final report - 2024";
    private static final float LEADING = 14;
    private static final float MARGIN = 72;

    private PdfFixture() {
    }

    /** The harbour report, as a PDF. */
    public static byte[] harbourReport() throws IOException {
        return pages("Report of the Harbour Commission", HARBOUR_HEADER, HARBOUR_REPORT);
    }

    /** A text PDF; header may be null. Title goes into the document information. */
    public static byte[] pages(String title, String header, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDType1Font small = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float top = page.getMediaBox().getHeight() - MARGIN;
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (header != null) {
                        line(cs, small, 9, MARGIN, top + 30, header);
                    }
                    float y = top;
                    for (String l : pages.get(n)) {
                        if (!l.isEmpty()) {
                            line(cs, body, 11, MARGIN, y, l);
                        }
                        y -= l.isEmpty() ? LEADING * 0.9f : LEADING;
                    }
                    line(cs, small, 9, page.getMediaBox().getWidth() / 2 - 30, MARGIN - 30,
                            "Page " + (n + 1) + " of " + pages.size());
                }
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            return bytes(doc);
        }
    }

    /** A scanned page: a grey image and no text layer. */
    public static byte[] scan() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 60; x++) {
                    img.setRGB(x, y, (x + y) % 7 == 0 ? 0x202020 : 0xf0f0f0);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 40, 40, 500, 740);
            }
            return bytes(doc);
        }
    }

    public static Path write(Path file, byte[] pdf) throws IOException {
        return Files.write(file, pdf);
    }

    private static void line(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static byte[] bytes(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
