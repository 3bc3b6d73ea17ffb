package org.chronoscope.reliability;

import java.nio.file.Path;
import java.time.LocalDate;
import org.chronoscope.load.AnnotationStore;
import org.chronoscope.model.annotation.Annotation;
import org.chronoscope.model.annotation.AnnotationAnchor;
import org.chronoscope.model.annotation.AnnotationDocument;

/** Saves a growing notes file until killed: the process {@link KilledSaveTest} kills with SIGKILL. */
public final class NotesSaver {
    private NotesSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        AnnotationDocument doc = AnnotationStore.load(file).document();
        for (int i = 0; ; i++) {
            doc = doc.withNote(Annotation.create(AnnotationAnchor.date(LocalDate.of(2025, 1, 1).plusDays(i % 3000)),
                    ("note " + i + " ").repeat(50), null));
            AnnotationStore.save(file, doc);
            if (i == 0) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }
}
