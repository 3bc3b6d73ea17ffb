package org.chronoscope.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.chronoscope.model.BasisKind;
import org.chronoscope.model.DateBasis;
import org.chronoscope.model.EventDate;
import org.chronoscope.model.OneLine;
import org.chronoscope.model.TimelineEvent;

/**
 * Promotes an extracted event into the corpus catalogue ({@value EventCatalog#FILE_NAME}), keeping everything
 * already there. The file is rewritten atomically; one that cannot be read as a catalogue, or holds what a rewrite
 * would lose (text after the JSON, a field given twice), is never touched.
 */
public final class CatalogWriter {
    private CatalogWriter() {
    }

    /**
     * @param folder the corpus folder
     * @param event  the event to promote (its sources are kept as quotes)
     * @param title  the title the user chose
     * @param date   the date the user chose; when equal to the event's own date its basis (the article's words) is
     *               kept, otherwise it is saved as typed by hand
     * @return the id of the new curated event
     * @throws IOException when the catalogue cannot be read or written; the message names the file
     */
    public static String promote(Path folder, TimelineEvent event, String title, EventDate date) throws IOException {
        Path file = folder.resolve(EventCatalog.FILE_NAME);
        ObjectNode root;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException(shown(file) + " is not a regular file, so it was left as it is");
        }
        if (Files.exists(file)) {
            JsonFiles.Document read;
            try (InputStream in = Files.newInputStream(file)) {
                read = JsonFiles.document(in);
            } catch (IOException e) {
                throw new IOException(shown(file) + " cannot be read as a catalogue, so it was left as it is: "
                        + e.getMessage(), e);
            }
            if (!read.oddities().isEmpty()) {
                throw new IOException(shown(file) + " holds what a rewrite would lose (" + read.oddities().get(0)
                        + "), so it was left as it is");
            }
            if (!(read.root() instanceof ObjectNode o) || !(o.path("events") instanceof ArrayNode)) {
                throw new IOException(shown(file) + " has no \"events\" list, so it was left as it is");
            }
            root = o;
        } else {
            root = JsonFiles.mapper().createObjectNode();
            root.put("version", 1);
            root.putArray("events");
        }
        ArrayNode events = (ArrayNode) root.get("events");
        String id = uniqueId(slug(title), events);
        EventJson.catalogue(events.addObject(), id, title, event, dateSpec(event.date(), date));
        AtomicWrite.write(file, out -> JsonFiles.writer().writeValue(out, root));
        return id;
    }

    private static ObjectNode dateSpec(EventDate own, EventDate chosen) {
        ObjectNode d = JsonFiles.mapper().createObjectNode();
        DateBasis basis = own.basis();
        boolean unchanged = chosen == null || (java.util.Objects.equals(own.start(), chosen.start())
                && java.util.Objects.equals(own.end(), chosen.end()) && own.precision() == chosen.precision());
        if (unchanged && basis.expression() != null && basis.article() != null) {
            d.put("expression", basis.expression());
            d.put("article", basis.article());
            return d;
        }
        if (unchanged && basis.kind() == BasisKind.ARTICLE_DATE && basis.article() != null) {
            d.put("newsOfTheDay", basis.article());
            return d;
        }
        EventDate date = chosen == null ? own : chosen;
        d.put("start", date.start() == null ? null : date.start().toString());
        d.put("end", date.end() == null ? null : date.end().toString());
        d.put("precision", date.precision().id());
        d.put("handTyped", "set by the user when promoting an extracted event");
        return d;
    }

    private static String shown(Path file) {
        return OneLine.fileName(file.toString());
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-$", "") : s.isEmpty() ? "event" : s;
    }

    private static String uniqueId(String base, ArrayNode events) {
        Set<String> ids = new HashSet<>();
        events.forEach(n -> ids.add(n.path("id").asText()));
        String id = base;
        for (int i = 2; ids.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
