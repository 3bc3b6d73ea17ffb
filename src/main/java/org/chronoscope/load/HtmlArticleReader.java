package org.chronoscope.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronoscope.model.Article;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.BlockKind;
import org.chronoscope.model.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}) with jsoup: the article body without navigation, menus,
 * cookie banners, share buttons, related articles, comments, scripts, styles and footers; each heading,
 * paragraph and list item a block of the article's extracted text.
 */
final class HtmlArticleReader {
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd, div";
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, input, textarea, nav, aside, footer, menu, dialog, object, embed, video, audio, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alert]";
    /** Class or id words of page furniture. */
    private static final Pattern CLUTTER = Pattern.compile("(?:^|[\\s_-])(?:nav|navbar|navigation|menu|"
            + "breadcrumbs?|cookies?|consent|gdpr|share|sharing|social|related|recommended|read-?more|comments?|"
            + "newsletter|subscribe|subscription|promo|advert|ads?|adslot|banner|sidebar|footer|masthead|popup|"
            + "modal|paywall|outbrain|taboola|tags|skip-link|sr-only|visually-hidden)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words of a byline or dateline: kept in the text as a header, never quoted. */
    private static final Pattern BYLINE = Pattern.compile("(?:^|[\\s_-])(?:byline|dateline|author|authors|"
            + "timestamp|published|posted|date|meta|credits?)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    /** Bodies shorter than this are not an article (an index page, an error page). */
    private static final int MIN_TEXT = 80;

    private HtmlArticleReader() {
    }

    static Optional<Article> read(String name, byte[] bytes, List<Problem> problems) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            problems.add(Problem.warning(name, "cannot be read as a web page (" + e.getMessage() + "); skipped"));
            return Optional.empty();
        }
        ArticleMeta meta = PageMetadata.read(doc, name, problems);
        Element root = body(doc);
        BlockText text = new BlockText();
        if (root.selectFirst("h1") == null && meta.title() != null) {
            text.add(meta.title(), BlockKind.HEADING);
        }
        for (Element e : root.select(BLOCKS)) {
            if (isLeafBlock(e)) {
                text.add(e.text(), kind(e));
            }
        }
        if (text.quotableLength() < MIN_TEXT) {
            problems.add(Problem.warning(name, "has no article text that could be found (is it an index or an"
                    + " error page?); skipped"));
            return Optional.empty();
        }
        return Optional.of(text.build(name, meta));
    }

    /** The element holding the article, after the furniture around it is removed. */
    static Element body(Document doc) {
        Element body = doc.body();
        body.select(NEVER_TEXT).remove();
        for (Element e : body.select("header")) {
            if (e.closest("article") == null && e.selectFirst("h1") == null) {
                e.remove();
            }
        }
        int total = body.text().length();
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && isClutter(e) && !holdsTheArticle(e, total)) {
                e.remove();
            }
        }
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            Element article = marked.closest("article");
            return article != null ? article : marked;
        }
        Element best = largest(body.select("article"));
        if (best == null) {
            best = largest(body.select("main, [role=main]"));
        }
        if (best == null) {
            best = parentOfMostParagraphs(body);
        }
        return best != null ? best : body;
    }

    private static boolean isClutter(Element e) {
        return CLUTTER.matcher(e.className()).find() || CLUTTER.matcher(e.id()).find();
    }

    /** A wrapper whose class happens to name furniture ("layout-with-sidebar") but holds the article. */
    private static boolean holdsTheArticle(Element e, int total) {
        return e.selectFirst("article, main, [itemprop=articleBody], h1") != null
                || e.text().length() * 2 > total;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element c : candidates) {
            int n = paragraphText(c);
            if (n > bestLength) {
                best = c;
                bestLength = n;
            }
        }
        return best;
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static Element parentOfMostParagraphs(Element body) {
        Element best = null;
        int bestLength = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int n = 0;
            for (Element child : parent.children()) {
                n += child.tagName().equals("p") ? child.text().length() : 0;
            }
            if (n > bestLength) {
                best = parent;
                bestLength = n;
            }
        }
        return best;
    }

    /** A block element holding no other block: its text is one block (a blockquote of paragraphs is not). */
    private static boolean isLeafBlock(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && d.is(BLOCKS)) {
                return false;
            }
        }
        return e.tagName().equals("div") ? !e.ownText().isBlank() : true;
    }

    /** True inside a byline or dateline ("By Maria Okafor, 14 March 2024"). */
    static boolean inByline(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (BYLINE.matcher(a.className()).find() || BYLINE.matcher(a.id()).find() || a.is("address")) {
                return true;
            }
        }
        return false;
    }

    private static BlockKind kind(Element e) {
        if (inByline(e)) {
            return BlockKind.HEADER;
        }
        String tag = e.tagName();
        if (HEADINGS.contains(tag)) {
            return BlockKind.HEADING;
        }
        if (tag.equals("figcaption")) {
            return BlockKind.CAPTION;
        }
        return e.closest("figure") != null ? BlockKind.CAPTION : null;
    }
}
