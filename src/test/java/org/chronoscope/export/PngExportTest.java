package org.chronoscope.export;

import org.chronoscope.app.export.AtomicFileSink;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.EventQuery;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;
import org.chronoscope.model.annotation.Box;
import org.chronoscope.testing.SyntheticModel;
import org.chronoscope.render.AnnotationPainter;
import org.chronoscope.render.TimelineFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PngExportTest {
    private static final String NOTE_COLOR = "#e03131";
    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @TempDir
    Path dir;

    private static Corpus corpus;

    @BeforeAll
    static void start() {
        FxRuntime.ensureStarted(true);
        corpus = SyntheticModel.corpus(40, 7, FROM, TO);
    }

    private static TimelineEvent someDatedEvent() {
        return corpus.events().stream().filter(e -> e.date().isResolved() && !e.date().isRange()).findFirst()
                .orElseThrow();
    }

    @Test
    void the_png_has_the_requested_width_and_draws_the_title_and_the_callout() throws Exception {
        TimelineEvent event = someDatedEvent();
        AnnotationDocument notes = AnnotationDocument.EMPTY
                .withNote(Annotation.create(AnnotationAnchor.event(event.id()), "Turning point", NOTE_COLOR));
        ExportOptions options = ExportOptions.defaults().withSize(1600, 1).withTitle("Peace talks, autumn 2025", null);
        Path file = dir.resolve("talks.png");

        PngExport.Result result = PngExport.export(corpus, EventQuery.ALL, notes, options, file,
                AtomicFileSink.INSTANCE);

        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(1600, png.getWidth());
        assertEquals(result.height(), png.getHeight());
        TimelinePage page = PngExport.page(corpus, EventQuery.ALL, notes, options);
        Box titleBand = new Box(TimelinePage.MARGIN, TimelinePage.MARGIN - 4, 300, 26);
        assertTrue(darkPixels(png, titleBand, 1) > 200, "the title is drawn in dark text");

        AnnotationPainter.Callout callout = page.annotationLayer().callouts().get(0);
        Box onPage = callout.box().moved(page.timelineBox().x(), page.timelineBox().y());
        int accent = png.getRGB((int) onPage.x() + 4, (int) (onPage.y() + onPage.h() / 2));
        assertColorNear(0xe03131, accent, 30);
    }

    @Test
    void at_scale_two_the_png_is_twice_as_wide_and_the_callout_is_where_it_was() throws Exception {
        TimelineEvent event = someDatedEvent();
        AnnotationDocument notes = AnnotationDocument.EMPTY
                .withNote(Annotation.create(AnnotationAnchor.event(event.id()), "Turning point", NOTE_COLOR));
        ExportOptions options = ExportOptions.defaults().withSize(1000, 2);
        Pixels px = PngExport.render(corpus, EventQuery.ALL, notes, options);
        assertEquals(2000, px.width());
        TimelinePage page = PngExport.page(corpus, EventQuery.ALL, notes, options);
        assertEquals((int) Math.ceil(page.height() * 2), px.height());
        Box box = page.annotationLayer().callouts().get(0).box().moved(page.timelineBox().x(), page.timelineBox().y());
        assertColorNear(0xe03131, px.argbAt((int) (2 * box.x() + 8), (int) (2 * (box.y() + box.h() / 2))), 30);
    }

    @Test
    void events_filtered_out_are_not_drawn() throws Exception {
        String actor = "russia";
        EventQuery onlyRussia = EventQuery.ALL.withActors(Set.of(actor));
        TimelinePage page = PngExport.page(corpus, onlyRussia, AnnotationDocument.EMPTY, ExportOptions.defaults());
        // Russia, and the people acting for it in the synthetic actor table
        Set<String> russian = Set.of("russia", "putin", "lavrov");
        java.util.function.Predicate<TimelineEvent> isRussian = e -> e.date().isResolved()
                && e.actors().stream().anyMatch(russian::contains);
        long expected = corpus.events().stream().filter(isRussian).count();
        long drawn = page.frame().items().stream().mapToInt(TimelineFrame.Item::count).sum();
        assertTrue(expected > 0 && expected < corpus.events().stream().filter(e -> e.date().isResolved()).count());
        assertEquals(expected, drawn + page.frame().overflows().stream().mapToInt(TimelineFrame.Overflow::count).sum());
        for (TimelineFrame.Item it : page.frame().items()) {
            if (it.event() != null) {
                assertTrue(isRussian.test(it.event()), it.event().id() + " is not Russian");
            }
        }
    }

    @Test
    void lanes_by_category_on_screen_give_lanes_by_category_in_the_png() throws Exception {
        ExportOptions byCategory = ExportOptions.defaults().withLook(org.chronoscope.model.layout.LaneMode.CATEGORY, false);
        TimelinePage page = PngExport.page(corpus, EventQuery.ALL, AnnotationDocument.EMPTY, byCategory);
        long categories = corpus.events().stream().filter(e -> e.date().isResolved()).map(TimelineEvent::category)
                .distinct().count();
        assertEquals(categories, page.frame().model().lanes().size());
        assertTrue(page.frame().scale().warp().breaks().isEmpty(), "not compressed, as asked");
    }

    @Test
    void a_note_on_a_missing_event_is_reported_not_drawn() throws Exception {
        AnnotationDocument notes = AnnotationDocument.EMPTY
                .withNote(Annotation.create(AnnotationAnchor.event("no-such-event"), "lost", NOTE_COLOR));
        PngExport.Result result = PngExport.export(corpus, EventQuery.ALL, notes, ExportOptions.defaults(),
                dir.resolve("x.png"), AtomicFileSink.INSTANCE);
        assertEquals(1, result.notShown().size());
    }

    private static int darkPixels(BufferedImage img, Box box, int step) {
        int n = 0;
        for (int y = (int) box.y(); y < box.maxY(); y += step) {
            for (int x = (int) box.x(); x < box.maxX(); x += step) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    static void assertColorNear(int expectedRgb, int actual, int tolerance) {
        int[] e = {(expectedRgb >> 16) & 255, (expectedRgb >> 8) & 255, expectedRgb & 255};
        int[] a = {(actual >> 16) & 255, (actual >> 8) & 255, actual & 255};
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(e[i] - a[i]) <= tolerance,
                    String.format("expected #%06x, got #%06x", expectedRgb, actual & 0xffffff));
        }
    }
}
