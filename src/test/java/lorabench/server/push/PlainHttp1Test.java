// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/// [PlainHttp1] against a scripted HTTP/1.1 server on a raw loopback socket, so each test decides the bytes of the
/// answer and whether the connection stays open.
class PlainHttp1Test {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final List<Map.Entry<String, String>> JSON = List.of(Map.entry("Content-Type", "application/json"));

    /// A server whose `answer` function gives, for the n-th request on a connection (0-based), the raw answer and
    /// whether to close the connection after it.
    private static final class Scripted implements AutoCloseable {
        record Reply(String raw, boolean close) {}

        final ServerSocket server;
        final AtomicInteger connections = new AtomicInteger();
        final BlockingQueue<String> requests = new LinkedBlockingQueue<>();
        final List<Socket> open = new ArrayList<>();

        Scripted(Function<Integer, Reply> answer) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        synchronized (open) {
                            open.add(s);
                        }
                        connections.incrementAndGet();
                        Thread.ofVirtual().start(() -> serve(s, answer));
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        private void serve(Socket s, Function<Integer, Reply> answer) {
            try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                for (int n = 0; ; n++) {
                    String head = readHead(in);
                    if (head == null) {
                        return;
                    }
                    int length = 0;
                    for (String line : head.split("\r\n")) {
                        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).trim());
                        }
                    }
                    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    requests.add(head + body);
                    Reply r = answer.apply(n);
                    if (r == null) {
                        return; // hang up without answering
                    }
                    out.write(r.raw().getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    if (r.close()) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int state = 0;
            for (int c; (c = in.read()) >= 0; ) {
                b.write(c);
                state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3))
                        ? state + 1 : 0;
                if (state == 4) {
                    return b.toString(StandardCharsets.ISO_8859_1);
                }
            }
            return null;
        }

        URI url(String path) {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
        }

        String request() throws InterruptedException {
            String r = requests.poll(10, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no request within 10 s");
            }
            return r;
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (open) {
                for (Socket s : open) {
                    s.close();
                }
            }
        }
    }

    private static byte[] body(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sendsTheRequestAndReusesTheConnectionAcrossAnswerFramings() throws Exception {
        String[] answers = {
            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
            "HTTP/1.1 202 Accepted\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: 1\r\n\r\n",
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
            "HTTP/1.1 500 Oops\r\ncontent-length: 0\r\n\r\n",
        };
        try (Scripted app = new Scripted(n -> new Scripted.Reply(answers[n], false));
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            List<Map.Entry<String, String>> headers = List.of(Map.entry("Content-Type", "application/json"),
                    Map.entry("Authorization", "Basic eDp5"), Map.entry("X-Tag", "a"), Map.entry("X-Tag", "b"));
            assertEquals(200, client.send(app.url("/cb/rest/callback/payloads?x=1"), "POST", headers,
                    body("{\"a\":1}"), TIMEOUT));
            String first = app.request();
            assertTrue(first.startsWith("POST /cb/rest/callback/payloads?x=1 HTTP/1.1\r\n"), first);
            assertTrue(first.contains("\r\nHost: 127.0.0.1:" + app.server.getLocalPort() + "\r\n"), first);
            assertTrue(first.contains("\r\nContent-Length: 7\r\n"), first);
            assertTrue(first.contains("\r\nAuthorization: Basic eDp5\r\n"), first);
            assertTrue(first.contains("\r\nX-Tag: a\r\nX-Tag: b\r\n"), "a header given twice is sent twice");
            assertTrue(first.endsWith("\r\n\r\n{\"a\":1}"), first);
            assertEquals(202, client.send(app.url("/c"), "PUT", JSON, body("{}"), TIMEOUT));
            assertTrue(app.request().startsWith("PUT /c HTTP/1.1\r\n"));
            assertEquals(204, client.send(app.url("/c"), "POST", JSON, body("{}"), TIMEOUT), "a 100 is skipped");
            assertEquals(500, client.send(app.url(""), "POST", JSON, body("{}"), TIMEOUT));
            assertTrue(app.request().startsWith("POST /c "));
            assertTrue(app.request().startsWith("POST / HTTP/1.1\r\n"), "an empty path is sent as /");
            assertEquals(1, app.connections.get(), "every answer left the connection reusable");
        }
    }

    @Test
    void opensANewConnectionAfterConnectionCloseOrABodyEndedByClose() throws Exception {
        try (Scripted app = new Scripted(n -> n == 0
                        ? new Scripted.Reply("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n", true)
                        : new Scripted.Reply("HTTP/1.0 200 OK\r\n\r\nrest of the body", true));
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            for (int i = 0; i < 4; i++) {
                assertEquals(200, client.send(app.url("/"), "POST", JSON, body("{}"), TIMEOUT));
            }
            assertEquals(4, app.connections.get());
        }
    }

    @Test
    void aConnectionWithBytesBeyondTheAnswerIsNotReused() throws Exception {
        try (Scripted app = new Scripted(n -> new Scripted.Reply(
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 500 Stray\r\n\r\n", false));
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            assertEquals(200, client.send(app.url("/"), "POST", JSON, body("{}"), TIMEOUT));
            assertEquals(200, client.send(app.url("/"), "POST", JSON, body("{}"), TIMEOUT), "not the stray 500");
            assertEquals(2, app.connections.get());
        }
    }

    @Test
    void resendsOnceOnANewConnectionWhenTheServerClosedTheIdleOne() throws Exception {
        // The server answers once per connection and then closes it without saying so, as at an idle timeout.
        try (Scripted app = new Scripted(n -> new Scripted.Reply("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
                        true));
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            assertEquals(200, client.send(app.url("/"), "POST", JSON, body("{}"), TIMEOUT));
            app.request();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.send(app.url("/"), "POST", JSON, body("{\"i\":" + i + "}"), TIMEOUT));
                assertTrue(app.request().endsWith("{\"i\":" + i + "}"));
            }
            assertTrue(app.requests.isEmpty(), "each request reached the application once");
        }
    }

    @Test
    void aServerThatHangsUpWithoutAnAnswerOnAFreshConnectionIsAnError() throws Exception {
        try (Scripted app = new Scripted(n -> null);
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            assertThrows(IOException.class, () -> client.send(app.url("/"), "POST", JSON, body("{}"), TIMEOUT));
            app.request();
            assertTrue(app.requests.isEmpty(), "not sent again: the connection was new");
        }
    }

    @Test
    void aServerThatNeverAnswersEndsInATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                PlainHttp1 client = new PlainHttp1(TIMEOUT, System::nanoTime)) {
            URI url = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            assertThrows(HttpTimeoutException.class,
                    () -> client.send(url, "POST", JSON, body("{}"), Duration.ofMillis(200)));
        }
    }

    @Test
    void refusesTheHeadersTheJdkClientRefuses() {
        URI url = URI.create("http://127.0.0.1:1/");
        for (String name : List.of("Host", "content-length", "Connection", "Expect", "Upgrade", "bad name", "")) {
            assertThrows(IllegalArgumentException.class,
                    () -> PlainHttp1.head(url, "POST", List.of(Map.entry(name, "v")), 0), name);
        }
        assertThrows(IllegalArgumentException.class,
                () -> PlainHttp1.head(url, "POST", List.of(Map.entry("X-A", "v\r\nX-Injected: 1")), 0));
        String head = new String(PlainHttp1.head(URI.create("http://example.org:80/p"), "PUT",
                List.of(Map.entry("X-A", "tab\tok")), 2), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("PUT /p HTTP/1.1\r\n"));
        assertTrue(head.contains("\r\nHost: example.org\r\n"), "the default port is left out of Host");
        assertTrue(head.endsWith("\r\n\r\n"));
    }

    @Test
    void handlesOnlyPlainHttpUrlsWithAHost() {
        assertTrue(PlainHttp1.handles(URI.create("http://127.0.0.1:8080/x")));
        assertTrue(PlainHttp1.handles(URI.create("HTTP://example.org/x")));
        assertFalse(PlainHttp1.handles(URI.create("https://example.org/x")));
        assertFalse(PlainHttp1.handles(URI.create("http://user:pw@example.org/x")));
        assertFalse(PlainHttp1.handles(URI.create("ftp://example.org/x")));
    }
}
