// SPDX-License-Identifier: Apache-2.0
package lorabench.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lorabench.clock.RealTimeScheduler;
import lorabench.clock.TaskScheduler;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvents;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeviceRepository;
import lorabench.store.PushStatus;
import lorabench.store.PushTarget;
import lorabench.store.Uplink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushEngineTest {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /// A minimal vendor: uplinks are POSTed to `{url}/cb` as `{"id":n}`; `settings.retry` attempts in all.
    static final CallbackFormatter FORMAT = new CallbackFormatter() {
        @Override
        public List<PushRequest> format(ServerEvent event, PushTarget target, boolean live) {
            if (event instanceof ServerEvent.UplinkReceived u) {
                return List.of(new PushRequest("uplink", "POST", URI.create(target.url() + "/cb"),
                        Map.of("X-Live", Boolean.toString(live)), "{\"id\":" + u.uplinkId() + "}",
                        Optional.of(u.devEui()), OptionalLong.of(u.uplinkId())));
            }
            return List.of();
        }

        @Override
        public PushRequest testRequest(PushTarget target) {
            return new PushRequest("test", "PUT", URI.create(target.url() + "/test"), Map.of(), "{}",
                    Optional.empty(), OptionalLong.empty());
        }

        @Override
        public RetryPolicy retryPolicy(PushTarget target) {
            int n = target.settings().path("retry").asInt(1);
            return n == 1 ? RetryPolicy.NONE : new RetryPolicy(n, Duration.ofSeconds(1), Duration.ofSeconds(4));
        }
    };

    Database db;
    ServerEvents events;
    PushFixture fx;
    CallbackReceiver receiver;
    BlockingQueue<PushDelivery> delivered = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(DatabaseConfig.h2Memory("push-engine-" + System.nanoTime()));
        events = new ServerEvents();
        fx = new PushFixture(db, "alice", "pw", Eui64.parse("1234567812345678"), DevAddr.parse("26011BDA"));
        receiver = CallbackReceiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        events.close();
        db.close();
    }

    PushEngine engine(PushEngineConfig config, TaskScheduler clock) throws Exception {
        PushEngine e = new PushEngine(config, db, events, clock, FORMAT,
                PushRecipients.deviceOwner(new DeviceRepository(db)));
        e.log().subscribe(delivered::add);
        return e;
    }

    PushTarget target(int retry) {
        return PushTarget.newTarget(fx.account.id(), URI.create(receiver.base()), "json")
                .withAuth(JsonNodeFactory.instance.objectNode().put("type", "basic").put("username", "u")
                        .put("password", "p"))
                .withHeaders(Map.of("X-Extra", "42"))
                .withSettings(JsonNodeFactory.instance.objectNode().put("retry", retry));
    }

    PushDelivery nextDelivery() throws InterruptedException {
        PushDelivery d = delivered.poll(CallbackReceiver.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (d == null) {
            throw new AssertionError("no delivery within the deadline");
        }
        return d;
    }

    @Test
    void deliversWithAuthAndHeadersLogsItAndMarksThePayloadDelivered() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(PushEngineConfig.DEFAULT,
                clock)) {
            engine.save(target(1));
            Uplink u = fx.store(7, 1, Bytes.fromHex("CAFE"), T0);
            events.publish(PushFixture.event(u));
            CallbackReceiver.Call call = receiver.next();
            assertEquals("POST", call.method());
            assertEquals("/cb", call.uri());
            assertEquals("{\"id\":" + u.id() + "}", call.body());
            assertEquals("Basic dTpw", call.headers().get("authorization"));
            assertEquals("42", call.headers().get("x-extra"));
            assertEquals("true", call.headers().get("x-live"));
            assertEquals("application/json", call.headers().get("content-type"));
            PushDelivery d = nextDelivery();
            assertEquals(receiver.base() + "/cb", d.url());
            assertEquals(200, d.status().getAsInt());
            assertTrue(!d.latency().isNegative());
            assertEquals(PushDelivery.Kind.LIVE, d.kind());
            assertEquals(Optional.of(fx.device.devEui()), d.devEui());
            assertEquals(PushStatus.DELIVERED, fx.status(u));
            assertEquals(List.of(d), engine.log().recent(fx.account.id()));
        }
    }

    @Test
    void aNon200AnswerKeepsThePayloadAndRepushDeliversItOnce() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(PushEngineConfig.DEFAULT,
                clock)) {
            engine.save(target(1));
            receiver.answer(500);
            Uplink u = fx.store(8, 1, Bytes.fromHex("01"), T0);
            events.publish(PushFixture.event(u));
            assertEquals(500, nextDelivery().status().getAsInt());
            assertEquals(PushStatus.FAILED, fx.status(u));

            receiver.answer(200);
            receiver.drain();
            Uplink stored = new lorabench.store.UplinkRepository(db).find(u.id()).orElseThrow();
            List<PushDelivery> again = engine.repush(stored, true);
            assertEquals(1, again.size());
            assertEquals(200, again.getFirst().status().getAsInt());
            assertEquals(PushDelivery.Kind.REPUSH, again.getFirst().kind());
            assertEquals("false", receiver.next().headers().get("x-live"), "a repushed payload is not live");
            assertEquals(PushStatus.DELIVERED, fx.status(u));
            assertEquals(List.of(), engine.repush(stored, true), "acknowledged targets are skipped");
            assertEquals(1, engine.repush(stored, false).size(), "without failed_only every target gets it");
        }
    }

    @Test
    void a202LeavesThePayloadToPull() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(PushEngineConfig.DEFAULT,
                clock)) {
            engine.save(target(1));
            receiver.answer(202);
            Uplink u = fx.store(9, 1, Bytes.fromHex("02"), T0);
            events.publish(PushFixture.event(u));
            assertEquals(202, nextDelivery().status().getAsInt());
            assertEquals(PushStatus.NONE, fx.status(u));
        }
    }

    @Test
    void stopStopsAndAStoppedAccountsPayloadsStayForPull() throws Exception {
        // one worker: deliveries leave in event order, so the other account's callback proves the first was handled
        try (RealTimeScheduler clock = new RealTimeScheduler("t");
                PushEngine engine = engine(PushEngineConfig.DEFAULT.withQueue(1, 100), clock)) {
            PushFixture other = new PushFixture(db, "bob", "pw", Eui64.parse("AAAAAAAAAAAAAAAA"),
                    DevAddr.parse("26011BDB"));
            engine.save(target(1));
            engine.save(PushTarget.newTarget(other.account.id(), URI.create(receiver.base() + "/bob"), "json"));
            assertEquals(1, engine.stop(fx.account.id()));
            assertEquals(List.of(), engine.activeTargets(fx.account.id()));
            Uplink v = fx.store(10, 1, Bytes.fromHex("03"), T0);
            events.publish(PushFixture.event(v));
            Uplink marker = other.store(1, 1, Bytes.fromHex("04"), T0);
            events.publish(PushFixture.event(marker));
            assertEquals("/bob/cb", receiver.next().uri(), "nothing was pushed for the stopped account");
            nextDelivery();
            assertEquals(PushStatus.NONE, fx.status(v));
            assertEquals(false, engine.targets(fx.account.id()).getFirst().enabled(), "stopped state is stored");
        }
    }

    @Test
    void aHungReceiverNeverBlocksTheEventStreamAndOverflowIsRefusedAndKept() throws Exception {
        receiver.hang();
        PushEngineConfig small = PushEngineConfig.DEFAULT.withQueue(1, 1).withTimeout(Duration.ofSeconds(3));
        try (RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(small, clock)) {
            engine.save(target(1));
            int n = 20;
            List<Uplink> ups = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                Uplink u = fx.store(100 + i, 1, Bytes.fromHex("05"), T0);
                ups.add(u);
                events.publish(PushFixture.event(u));
            }
            for (int i = 0; i < n; i++) {
                PushDelivery d = nextDelivery();
                assertEquals(PushDelivery.Outcome.FAILED, d.outcome(), d.toString());
                assertTrue(d.status().isEmpty());
            }
            assertTrue(engine.refused() >= 1, "the bounded queue refused some deliveries");
            assertTrue(engine.log().recent().stream().anyMatch(d -> d.error().equals(Optional.of("push queue full"))));
            assertTrue(engine.log().recent().stream().anyMatch(d -> d.error().orElse("").startsWith("timeout")));
            for (Uplink u : ups) {
                assertEquals(PushStatus.FAILED, fx.status(u), "every undelivered payload is kept");
            }
        }
    }

    @Test
    void aHungTargetFillsOnlyItsOwnQueueAndAnotherTargetGetsEveryPush() throws Exception {
        receiver.hang();
        PushEngineConfig small = PushEngineConfig.DEFAULT.withQueue(1, 2).withTimeout(Duration.ofSeconds(3));
        try (CallbackReceiver healthy = CallbackReceiver.start();
                RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(small, clock)) {
            PushTarget hung = engine.save(target(1));
            PushTarget good = engine.save(PushTarget.newTarget(fx.account.id(), URI.create(healthy.base()), "json"));
            int n = 10;
            for (int i = 0; i < n; i++) {
                // One at a time for the healthy target, so only the hung one's queue (1 sending, 2 waiting) fills.
                events.publish(PushFixture.event(fx.store(200 + i, 1, Bytes.fromHex("06"), T0)));
                assertEquals("/cb", healthy.next().uri(), "the healthy target is not held up by the hung one");
            }
            int answered = 0;
            int refusedForHung = 0;
            for (int i = 0; i < 2 * n; i++) {
                PushDelivery d = nextDelivery();
                if (d.targetId() == good.id()) {
                    answered += d.status().orElse(0) == 200 ? 1 : 0;
                } else if (d.targetId() == hung.id() && d.error().equals(Optional.of("push queue full"))) {
                    refusedForHung++;
                }
            }
            assertEquals(n, answered);
            assertTrue(refusedForHung >= 1, "the hung target's own queue overflowed");
        }
    }

    @Test
    void failedStoredPayloadsAreRetriedWithBackOffOnTheScheduler() throws Exception {
        VirtualTimeScheduler clock = new VirtualTimeScheduler(T0);
        try (PushEngine engine = engine(PushEngineConfig.DEFAULT, clock)) {
            engine.save(target(3));
            receiver.script(503, 503);
            Uplink u = fx.store(12, 1, Bytes.fromHex("06"), T0);
            events.publish(PushFixture.event(u));
            assertEquals(503, nextDelivery().status().getAsInt());
            assertEquals(PushStatus.FAILED, fx.status(u));
            clock.runUntil(T0.plusSeconds(1));
            PushDelivery second = nextDelivery();
            assertEquals(PushDelivery.Kind.RETRY, second.kind());
            assertEquals(2, second.attempt());
            assertEquals(503, second.status().getAsInt());
            clock.runUntil(T0.plusSeconds(3));
            PushDelivery third = nextDelivery();
            assertEquals(3, third.attempt());
            assertEquals(200, third.status().getAsInt());
            assertEquals(PushStatus.DELIVERED, fx.status(u));
            assertEquals(0, clock.pending(), "no attempt after the last allowed one");
        }
    }

    @Test
    void sendTestReachesTheTargetAndIsLogged() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler("t"); PushEngine engine = engine(PushEngineConfig.DEFAULT,
                clock)) {
            PushTarget t = engine.save(target(1));
            PushDelivery d = engine.sendTest(t);
            assertEquals(200, d.status().getAsInt());
            assertEquals(PushDelivery.Kind.TEST, d.kind());
            assertEquals("PUT", receiver.next().method());
            assertEquals(d, nextDelivery());

            receiver.close();
            PushDelivery down = engine.sendTest(t);
            assertTrue(down.status().isEmpty() && down.error().isPresent(), "an unreachable target is reported");
        }
    }

    @Test
    void enabledTargetsResumeAfterARestart() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler("t")) {
            try (PushEngine first = engine(PushEngineConfig.DEFAULT, clock)) {
                first.save(target(1).withEnabled(true));
            }
            try (PushEngine second = engine(PushEngineConfig.DEFAULT, clock)) {
                Uplink u = fx.store(13, 1, Bytes.fromHex("07"), T0);
                events.publish(PushFixture.event(u));
                assertEquals("{\"id\":" + u.id() + "}", receiver.next().body());
            }
        }
    }

    @Test
    void authorizationHeaderFollowsTheTargetsScheme() {
        var json = JsonNodeFactory.instance;
        assertEquals(Optional.of("Bearer tok"), PushSender.authorization(json.objectNode().put("type", "bearer")
                .put("token", "tok")));
        assertEquals(Optional.of("Basic dXNlcjpwYXNz"), PushSender.authorization(json.objectNode()
                .put("type", "basic").put("username", "user").put("password", "pass")));
        assertEquals(Optional.of("Custom abc"), PushSender.authorization(json.objectNode().put("type", "header")
                .put("value", "Custom abc")));
        assertEquals(Optional.empty(), PushSender.authorization(json.objectNode()));
    }

    @Test
    void retryDelaysDoubleUpToTheCap() {
        RetryPolicy p = new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(4));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4)), List.of(p.delayBefore(2), p.delayBefore(3), p.delayBefore(4),
                p.delayBefore(5)));
        assertTrue(p.allows(6) && !p.allows(7));
    }
}
