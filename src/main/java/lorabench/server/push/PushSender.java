// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import lorabench.store.PushTarget;

/// Sends one callback with the JDK HTTP client (HTTP/1.1, connect and request timeouts) and reports the outcome as
/// a [PushDelivery]; it never throws for network trouble.
///
/// The target's `auth` JSON selects the `Authorization` header: `{"type":"basic","username":..,"password":..}`
/// (RFC 7617), `{"type":"bearer","token":..}` (RFC 6750), `{"type":"header","value":..}` (sent verbatim, e.g.
/// OrbiWAN's `auth_string`), or `{}` for none. The target's `headers` and the request's own headers are added. An
/// `auth.tls` object ([PushTls]) sends through a client with that client certificate and trust ([TlsClients]).
final class PushSender {
    private final HttpClient client;
    private final TlsClients tlsClients;
    private final PlainHttp1 plain;
    private final Duration timeout;
    private final InstantSource clock;
    private final LongSupplier nanoTime;

    PushSender(Duration timeout, InstantSource clock, LongSupplier nanoTime) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.tlsClients = new TlsClients(ssl -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).sslContext(ssl).build());
        this.plain = new PlainHttp1(timeout, nanoTime);
        this.timeout = timeout;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    PushDelivery send(PushTarget target, PushRequest r, int attempt, PushDelivery.Kind kind) {
        long start = nanoTime.getAsLong();
        OptionalInt status = OptionalInt.empty();
        Optional<String> error = Optional.empty();
        try {
            boolean tls = PushTls.present(target.auth());
            if (!tls && PlainHttp1.handles(r.url())) {
                status = OptionalInt.of(plain.send(r.url(), r.method(), headers(target, r),
                        r.body().getBytes(StandardCharsets.UTF_8), timeout));
            } else {
                HttpRequest.Builder b = HttpRequest.newBuilder(r.url()).timeout(timeout)
                        .header("Content-Type", "application/json")
                        .method(r.method(), HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
                authorization(target.auth()).ifPresent(v -> b.header("Authorization", v));
                target.headers().forEach(b::header);
                r.headers().forEach(b::header);
                HttpClient via = tls ? tlsClients.client(target.auth().path("tls")) : client;
                HttpResponse<Void> answer = via.send(b.build(), HttpResponse.BodyHandlers.discarding());
                status = OptionalInt.of(answer.statusCode());
            }
        } catch (PushTls.TlsSettingsException e) {
            error = Optional.of("TLS settings: " + e.getMessage());
        } catch (HttpTimeoutException e) {
            error = Optional.of("timeout after " + timeout.toMillis() + " ms");
        } catch (IOException | IllegalArgumentException e) {
            error = Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = Optional.of("interrupted");
        }
        Duration latency = Duration.ofNanos(nanoTime.getAsLong() - start);
        return new PushDelivery(clock.instant(), target.accountId(), target.id(), r.topic(), r.method(),
                r.url().toString(), status, latency, error, r.devEui(), r.storedUplink(), attempt, kind);
    }

    /// {@return the request headers} as the JDK client is given them: content type, authorization, the target's,
    /// then the request's; a name given twice is sent twice, as there
    private static java.util.List<Map.Entry<String, String>> headers(PushTarget target, PushRequest r) {
        java.util.List<Map.Entry<String, String>> h = new java.util.ArrayList<>(4 + target.headers().size()
                + r.headers().size());
        h.add(Map.entry("Content-Type", "application/json"));
        authorization(target.auth()).ifPresent(v -> h.add(Map.entry("Authorization", v)));
        h.addAll(target.headers().entrySet());
        h.addAll(r.headers().entrySet());
        return h;
    }

    /// The answer of a callback whose body matters (a request/response exchange).
    record Exchanged(PushDelivery delivery, Optional<String> body) {}

    /// Sends `r` and reads the answer's body, giving up after `deadline`. {@return the delivery and the body}; the
    /// future never fails
    CompletableFuture<Exchanged> exchange(PushTarget target, PushRequest r, Duration deadline) {
        long start = nanoTime.getAsLong();
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(r.url()).timeout(deadline).header("Content-Type", "application/json")
                    .method(r.method(), HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8));
            authorization(target.auth()).ifPresent(v -> b.header("Authorization", v));
            target.headers().forEach(b::header);
            r.headers().forEach(b::header);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Exchanged(delivery(target, r, start, OptionalInt.empty(),
                    Optional.of("IllegalArgumentException: " + e.getMessage())), Optional.empty()));
        }
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, e) -> {
                    if (e == null) {
                        return new Exchanged(delivery(target, r, start, OptionalInt.of(answer.statusCode()),
                                Optional.empty()), Optional.of(answer.body()));
                    }
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    String why = cause instanceof HttpTimeoutException || cause instanceof TimeoutException
                            ? "timeout after " + deadline.toMillis() + " ms"
                            : cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                                    : ": " + cause.getMessage());
                    return new Exchanged(delivery(target, r, start, OptionalInt.empty(), Optional.of(why)),
                            Optional.empty());
                });
    }

    private PushDelivery delivery(PushTarget target, PushRequest r, long start, OptionalInt status,
            Optional<String> error) {
        return new PushDelivery(clock.instant(), target.accountId(), target.id(), r.topic(), r.method(),
                r.url().toString(), status, Duration.ofNanos(nanoTime.getAsLong() - start), error, r.devEui(),
                r.storedUplink(), 1, PushDelivery.Kind.LIVE);
    }

    /// {@return the `Authorization` value} the target's auth JSON asks for
    static Optional<String> authorization(JsonNode auth) {
        String type = auth.path("type").asText("");
        return switch (type) {
            case "basic" -> Optional.of("Basic " + Base64.getEncoder().encodeToString(
                    (auth.path("username").asText() + ":" + auth.path("password").asText())
                            .getBytes(StandardCharsets.UTF_8)));
            case "bearer" -> Optional.of("Bearer " + auth.path("token").asText());
            case "header" -> Optional.of(auth.path("value").asText());
            default -> Optional.empty();
        };
    }

    void close() {
        plain.close();
        client.close();
        tlsClients.close();
    }
}
