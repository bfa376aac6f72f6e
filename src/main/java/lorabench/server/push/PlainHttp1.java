// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.LongSupplier;

/// A small blocking HTTP/1.1 client (RFC 9112) for `http://` callbacks: requests with a body, answers whose body is
/// discarded, connections kept alive and reused per host and port. Each push worker is a virtual thread, so a
/// blocking exchange costs no platform thread; compared with the JDK's `HttpClient`, an exchange takes no hop
/// through a selector thread and an executor, which was most of the push path's CPU (ADR 0012).
///
/// What the JDK client did and this one keeps: no redirect is followed; the connect timeout and the request
/// timeout (here the deadline of the whole exchange) end in an [HttpTimeoutException]; headers it refuses are
/// refused with an [IllegalArgumentException]; an interrupted exchange ends in [InterruptedException]; a request
/// sent on an idle kept-alive connection the server had closed before answering anything is sent again once on a
/// new connection (the JDK client's retry of an expired connection).
final class PlainHttp1 implements AutoCloseable {
    /// Idle connections kept per host and port, beyond which a returned connection is closed.
    private static final int IDLE_PER_ORIGIN = 64;
    /// An idle connection older than this is closed rather than reused (servers close idle connections after 5 s
    /// (Node.js) to a few minutes; the retry covers the ones closed sooner).
    private static final long MAX_IDLE_NANOS = Duration.ofSeconds(4).toNanos();
    /// Header names the JDK client refuses to let a caller set (its default restricted set).
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final Duration connectTimeout;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, ConcurrentLinkedDeque<Conn>> idle = new ConcurrentHashMap<>();
    private volatile boolean closed;

    PlainHttp1(Duration connectTimeout, LongSupplier nanoTime) {
        this.connectTimeout = connectTimeout;
        this.nanoTime = nanoTime;
    }

    /// {@return whether this client sends to `url`}: plain `http` with a host and without user info
    static boolean handles(URI url) {
        return "http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null && url.getRawUserInfo() == null;
    }

    /// Sends `body` with `method` and `headers` (in order, besides `Host` and `Content-Length`) and waits for the
    /// answer, at most `timeout` in all. {@return the answer's status code}
    /// @throws IllegalArgumentException a header name or value the JDK client refuses
    int send(URI url, String method, List<Map.Entry<String, String>> headers, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        byte[] head = head(url, method, headers, body.length);
        long deadline = nanoTime.getAsLong() + timeout.toNanos();
        String origin = origin(url);
        Conn c = pooled(origin);
        if (c != null) {
            try {
                return exchange(c, origin, head, body, deadline, timeout);
            } catch (Stale e) {
                // The server had closed the idle connection and answered nothing: send it on a new one.
            }
        }
        c = open(url, deadline);
        try {
            return exchange(c, origin, head, body, deadline, timeout);
        } catch (Stale e) {
            throw new IOException("connection closed before the answer", e);
        }
    }

    private int exchange(Conn c, String origin, byte[] head, byte[] body, long deadline, Duration timeout)
            throws IOException, InterruptedException, Stale {
        boolean keep = false;
        try {
            c.out.write(head);
            c.out.write(body);
            c.out.flush();
            Answer a = c.in.answer(deadline, nanoTime);
            // bytes beyond the answer would be read as the next answer's: such a connection is not reused
            keep = a.keepAlive() && c.in.drained() && !closed;
            return a.status();
        } catch (SocketTimeoutException e) {
            throw new HttpTimeoutException("request timed out after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted");
            }
            if (c.reused && !c.in.anyRead && !(e instanceof InterruptedIOException)) {
                throw new Stale(e);
            }
            throw e;
        } finally {
            if (keep) {
                release(origin, c);
            } else {
                c.close();
            }
        }
    }

    private Conn pooled(String origin) {
        ConcurrentLinkedDeque<Conn> q = idle.get(origin);
        if (q == null) {
            return null;
        }
        long now = nanoTime.getAsLong();
        for (Conn c; (c = q.pollFirst()) != null; ) {
            if (now - c.idleSince < MAX_IDLE_NANOS && !c.socket.isClosed()) {
                c.reused = true;
                c.in.anyRead = false;
                return c;
            }
            c.close();
        }
        return null;
    }

    private void release(String origin, Conn c) {
        ConcurrentLinkedDeque<Conn> q = idle.computeIfAbsent(origin, k -> new ConcurrentLinkedDeque<>());
        c.idleSince = nanoTime.getAsLong();
        if (q.size() >= IDLE_PER_ORIGIN || closed) {
            c.close();
            return;
        }
        q.addFirst(c); // the most recently used first: the others age out
        if (closed) {
            closeIdle();
        }
    }

    private Conn open(URI url, long deadline) throws IOException, InterruptedException {
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), (int) Math.max(1, connectTimeout.toMillis()));
            return new Conn(s);
        } catch (SocketTimeoutException e) {
            s.close();
            throw new HttpConnectTimeoutException("connect timed out");
        } catch (IOException e) {
            s.close();
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted");
            }
            throw e;
        }
    }

    private static String origin(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT) + ":" + (url.getPort() < 0 ? 80 : url.getPort());
    }

    /// {@return the request line and headers}, checked as the JDK client checks them
    static byte[] head(URI url, String method, List<Map.Entry<String, String>> headers, int contentLength) {
        StringBuilder b = new StringBuilder(256);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        b.append(method).append(' ').append(path);
        if (url.getRawQuery() != null) {
            b.append('?').append(url.getRawQuery());
        }
        b.append(" HTTP/1.1\r\nContent-Length: ").append(contentLength).append("\r\nHost: ").append(url.getHost());
        if (url.getPort() >= 0 && url.getPort() != 80) {
            b.append(':').append(url.getPort());
        }
        b.append("\r\n");
        for (Map.Entry<String, String> h : headers) {
            String name = h.getKey();
            if (!isToken(name)) {
                throw new IllegalArgumentException("invalid header name: \"" + name + "\"");
            }
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("restricted header name: \"" + name + "\"");
            }
            if (!isValue(h.getValue())) {
                throw new IllegalArgumentException("invalid header value for header \"" + name + "\"");
            }
            b.append(name).append(": ").append(h.getValue()).append("\r\n");
        }
        b.append("User-Agent: LoRaBench\r\n\r\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValue(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\t' || (c >= 0x20 && c < 0x7f) || (c >= 0x80 && c <= 0xff))) {
                return false;
            }
        }
        return true;
    }

    private void closeIdle() {
        for (ConcurrentLinkedDeque<Conn> q : idle.values()) {
            for (Conn c; (c = q.pollFirst()) != null; ) {
                c.close();
            }
        }
    }

    /// Closes the idle connections; connections in use are closed when their exchange ends.
    @Override
    public void close() {
        closed = true;
        closeIdle();
    }

    /// A kept-alive connection that the server closed before any byte of the answer.
    private static final class Stale extends Exception {
        private static final long serialVersionUID = 1L;

        Stale(IOException cause) {
            super(cause);
        }
    }

    record Answer(int status, boolean keepAlive) {}

    private static final class Conn {
        final Socket socket;
        final OutputStream out;
        final Reader in;
        boolean reused;
        long idleSince;

        Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
            this.in = new Reader(socket);
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do: the connection is dropped either way
            }
        }
    }

    /// Reads answers (RFC 9112 §6): status line, headers, then the body by `Content-Length`, chunked coding or, for
    /// neither, until the server closes the connection. Interim (1xx) answers are skipped.
    static final class Reader {
        private static final int MAX_LINE = 16 * 1024;
        private static final int MAX_HEADERS = 200;
        private final Socket socket;
        private final InputStream in;
        private final byte[] buf = new byte[8192];
        private int pos;
        private int end;
        private long deadline;
        private LongSupplier nanoTime;
        boolean anyRead;

        Reader(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        Answer answer(long deadline, LongSupplier nanoTime) throws IOException {
            this.deadline = deadline;
            this.nanoTime = nanoTime;
            while (true) {
                String statusLine = line();
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
                    throw new IOException("invalid status line: " + printable(statusLine));
                }
                int status;
                try {
                    status = Integer.parseInt(statusLine.substring(9, 12));
                } catch (NumberFormatException e) {
                    throw new IOException("invalid status line: " + printable(statusLine));
                }
                boolean http11 = statusLine.charAt(7) == '1';
                long length = -1;
                boolean chunked = false;
                boolean close = !http11;
                for (int n = 0; ; n++) {
                    String h = line();
                    if (h.isEmpty()) {
                        break;
                    }
                    if (n >= MAX_HEADERS) {
                        throw new IOException("too many header lines");
                    }
                    int colon = h.indexOf(':');
                    if (colon <= 0) {
                        throw new IOException("invalid header line: " + printable(h));
                    }
                    String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    String value = h.substring(colon + 1).trim();
                    switch (name) {
                        case "content-length" -> {
                            try {
                                length = Long.parseLong(value);
                            } catch (NumberFormatException e) {
                                throw new IOException("invalid content-length: " + printable(value));
                            }
                        }
                        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
                        case "connection" -> {
                            String v = value.toLowerCase(Locale.ROOT);
                            if (v.contains("close")) {
                                close = true;
                            } else if (v.contains("keep-alive")) {
                                close = false;
                            }
                        }
                        default -> { }
                    }
                }
                if (status >= 100 && status < 200 && status != 101) {
                    continue; // an interim answer: the final one follows
                }
                if (status == 101) {
                    return new Answer(status, false);
                }
                if (status == 204 || status == 304) {
                    return new Answer(status, !close);
                }
                if (chunked) {
                    skipChunked();
                    return new Answer(status, !close);
                }
                if (length >= 0) {
                    skip(length);
                    return new Answer(status, !close);
                }
                while (fill()) {
                    pos = end; // the body ends where the server closes the connection
                }
                return new Answer(status, false);
            }
        }

        private void skipChunked() throws IOException {
            while (true) {
                String size = line();
                int semi = size.indexOf(';');
                long n;
                try {
                    n = Long.parseLong((semi >= 0 ? size.substring(0, semi) : size).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("invalid chunk size: " + printable(size));
                }
                if (n == 0) {
                    while (!line().isEmpty()) {
                        // trailer fields are not used
                    }
                    return;
                }
                skip(n);
                if (!line().isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
            }
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                if (pos == end && !fill()) {
                    throw new EOFException("answer body ended early");
                }
                int k = (int) Math.min(n, end - pos);
                pos += k;
                n -= k;
            }
        }

        private String line() throws IOException {
            StringBuilder b = null;
            while (true) {
                for (int i = pos; i < end; i++) {
                    if (buf[i] == '\n') {
                        int stop = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                        String part = new String(buf, pos, stop - pos, StandardCharsets.ISO_8859_1);
                        pos = i + 1;
                        if (b == null) {
                            return part;
                        }
                        b.append(part);
                        int len = b.length();
                        return len > 0 && b.charAt(len - 1) == '\r' ? b.substring(0, len - 1) : b.toString();
                    }
                }
                if (b == null) {
                    b = new StringBuilder();
                }
                b.append(new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1));
                pos = end;
                if (b.length() > MAX_LINE) {
                    throw new IOException("answer line too long");
                }
                if (!fill()) {
                    throw new EOFException("connection closed by the server");
                }
            }
        }

        /// {@return whether nothing beyond the last answer has been received}
        boolean drained() {
            return pos == end;
        }

        /// Reads more into the buffer, within the deadline. {@return false at end of stream}
        private boolean fill() throws IOException {
            long left = deadline - nanoTime.getAsLong();
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            pos = 0;
            end = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return false;
            }
            end = n;
            anyRead = true;
            return true;
        }

        private static String printable(String s) {
            String t = s.length() > 80 ? s.substring(0, 80) + "…" : s;
            return t.replaceAll("[^\\x20-\\x7e]", "?");
        }
    }
}
