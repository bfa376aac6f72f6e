// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lorabench.lorawan.crypto.JoinAcceptCipher;
import lorabench.lorawan.crypto.Mic;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.EncryptedJoinAccept;
import lorabench.lorawan.frame.FrameCodec;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.frame.JoinRequest;
import lorabench.lorawan.frame.MHdr;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.Bytes;

/// An OrbiWAN application on 127.0.0.1 that manages its devices' joins (seed 004 §Join Callback): on
/// `PUT /rest/callback/join` it checks the join-request's MIC with its AppKey, derives NwkSKey and AppSKey from the
/// clear join-accept, signs and encrypts it with the protocol core, keeps the AppSKey by `session_id` and answers
/// `{DevEUI, join_accept, nwkskey}`; or it answers a fixed status, or never answers (until closed). Every other
/// callback is recorded and answered 200.
final class JoiningApplication implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /// How the join callback is answered.
    enum Mode { ACCEPT, REFUSE_403, HANG, BAD_ANSWER, ACKNOWLEDGE }

    /// One received callback.
    record Call(String path, JsonNode body) {}

    private final HttpServer server;
    private final AesKey appKey;
    private final CountDownLatch release = new CountDownLatch(1);
    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private final java.util.List<Call> seen = new java.util.ArrayList<>();
    /// AppSKey per `session_id`, as a real application keeps them.
    final Map<String, AesKey> appSKeys = new ConcurrentHashMap<>();
    volatile Mode mode = Mode.ACCEPT;

    JoiningApplication(AesKey appKey) throws IOException {
        this.appKey = appKey;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        calls.add(new Call(path, body));
        if (!path.equals("/rest/callback/join")) {
            reply(ex, 200, "");
            return;
        }
        switch (mode) {
            case HANG -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                reply(ex, 500, "");
            }
            case REFUSE_403 -> reply(ex, 403, "");
            case ACKNOWLEDGE -> reply(ex, 200, "");
            case BAD_ANSWER -> reply(ex, 200, "{\"join_accept\":\"AAEC\",\"nwkskey\":\"not-a-key\"}");
            case ACCEPT -> {
                try {
                    reply(ex, 200, accept(body));
                } catch (Exception e) {
                    reply(ex, 406, "");
                }
            }
        }
    }

    private String accept(JsonNode body) throws Exception {
        var jr = (JoinRequest) FrameCodec.decode(base64(body, "join_request"));
        if (!Mic.joinRequest(appKey, FrameCodec.micInput(jr)).constantTimeEquals(jr.mic())) {
            throw new IllegalArgumentException("bad MIC");
        }
        Bytes clear = base64(body, "join_accept");
        MHdr mHdr = MHdr.fromByte(clear.get(0));
        JoinAccept ja = FrameCodec.decodeJoinAcceptPlaintext(mHdr, clear.slice(1, clear.size())
                .concat(Bytes.of(new byte[4])));
        JoinAccept signed = ja.withMic(Mic.joinAccept10(appKey, clear));
        Bytes enc = JoinAcceptCipher.encrypt(appKey, FrameCodec.encodeJoinAcceptPlaintext(signed));
        var keys = SessionKeys.derive10(appKey, ja.joinNonce(), ja.netId(), jr.devNonce());
        appSKeys.put(body.path("session_id").asText(), keys.appSKey());
        return JSON.createObjectNode().put("DevEUI", body.path("DevEUI").asText())
                .put("join_accept", Base64.getEncoder().encodeToString(FrameCodec.encode(
                        new EncryptedJoinAccept(mHdr, enc)).toArray()))
                .put("nwkskey", keys.nwkSKey().toHex()).toString();
    }

    private static Bytes base64(JsonNode body, String field) {
        return Bytes.wrap(Base64.getDecoder().decode(body.path(field).asText()));
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            ex.getResponseBody().write(b);
        }
        ex.close();
    }

    /// {@return the oldest callback to `path` not taken yet}, waiting up to the deadline; callbacks to other paths
    /// are kept for later
    Call next(String path) throws InterruptedException {
        synchronized (seen) {
            for (Call c : seen) {
                if (c.path().equals(path)) {
                    seen.remove(c);
                    return c;
                }
            }
        }
        long end = System.nanoTime() + OwHarness.DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            Call c = calls.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (c != null && c.path().equals(path)) {
                return c;
            }
            if (c != null) {
                synchronized (seen) {
                    seen.add(c);
                }
            }
        }
        throw new AssertionError("no callback to " + path + " within " + OwHarness.DEADLINE);
    }

    /// {@return the next `joininfo` callback}
    Call nextJoinInfo() throws InterruptedException {
        return next("/rest/callback/joininfo");
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
