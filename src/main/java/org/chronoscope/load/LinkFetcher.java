package org.chronoscope.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;

/**
 * Fetches a link into the corpus folder: a web page is saved as {@code .html} (with the browser's "saved from
 * url" comment, so its address stays known), a PDF as {@code .pdf}, so the corpus stays reproducible offline.
 * A failed fetch says why: not found, timed out, not a web page, too large, no connection.
 */
public final class LinkFetcher {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long MAX_BYTES = 25L * 1024 * 1024;
    private static final int NAME_MAX = 72;

    /** Bytes read so far of a total (-1 when the server does not say). */
    public interface Progress {
        void update(long done, long total);
    }

    /** Why a fetch failed, in words for the user. */
    public static final class FetchException extends IOException {
        FetchException(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final long maxBytes;

    public LinkFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    public LinkFetcher() {
        this(DEFAULT_TIMEOUT, MAX_BYTES);
    }

    /** The link as an http(s) address, or a message saying why it is not one. */
    public static URI parse(String link) throws FetchException {
        String s = link == null ? "" : link.strip();
        if (!s.contains("://") && s.matches("[\\w.-]+\\.[a-zA-Z]{2,}(/.*)?")) {
            s = "https://" + s;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("“" + link + "” is not a web address (http:// or https://)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException("“" + link + "” is not a web address: " + e.getReason());
        }
    }

    /** Fetches the link and saves it into the folder; returns the file written. Interrupting the thread stops it. */
    public Path fetch(URI uri, Path folder, Progress progress) throws FetchException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "Chronoscope/0.1 (saves a page for offline reading)")
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1").build();
        String host = uri.getHost();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                String extension = check(response);
                byte[] bytes = readAll(body, response.headers().firstValueAsLong("Content-Length").orElse(-1),
                        progress);
                Path target = freeName(folder, fileName(uri), extension);
                byte[] content = extension.equals("html") ? withSavedFrom(response.uri(), bytes) : bytes;
                AtomicWrite.write(target, out -> out.write(content));
                return target;
            }
        } catch (FetchException e) {
            throw e;
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("could not connect to " + host + " within " + seconds() + " (timed out)");
        } catch (HttpTimeoutException e) {
            throw new FetchException(host + " did not answer within " + seconds() + " (timed out)");
        } catch (ConnectException e) {
            throw new FetchException("could not connect to " + host + " (is the address right, and are you"
                    + " online?)");
        } catch (SSLException e) {
            throw new FetchException("the secure connection to " + host + " failed: " + e.getMessage());
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new FetchException("fetching from " + host + " failed: " + why);
        }
    }

    /** The extension to save under, or why the response cannot be used. */
    private static String check(HttpResponse<?> response) throws FetchException {
        int status = response.statusCode();
        if (status == 404 || status == 410) {
            throw new FetchException("not found (HTTP " + status + "): " + response.uri());
        }
        if (status == 401 || status == 403) {
            throw new FetchException("access refused (HTTP " + status + "): the page may need a login or a"
                    + " subscription; save it from your browser instead");
        }
        if (status >= 400) {
            throw new FetchException("the server answered HTTP " + status + " for " + response.uri());
        }
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            return "html";
        }
        if (type.startsWith("application/pdf")) {
            return "pdf";
        }
        throw new FetchException("not a web page (the link gives " + (type.isBlank() ? "no content type"
                : type.split(";")[0]) + ")");
    }

    private byte[] readAll(InputStream in, long total, Progress progress) throws IOException, InterruptedException {
        if (total > maxBytes) {
            throw new FetchException("too large (" + total / (1024 * 1024) + " MB; the limit is "
                    + maxBytes / (1024 * 1024) + " MB)");
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        // a stalled read is ended by closing the stream (a delayed task: no thread of our own)
        CompletableFuture<Void> stop = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reading thread sees the stream closed
            }
        }, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            byte[] buf = new byte[16 * 1024];
            long done = 0;
            progress.update(0, total);
            for (int n; (n = in.read(buf)) >= 0; ) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                done += n;
                if (done > maxBytes) {
                    throw new FetchException("too large (over " + maxBytes / (1024 * 1024) + " MB)");
                }
                out.write(buf, 0, n);
                progress.update(done, total);
            }
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException("the page did not arrive within " + seconds() + " (timed out)");
            }
            throw e;
        } finally {
            stop.cancel(false); // a cancelled delayed task never runs
        }
        return out.toByteArray();
    }

    private String seconds() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    /** "example.org-news-2024-harbour-strike-ends": the host and the path, as a file name. */
    static String fileName(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("\\.(html?|php|aspx?|pdf)$", "");
        String slug = (host + "-" + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("-+", "-").replaceAll("^-|-$", "");
        return slug.length() > NAME_MAX ? slug.substring(0, NAME_MAX).replaceAll("-$", "") : slug;
    }

    private static Path freeName(Path folder, String base, String extension) {
        Path p = folder.resolve(base + "." + extension);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(base + "-" + n + "." + extension);
        }
        return p;
    }

    /** The comment a browser's "Save page as" writes first, so the page's address stays with it. */
    private static byte[] withSavedFrom(URI uri, byte[] page) {
        String u = uri.toASCIIString();
        byte[] comment = String.format("<!-- saved from url=(%04d)%s -->%n", u.length(), u)
                .getBytes(StandardCharsets.US_ASCII);
        int bom = page.length >= 3 && (page[0] & 0xff) == 0xEF && (page[1] & 0xff) == 0xBB
                && (page[2] & 0xff) == 0xBF ? 3 : 0;
        byte[] out = new byte[comment.length + page.length];
        System.arraycopy(page, 0, out, 0, bom);
        System.arraycopy(comment, 0, out, bom, comment.length);
        System.arraycopy(page, bom, out, bom + comment.length, page.length - bom);
        return out;
    }
}
