package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.Origin;
import org.chronoscope.model.Precision;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogWriterTest {
    @TempDir
    Path dir;

    private TimelineEvent extractedFrom(Corpus c) {
        return c.events().stream().filter(e -> e.origin() == Origin.EXTRACTED && e.date().isResolved())
                .findFirst().orElseThrow();
    }

    @Test
    void a_promoted_event_is_curated_on_the_next_load_with_its_date_still_from_the_text() throws IOException {
        Seeds.copyTo(dir);
        Corpus before = CorpusLoader.load(dir);
        TimelineEvent x = extractedFrom(before);
        String id = CatalogWriter.promote(dir, x, "A US offer at odds with Europe", x.date());
        Corpus after = CorpusLoader.load(dir);
        assertTrue(after.problems().isEmpty(), after.problems().toString());
        TimelineEvent e = after.event(id).orElseThrow();
        assertEquals(Origin.CURATED, e.origin());
        assertEquals("A US offer at odds with Europe", e.title());
        assertEquals(x.date().start(), e.date().start());
        assertEquals(x.date().basis().kind(), e.date().basis().kind());
        assertEquals(before.events().size(), after.events().size(), "promoted, not duplicated");
        assertTrue(after.event("geneva-talks").isPresent(), "the catalogue keeps what it had");
    }

    @Test
    void an_edited_date_is_saved_as_typed_by_hand() throws IOException {
        Seeds.copyTo(dir);
        TimelineEvent x = extractedFrom(CorpusLoader.load(dir));
        EventDate edited = new EventDate(LocalDate.of(2025, 9, 12), null, Precision.DAY, DateBasis.handTyped("x"));
        String id = CatalogWriter.promote(dir, x, "Photo call", edited);
        TimelineEvent e = CorpusLoader.load(dir).event(id).orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 12), e.date().start());
        assertEquals(BasisKind.HAND_TYPED, e.date().basis().kind());
    }

    @Test
    void a_catalogue_that_cannot_be_read_is_left_untouched() throws IOException {
        Seeds.copyTo(dir);
        TimelineEvent x = extractedFrom(CorpusLoader.load(dir));
        Files.writeString(dir.resolve("events.json"), "{ broken");
        IOException e = assertThrows(IOException.class, () -> CatalogWriter.promote(dir, x, "T", x.date()));
        assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
        assertEquals("{ broken", Files.readString(dir.resolve("events.json")));
    }
}
