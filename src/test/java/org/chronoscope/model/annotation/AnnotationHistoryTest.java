package org.chronoscope.model.annotation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AnnotationHistoryTest {
    private final Annotation note = Annotation.create(AnnotationAnchor.event("geneva-talks"), "Key meeting", null);

    @Test
    void undo_takes_back_an_added_note_and_redo_restores_it() {
        AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
        history.apply("Add note", d -> d.withNote(note));
        assertEquals(1, history.current().notes().size());
        assertEquals("Add note", history.undoName());

        assertTrue(history.undo());
        assertTrue(history.current().notes().isEmpty());
        assertEquals("Add note", history.redoName());

        assertTrue(history.redo());
        assertEquals(List.of(note), history.current().notes());
        assertFalse(history.canRedo());
    }

    @Test
    void edit_move_and_delete_undo_in_reverse_order() {
        AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
        history.apply("Add note", d -> d.withNote(note));
        history.apply("Edit note", d -> d.withNote(note.withText("Edited")));
        history.apply("Move note", d -> d.withNote(d.note(note.id()).orElseThrow().withOffset(new CalloutOffset(30, -40))));
        history.apply("Delete note", d -> d.withoutNote(note.id()));
        assertTrue(history.current().notes().isEmpty());

        history.undo();
        assertEquals(new CalloutOffset(30, -40), history.current().note(note.id()).orElseThrow().offset());
        history.undo();
        assertNull(history.current().note(note.id()).orElseThrow().offset());
        assertEquals("Edited", history.current().note(note.id()).orElseThrow().text());
        history.undo();
        assertEquals("Key meeting", history.current().note(note.id()).orElseThrow().text());
    }

    @Test
    void a_new_edit_after_undo_clears_redo() {
        AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
        history.apply("Star", d -> d.withStar("a", true));
        history.undo();
        history.apply("Star", d -> d.withStar("b", true));
        assertFalse(history.canRedo());
        assertEquals(java.util.Set.of("b"), history.current().starred());
    }

    @Test
    void an_edit_that_changes_nothing_is_not_recorded() {
        AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
        history.apply("Unstar", d -> d.withStar("a", false));
        assertFalse(history.canUndo());
    }

    @Test
    void listeners_hear_every_change_including_undo() {
        AnnotationHistory history = new AnnotationHistory(AnnotationDocument.EMPTY);
        List<Integer> sizes = new ArrayList<>();
        history.addListener(d -> sizes.add(d.notes().size()));
        history.apply("Add", d -> d.withNote(Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 11, 23)), "x", null)));
        history.undo();
        history.redo();
        assertEquals(List.of(1, 0, 1), sizes);
    }

    @Test
    void notes_on_missing_events_are_listed_as_detached_and_kept() {
        Annotation dated = Annotation.create(AnnotationAnchor.range(LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 27)), "week", null);
        AnnotationDocument doc = AnnotationDocument.EMPTY.withNote(note).withNote(dated);
        assertEquals(List.of(note), doc.detached(java.util.Set.of("other-event")));
        assertEquals(List.of(), doc.detached(java.util.Set.of("geneva-talks")));
        assertEquals(2, doc.notes().size());
    }
}
