package org.chronoscope.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Paragraph;

/**
 * Spots a paragraph printed again verbatim (web pages print a photo caption twice): the repeat is boilerplate,
 * the latest earlier copy, when quotable, a caption. Each paragraph is keyed once and looked up in a table, so
 * an article of many repeats takes time in proportion to its length.
 */
final class RepeatedParagraphs {
    /** Keys of the paragraphs that a repeat turns into boilerplate (not boilerplate or header themselves). */
    private final Set<String> seen = new HashSet<>();
    /** Key → index of the latest paragraph with that key, of any kind. */
    private final Map<String, Integer> latest = new HashMap<>();

    /** Notes a paragraph already in the list at index k (a header), which a later copy may match. */
    void note(String body, int k) {
        latest.put(Boilerplate.repeatKey(body), k);
    }

    /**
     * The kind of the paragraph about to be added at the end of {@code out}: its own kind, or boilerplate when it
     * repeats an earlier one (whose latest copy then becomes a caption).
     */
    BlockKind kindOf(String body, BlockKind kind, List<Paragraph> out) {
        String key = Boilerplate.repeatKey(body);
        BlockKind k = kind;
        if (k != BlockKind.BOILERPLATE && k != BlockKind.HEADER && !seen.add(key)) {
            k = BlockKind.BOILERPLATE;
            int copy = latest.get(key);
            Paragraph p = out.get(copy);
            if (p.kind().isQuotable()) {
                out.set(copy, new Paragraph(p.start(), p.end(), BlockKind.CAPTION));
            }
        }
        latest.put(key, out.size());
        return k;
    }
}
