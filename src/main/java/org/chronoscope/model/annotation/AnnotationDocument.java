package org.chronoscope.model.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the user added to a corpus: notes and starred events. Immutable; every change returns a new document,
 * which is what makes undo/redo (see {@link AnnotationHistory}) a matter of keeping old documents.
 *
 * @param notes   the notes, in the order they were written
 * @param starred ids of the starred events, in the order they were starred
 */
public record AnnotationDocument(List<Annotation> notes, Set<String> starred) {
    public static final AnnotationDocument EMPTY = new AnnotationDocument(List.of(), Set.of());

    public AnnotationDocument {
        notes = List.copyOf(notes);
        starred = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(starred));
        Set<String> ids = new java.util.HashSet<>();
        for (Annotation a : notes) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("two notes share the id " + a.id());
            }
        }
    }

    public boolean isEmpty() {
        return notes.isEmpty() && starred.isEmpty();
    }

    public Optional<Annotation> note(String id) {
        return notes.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public AnnotationDocument withNote(Annotation note) {
        List<Annotation> list = new ArrayList<>(notes);
        int i = indexOf(note.id());
        if (i >= 0) {
            list.set(i, note);
        } else {
            list.add(note);
        }
        return new AnnotationDocument(list, starred);
    }

    public AnnotationDocument withoutNote(String id) {
        List<Annotation> list = new ArrayList<>(notes);
        list.removeIf(a -> a.id().equals(id));
        return new AnnotationDocument(list, starred);
    }

    public boolean isStarred(String eventId) {
        return starred.contains(eventId);
    }

    public AnnotationDocument withStar(String eventId, boolean on) {
        Set<String> set = new LinkedHashSet<>(starred);
        if (on) {
            set.add(eventId);
        } else {
            set.remove(eventId);
        }
        return new AnnotationDocument(notes, set);
    }

    /** Notes attached to an event that is not among {@code eventIds}: kept, listed apart, not drawn. */
    public List<Annotation> detached(Collection<String> eventIds) {
        Set<String> known = eventIds instanceof Set<String> s ? s : Set.copyOf(eventIds);
        return notes.stream().filter(a -> a.eventId() != null && !known.contains(a.eventId())).toList();
    }

    private int indexOf(String id) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
