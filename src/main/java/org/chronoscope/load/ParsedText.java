package org.chronoscope.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Sentence;

/** What {@link ArticleParser} finds in a file's text, and what it had to ignore (a bad date stamp…). */
record ParsedText(LocalDate stampDate, Map<String, String> header, List<Paragraph> paragraphs,
                  List<Sentence> sentences, List<LineWarning> warnings) {

    /** Something ignored at a line (1-based) of the file. */
    record LineWarning(int line, String message) {
    }
}
