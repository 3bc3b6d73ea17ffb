package org.chronoscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronoscope.model.Article;
import org.chronoscope.model.Problem;
import org.chronoscope.testing.PdfFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching links from a web server on the loopback address (never the internet). */
class LinkFetcherTest {
    @TempDir
    Path corpus;
    private HttpServer server;
    private final java.util.concurrent.ExecutorService handlers = java.util.concurrent.Executors.newFixedThreadPool(2);
    private byte[] page;
    private byte[] pdf;
    private final LinkFetcher fetcher = new LinkFetcher(Duration.ofMillis(800), 1024 * 1024);
    private final List<long[]> progress = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/pages/harbour-strike.html")) {
            page = in.readAllBytes();
        }
        pdf = PdfFixture.harbourReport();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/2024/03/harbour-strike-ends.html", x -> send(x, 200, "text/html; charset=utf-8", page));
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/news/2024/03/harbour-strike-ends.html");
            send(x, 301, "text/plain", new byte[0]);
        });
        server.createContext("/gone", x -> send(x, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/login", x -> send(x, 403, "text/html", new byte[0]));
        server.createContext("/photo.png", x -> send(x, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/report.pdf", x -> send(x, 200, "application/pdf", pdf));
        server.createContext("/huge", x -> send(x, 200, "text/html", new byte[2 * 1024 * 1024]));
        server.createContext("/slow", x -> {
            sleep(4000); // beyond the fetcher's 0.8 s; bounded, so the server thread ends by itself
            send(x, 200, "text/html", page);
        });
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private Path fetch(String path) throws Exception {
        return fetcher.fetch(url(path), corpus, (done, total) -> progress.add(new long[] {done, total}));
    }

    private String failure(String path) {
        return assertThrows(LinkFetcher.FetchException.class, () -> fetch(path)).getMessage();
    }

    @Test
    void a_web_page_is_saved_as_html_into_the_corpus_and_reads_as_an_article() throws Exception {
        Path saved = fetch("/news/2024/03/harbour-strike-ends.html");
        assertEquals(corpus.resolve("127.0.0.1-news-2024-03-harbour-strike-ends.html"), saved);
        List<Problem> problems = new ArrayList<>();
        Optional<Article> a = ArticleFiles.read(saved, null, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(a.orElseThrow().text().contains("Dockers at the city's container terminal voted"));
        long[] last = progress.get(progress.size() - 1);
        assertEquals(page.length, last[0]);
        assertEquals(page.length, last[1]);
    }

    @Test
    void the_saved_page_remembers_where_it_came_from() throws Exception {
        Path saved = fetch("/moved");
        String text = Files.readString(saved);
        assertTrue(text.startsWith("<!-- saved from url=("), text.substring(0, 80));
        assertTrue(text.contains(url("/news/2024/03/harbour-strike-ends.html").toString()), "the address after the"
                + " redirect");
    }

    @Test
    void a_pdf_link_is_saved_as_a_pdf() throws Exception {
        Path saved = fetch("/report.pdf");
        assertEquals("127.0.0.1-report.pdf", saved.getFileName().toString());
        assertArrayEquals(pdf, Files.readAllBytes(saved), "saved as served");
        assertTrue(ArticleFiles.read(saved, null, new ArrayList<>()).isPresent());
    }

    @Test
    void fetching_the_same_page_twice_keeps_both_files() throws Exception {
        Path first = fetch("/news/2024/03/harbour-strike-ends.html");
        Path second = fetch("/news/2024/03/harbour-strike-ends.html");
        assertEquals("127.0.0.1-news-2024-03-harbour-strike-ends-2.html", second.getFileName().toString());
        assertTrue(Files.exists(first));
    }

    @Test
    void a_missing_page_says_not_found() {
        assertTrue(failure("/gone").startsWith("not found (HTTP 404)"));
        assertNothingSaved();
    }

    @Test
    void a_page_behind_a_login_says_access_refused() {
        assertTrue(failure("/login").startsWith("access refused (HTTP 403)"));
    }

    @Test
    void something_that_is_not_a_web_page_says_so() {
        assertEquals("not a web page (the link gives image/png)", failure("/photo.png"));
        assertNothingSaved();
    }

    @Test
    void a_server_that_does_not_answer_in_time_times_out() {
        String why = failure("/slow"); // had it waited for the server, the fetch would have succeeded
        assertTrue(why.contains("timed out"), why);
        assertNothingSaved();
    }

    @Test
    void a_page_over_the_size_limit_is_refused() {
        assertTrue(failure("/huge").startsWith("too large"));
        assertNothingSaved();
    }

    @Test
    void nothing_listening_says_it_could_not_connect() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        String why = assertThrows(LinkFetcher.FetchException.class, () -> fetcher.fetch(
                URI.create("http://127.0.0.1:" + port + "/x"), corpus, (d, t) -> { })).getMessage();
        assertTrue(why.startsWith("could not connect to 127.0.0.1"), why);
    }

    @Test
    void only_web_addresses_are_links() throws Exception {
        assertEquals("https://example.org/a", LinkFetcher.parse(" example.org/a ").toString());
        assertEquals("http://127.0.0.1:8080/x", LinkFetcher.parse("http://127.0.0.1:8080/x").toString());
        for (String bad : List.of("ftp://example.org/file", "file:///etc/passwd", "javascript:alert(1)", "", "hello")) {
            assertThrows(LinkFetcher.FetchException.class, () -> LinkFetcher.parse(bad), bad);
        }
    }

    private void assertNothingSaved() {
        try (var files = Files.list(corpus)) {
            assertEquals(List.of(), files.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
