// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/// An application's push receiver on 127.0.0.1: records every callback and answers a configurable status, or
/// never answers (until closed) to play a hung application.
public final class CallbackReceiver implements AutoCloseable {
    public static final Duration DEADLINE = Duration.ofSeconds(10);

    /// One received callback; header names are lower case.
    public record Call(String method, String uri, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile boolean hang;

    private CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            Map<String, String> h = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(ex.getRequestMethod(), ex.getRequestURI().toString(), h, body));
            if (hang) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer next = scripted.poll();
            ex.sendResponseHeaders(next != null ? next : status, -1);
            ex.close();
        });
        server.start();
    }

    public static CallbackReceiver start() throws IOException {
        return new CallbackReceiver();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /// {@return `http://127.0.0.1:port`}
    public String base() {
        return "http://127.0.0.1:" + port();
    }

    /// Answers `code` from now on.
    public void answer(int code) {
        status = code;
    }

    /// Answers the next calls with `codes`, in order, then the standing status.
    public void script(int... codes) {
        for (int c : codes) {
            scripted.add(c);
        }
    }

    /// Never answers (until closed).
    public void hang() {
        hang = true;
    }

    /// {@return the next callback}, waiting up to the deadline
    public Call next() throws InterruptedException {
        Call c = calls.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (c == null) {
            throw new AssertionError("no callback within " + DEADLINE);
        }
        return c;
    }

    /// {@return the next `n` callbacks}
    public List<Call> next(int n) throws InterruptedException {
        List<Call> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /// {@return the callbacks received so far and not taken}
    public List<Call> drain() {
        List<Call> out = new ArrayList<>();
        calls.drainTo(out);
        return out;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
