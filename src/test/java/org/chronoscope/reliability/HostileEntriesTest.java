package org.chronoscope.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chronoscope.load.CorpusLoader;
import org.chronoscope.model.Article;
import org.chronoscope.model.Corpus;
import org.chronoscope.model.OneLine;
import org.chronoscope.model.Problem;
import org.chronoscope.model.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries of a corpus folder that are not articles to read, and texts in odd encodings, are never passed over in
 * silence: each is a warning naming the file (quoted when its name could forge a line), and the rest loads.
 */
class HostileEntriesTest {
    private static final String ARTICLE = "published: 2025-11-28\n\n"
            + "On Friday, the Kremlin confirmed it had received the amended plan.\n";

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path c = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(c.resolve("good.txt"), ARTICLE);
        return c;
    }

    private static Problem about(Corpus c, String file) {
        List<Problem> found = c.problems().stream().filter(p -> file.equals(p.file())).toList();
        assertEquals(1, found.size(), file + ": " + c.problems());
        return found.get(0);
    }

    private static void loadsTheRest(Corpus c) {
        assertTrue(c.article("good.txt").isPresent(), "the rest loads: " + c.problems());
    }

    @Test
    void a_link_loop_a_dangling_link_a_folder_and_a_fifo_named_like_articles_are_each_a_warning() throws Exception {
        Path c = corpus();
        Files.createSymbolicLink(c.resolve("loop.txt"), Path.of("loop.txt"));
        Files.createSymbolicLink(c.resolve("dangling.txt"), Path.of("gone.txt"));
        Files.createDirectory(c.resolve("x.txt"));
        Special.fifo(c.resolve("pipe.md"));
        Corpus loaded = CorpusLoader.load(c);
        assertTrue(about(loaded, "loop.txt").message().contains("cannot be followed"), loaded.problems().toString());
        assertTrue(about(loaded, "dangling.txt").message().contains("gone.txt, which does not exist"));
        assertTrue(about(loaded, "x.txt").message().contains("is a folder"));
        assertTrue(about(loaded, "pipe.md").message().contains("not a regular file"));
        loadsTheRest(loaded);
        assertEquals(1, loaded.articles().size());
    }

    @Test
    void a_link_out_of_the_folder_is_not_quoted_and_says_where_it_points_a_link_inside_is_read() throws IOException {
        Path c = corpus();
        Path secret = Files.writeString(dir.resolve("diary.txt"), "published: 2025-11-28\n\nMy private notes.\n");
        Files.createSymbolicLink(c.resolve("outside.txt"), secret);
        Files.createSymbolicLink(c.resolve("inside.txt"), Path.of("good.txt"));
        Corpus loaded = CorpusLoader.load(c);
        String message = about(loaded, "outside.txt").message();
        assertTrue(message.contains(secret.toRealPath().toString()) && message.contains("outside the corpus folder")
                && message.endsWith("skipped"), message);
        assertTrue(loaded.articles().stream().noneMatch(a -> a.text().contains("private")));
        assertTrue(loaded.article("inside.txt").isPresent(), loaded.problems().toString());
    }

    @Test
    void a_newline_or_escape_in_a_file_name_cannot_forge_a_message_line_or_reach_the_terminal() throws IOException {
        Path c = corpus();
        Files.writeString(c.resolve("x\ngood.txt:1:1: error: forged.txt"), "");
        Files.writeString(c.resolve("red\u001b[31m.txt"), "");
        Corpus loaded = CorpusLoader.load(c);
        List<String> lines = loaded.problems().stream().map(Problem::toString).toList();
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertFalse(line.contains("\n") || line.contains("\u001b"), line);
            assertTrue(line.startsWith("\""), "a name that needs escapes is quoted: " + line);
        }
        loadsTheRest(loaded);
    }

    @Test
    void text_after_the_json_of_corpus_json_or_events_json_is_a_warning_at_its_line() throws IOException {
        Path c = corpus();
        Files.writeString(c.resolve("corpus.json"), "{\"articles\": {}}\n\ngarbage typed after it\n");
        Files.writeString(c.resolve("events.json"), "{\"version\": 1, \"events\": []}\n]]]\n");
        Corpus loaded = CorpusLoader.load(c);
        Problem corpusJson = about(loaded, "corpus.json");
        assertEquals(3, corpusJson.line(), corpusJson.toString());
        assertTrue(corpusJson.message().contains("after the JSON"), corpusJson.toString());
        Problem eventsJson = about(loaded, "events.json");
        assertEquals(2, eventsJson.line(), eventsJson.toString());
        loadsTheRest(loaded);
    }

    @Test
    void utf_32_with_a_byte_order_mark_is_read_as_utf_32() throws IOException {
        Path c = corpus();
        Files.write(c.resolve("le.txt"), ("\uFEFF" + ARTICLE.replace("plan", "plan \uD83C\uDDFA\uD83C\uDDE6"))
                .getBytes(Charset.forName("UTF-32LE")));
        Files.write(c.resolve("be.txt"), ("\uFEFF" + ARTICLE).getBytes(Charset.forName("UTF-32BE")));
        Corpus loaded = CorpusLoader.load(c);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertTrue(loaded.article("le.txt").orElseThrow().text().contains("amended plan \uD83C\uDDFA\uD83C\uDDE6."));
        assertEquals(loaded.article("good.txt").orElseThrow().text(), loaded.article("be.txt").orElseThrow().text());
    }

    @Test
    void utf_32_without_a_byte_order_mark_is_a_warning_not_an_article() throws IOException {
        Path c = corpus();
        Files.write(c.resolve("bare.txt"), ARTICLE.getBytes(Charset.forName("UTF-32LE")));
        Corpus loaded = CorpusLoader.load(c);
        assertTrue(about(loaded, "bare.txt").message().contains("skipped"), loaded.problems().toString());
        loadsTheRest(loaded);
    }

    @Test
    void malformed_utf_16_is_read_with_a_warning_giving_the_offset_of_the_first_bad_byte() throws IOException {
        Path c = corpus();
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[2 + text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        bytes[bytes.length - 2] = 0x3D; // a high surrogate (U+D83D) with nothing after it
        bytes[bytes.length - 1] = (byte) 0xD8;
        Files.write(c.resolve("u16.txt"), bytes);
        Corpus loaded = CorpusLoader.load(c);
        String message = about(loaded, "u16.txt").message();
        assertTrue(message.startsWith("not valid UTF-16 (first bad byte at offset " + (bytes.length - 2) + ")"),
                message);
        Article a = loaded.article("u16.txt").orElseThrow();
        assertTrue(a.text().startsWith(ARTICLE) && a.text().endsWith("\uFFFD"), a.text());
    }

    @Test
    void no_title_or_summary_ends_in_half_a_surrogate_pair() throws IOException {
        Path c = corpus();
        StringBuilder emoji = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            emoji.append("\uD83D\uDE00");
        }
        Files.writeString(c.resolve("emoji.txt"), "published: 2025-11-28\n\nOn Friday, the Kremlin confirmed "
                + emoji + " it had received the amended plan " + emoji + ".\n\n"
                + "On Monday " + emoji + emoji + " talks began in Geneva.\n");
        Files.writeString(c.resolve("events.json"), "{\"version\": 1, \"events\": [{\"id\": \"half\", "
                + "\"title\": \"Cut here \\ud83d\", \"summary\": \"\\ude00 and\", \"category\": \"talks\", "
                + "\"date\": {\"start\": \"2025-11-24\"}, \"actors\": [], "
                + "\"sources\": [{\"article\": \"good.txt\", \"quote\": \"the Kremlin confirmed\"}]}]}");
        Corpus loaded = CorpusLoader.load(c);
        assertTrue(loaded.events().size() >= 2, loaded.events() + " " + loaded.problems());
        for (TimelineEvent e : loaded.events()) {
            assertTrue(whole(e.title()) && whole(e.summary()), e.id() + ": " + OneLine.text(e.title() + " / " + e.summary()));
        }
    }

    /** True when every surrogate of s is half of a pair. */
    private static boolean whole(String s) {
        return s == null || s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }
}
