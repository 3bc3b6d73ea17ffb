package org.chronoscope.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.Paragraph;
import org.chronoscope.model.Sentence;

/** What {@link ArticleParser} finds in a file's text. */
record ParsedText(LocalDate stampDate, Map<String, String> header, List<Paragraph> paragraphs,
                  List<Sentence> sentences) {
}
