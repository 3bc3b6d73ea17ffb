package org.chronoscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.chronoscope.load.JsonFiles;
import org.chronoscope.model.Article;

/**
 * {@code --dump-text FILE|-}: each article's text as read (a web page's or a PDF's extracted text), the text every
 * passage's offsets point into: {@code text[start:end] == quote}.
 */
final class DumpTextCommand implements Command {
    @Override
    public int run(CommandRun run) throws IOException {
        ArrayNode json = JsonFiles.mapper().createArrayNode();
        for (Article a : run.corpus().articles()) {
            ObjectNode o = json.addObject();
            o.put("article", a.fileName());
            o.put("title", a.meta().title());
            o.put("published", a.published() == null ? null : a.published().toString());
            o.put("publishedHow", a.meta().published().source().id());
            ArrayNode pages = o.putArray("pageStarts");
            a.pageStarts().forEach(pages::add);
            o.put("text", a.text());
        }
        Output.json(run.args().value(Options.DUMP_TEXT), run.out(), json);
        return 0;
    }
}
