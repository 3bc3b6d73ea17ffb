package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;

/** The optional corpus metadata file, {@value #FILE_NAME}: a corpus title and per-article metadata. */
public record CorpusMetadata(String title, Map<String, ArticleMeta> articles) {
    public static final String FILE_NAME = "corpus.json";

    public static CorpusMetadata none() {
        return new CorpusMetadata(null, Map.of());
    }

    static CorpusMetadata read(Path folder, List<Problem> problems) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        return JsonFiles.read(file, FILE_NAME, problems).map(root -> parse(root, problems)).orElse(none());
    }

    static CorpusMetadata parse(JsonNode root, List<Problem> problems) {
        Map<String, ArticleMeta> out = new HashMap<>();
        JsonNode articles = root.path("articles");
        for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), meta(e.getKey(), e.getValue(), problems));
        }
        return new CorpusMetadata(JsonFiles.text(root, "title"), out);
    }

    private static ArticleMeta meta(String file, JsonNode n, List<Problem> problems) {
        PublicationDate published = PublicationDate.unknown();
        String date = JsonFiles.text(n, "published");
        if (date != null) {
            LocalDate d = IsoDates.parse(date);
            DateSource source = DateSource.WORKED_OUT;
            String how = JsonFiles.text(n, "publishedHow");
            try {
                source = how == null ? source : DateSource.fromId(how);
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.warning(FILE_NAME, file + ": unknown publishedHow '" + how
                        + "' (stamp, header, stated, worked-out)"));
            }
            if (d == null) {
                problems.add(Problem.warning(FILE_NAME, file + ": published '" + date + "' is not " + IsoDates.FORM
                        + "; ignored"));
            } else {
                published = new PublicationDate(d, source, JsonFiles.text(n, "reasoning"));
            }
        }
        return new ArticleMeta(JsonFiles.text(n, "title"), JsonFiles.text(n, "outlet"), JsonFiles.text(n, "url"),
                JsonFiles.text(n, "author"), JsonFiles.text(n, "language"), JsonFiles.text(n, "translatedFrom"),
                published);
    }
}
