package org.chronoscope.load.actors;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronoscope.load.ArticleReader;
import org.chronoscope.model.Article;
import org.chronoscope.model.Problem;

/** Test helper: the bundled recogniser, and an article made of a piece of text. */
public final class Recognise {
    public static final ActorRecognizer BUNDLED = ActorRecognizer.bundled(new ArrayList<>());

    private Recognise() {
    }

    public static Article article(String name, String text) {
        List<Problem> problems = new ArrayList<>();
        return ArticleReader.parse(name, text.getBytes(StandardCharsets.UTF_8), null, problems).orElseThrow();
    }

    public static ArticleActors text(String text) {
        return BUNDLED.recognise(article("t.txt", text));
    }
}
