package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronoscope.model.ArticleMeta;
import org.chronoscope.model.DateSource;
import org.chronoscope.model.Problem;
import org.chronoscope.model.PublicationDate;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a saved web page says about itself: title ({@code og:title}, {@code <h1>}, {@code <title>}), publication
 * date with its basis, outlet ({@code og:site_name}), author, canonical URL and language.
 */
final class PageMetadata {
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    /** The comment a browser's "Save page as" leaves: {@code <!-- saved from url=(0042)https://… -->}. */
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");

    private final Document doc;
    private final String name;
    private final List<Problem> problems;
    private final List<JsonNode> jsonLd = new ArrayList<>();

    private PageMetadata(Document doc, String name, List<Problem> problems) {
        this.doc = doc;
        this.name = name;
        this.problems = problems;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JsonFiles.tree(new ByteArrayInputStream(script.data().getBytes(StandardCharsets.UTF_8))));
            } catch (IOException e) {
                problems.add(Problem.warning(name, "its JSON-LD metadata is not valid JSON; ignored"));
            }
        }
    }

    /** Call before the page's clutter is removed: the metadata lives in the head and the JSON-LD scripts. */
    static ArticleMeta read(Document doc, String name, List<Problem> problems) {
        return new PageMetadata(doc, name, problems).meta();
    }

    private ArticleMeta meta() {
        String lang = doc.select("html[lang]").attr("lang");
        return new ArticleMeta(title(),
                first(meta("og:site_name"), ld("publisher", "name"), meta("application-name")),
                first(abs(doc.selectFirst("link[rel=canonical][href]")), meta("og:url"), savedFrom()),
                first(meta("author"), ld("author", "name"), notUrl(meta("article:author")),
                        text(doc.selectFirst("[rel=author]"))),
                lang.isBlank() ? null : lang.split("[-_]")[0].toLowerCase(Locale.ROOT),
                null, published());
    }

    String title() {
        return first(meta("og:title"), text(doc.selectFirst("h1")), doc.title());
    }

    private PublicationDate published() {
        for (String[] found : List.of(
                new String[] {meta("article:published_time"), "article:published_time"},
                new String[] {attr("[itemprop=datePublished][content]", "content"), "itemprop datePublished"},
                new String[] {ld("datePublished", null), "JSON-LD datePublished"},
                new String[] {pubTime(), "<time datetime>"})) {
            PublicationDate d = date(found[0], found[1], DateSource.PAGE);
            if (d != null) {
                return d;
            }
        }
        for (String[] found : List.of(
                new String[] {meta("og:updated_time"), "og:updated_time"},
                new String[] {meta("article:modified_time"), "article:modified_time"},
                new String[] {ld("dateModified", null), "JSON-LD dateModified"})) {
            PublicationDate d = date(found[0], found[1], DateSource.PAGE_UPDATED);
            if (d != null) {
                return d;
            }
        }
        return PublicationDate.unknown();
    }

    private PublicationDate date(String value, String where, DateSource source) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        LocalDate d = m.find() ? IsoDates.parse(m.group(1)) : null;
        if (d == null) {
            problems.add(Problem.warning(name, where + " '" + value + "' is not an ISO date; ignored"));
            return null;
        }
        return new PublicationDate(d, source, "the page's " + where + " " + value.strip());
    }

    /** A {@code <time datetime>} that dates the page (marked as such, or outside the body's paragraphs). */
    private String pubTime() {
        String marked = attr("time[pubdate][datetime], time[itemprop=datePublished][datetime]", "datetime");
        if (marked != null) {
            return marked;
        }
        for (Element t : doc.select("time[datetime]")) {
            if (t.closest("p, li, blockquote, td") == null || HtmlArticleReader.inByline(t)) {
                return t.attr("datetime");
            }
        }
        return null;
    }

    private String meta(String key) {
        Element m = doc.selectFirst("meta[property=" + key + "][content], meta[name=" + key + "][content]");
        return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }

    private String attr(String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute).strip();
    }

    private String savedFrom() {
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private void collect(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::collect);
        } else if (node.isObject()) {
            jsonLd.add(node);
            if (node.has("@graph")) {
                collect(node.get("@graph"));
            }
        }
    }

    /** A JSON-LD field (or, with sub, a field of it, or of the first of its values), from an article first. */
    private String ld(String field, String sub) {
        String other = null;
        for (JsonNode n : jsonLd) {
            JsonNode v = n.get(field);
            if (v == null) {
                continue;
            }
            if (v.isArray() && !v.isEmpty()) {
                v = v.get(0);
            }
            String s = sub != null && v.isObject() ? JsonFiles.text(v, sub) : v.isValueNode() ? v.asText() : null;
            if (s != null && !s.isBlank()) {
                if (n.path("@type").asText("").contains("Article") || n.path("@type").asText("").contains("Posting")) {
                    return s.strip();
                }
                other = other == null ? s.strip() : other;
            }
        }
        return other;
    }

    private static String abs(Element link) {
        if (link == null) {
            return null;
        }
        String a = link.absUrl("href");
        return a.isBlank() ? link.attr("href") : a;
    }

    private static String text(Element e) {
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
