package org.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.chronoscope.load.LinkFetcher;
import org.chronoscope.model.TimelineEvent;
import org.chronoscope.testing.MixedCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a web page, a PDF and a text article; links fetched from a loopback server; the data exports. */
class MixedCorpusWindowTest extends WindowOnTempCorpusTest {
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI serve(String path, int status, String type, byte[] body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, x -> {
            x.getResponseHeaders().add("Content-Type", type);
            x.sendResponseHeaders(status, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static byte[] page() throws IOException {
        try (InputStream in = MixedCorpusWindowTest.class.getResourceAsStream("/pages/harbour-strike.html")) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_passage_from_a_pdf_cites_its_page_in_the_detail_pane() throws Exception {
        waitForArticles(2);
        Path mixed = MixedCorpus.write(corpus.resolveSibling(corpus.getFileName() + "-mixed"));
        interact(() -> window.open(mixed));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.corpus() != null
                && window.corpus().articles().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineEvent e = window.corpus().events().stream()
                .filter(ev -> ev.sources().stream().anyMatch(p -> p.quote().contains("30 September 2024")))
                .findFirst().orElseThrow();
        interact(() -> window.timeline().setSelectedEvent(e));
        List<String> heads = lookup(".passage-source").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(1, heads.size(), heads.toString());
        assertTrue(heads.get(0).endsWith(" · p. 2"), heads.get(0));
    }

    @Test
    void a_link_is_fetched_into_the_corpus_folder_and_loaded() throws Exception {
        waitForArticles(2);
        URI link = serve("/news/harbour-strike-ends", 200, "text/html; charset=utf-8", page());
        interact(() -> window.session().fetchLink(link));
        waitForArticles(3);
        Path saved = corpus.resolve("127.0.0.1-news-harbour-strike-ends.html");
        assertTrue(Files.exists(saved));
        assertTrue(window.corpus().article(saved.getFileName().toString()).orElseThrow().meta().title()
                .startsWith("Harbour strike ends"));
    }

    @Test
    void a_failed_fetch_says_why_and_leaves_the_corpus_as_it_was() throws Exception {
        waitForArticles(2);
        window.session().setLinkFetcher(new LinkFetcher(Duration.ofSeconds(5), LinkFetcher.MAX_BYTES));
        URI link = serve("/gone", 404, "text/html", "<h1>Gone</h1>".getBytes(StandardCharsets.UTF_8));
        interact(() -> window.session().fetchLink(link));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        assertTrue(pane.getHeaderText().startsWith("Could not fetch"), pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("not found (HTTP 404)"), pane.getContentText());
        assertEquals(2, window.corpus().articles().size());
        try (var files = Files.list(corpus)) {
            assertEquals(2, files.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
        interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void the_csv_and_timelinejs_exports_write_the_events_the_filters_show() throws Exception {
        waitForArticles(2);
        Path csv = corpus.resolveSibling(corpus.getFileName() + "-events.csv");
        Path json = corpus.resolveSibling(corpus.getFileName() + "-timeline.json");
        List<TimelineEvent> shown = window.shownEvents();
        var csvTask = interactAndGet(() -> window.exports().write(DataExport.Format.CSV, csv, window.corpus(),
                shown));
        var jsonTask = interactAndGet(() -> window.exports().write(DataExport.Format.TIMELINEJS, json,
                window.corpus(), DataExport.Format.TIMELINEJS.events(shown)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> csvTask.isDone() && jsonTask.isDone());
        String table = Files.readString(csv);
        assertTrue(table.startsWith("\uFEFFid,title"), table);
        for (TimelineEvent e : shown) {
            assertTrue(table.contains("\r\n" + e.id() + ","), e.id());
        }
        assertTrue(Files.readString(json).contains("\"unique_id\""));
        Files.deleteIfExists(csv);
        Files.deleteIfExists(json);
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> c) throws Exception {
        Object[] out = new Object[1];
        interact(() -> {
            try {
                out[0] = c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private DialogPane dialog() {
        return Window.getWindows().stream().filter(w -> w != window.stage()).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).findFirst().orElse(null);
    }
}
