// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static lorabench.server.ClassBDownlinkTest.classB;
import static lorabench.server.ClassBDownlinkTest.enqueue;
import static lorabench.server.ClassBDownlinkTest.isPingSlot;
import static lorabench.server.ClassBDownlinkTest.tmstOf;
import static lorabench.server.ClassBDownlinkTest.toMicros;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.lorawan.classb.GpsTime;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.types.Bytes;
import lorabench.packetforwarder.TxAckError;
import lorabench.packetforwarder.Txpk;
import lorabench.server.ClassBDownlinkTest.ClassB;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DownlinkStatus;
import lorabench.store.LogEvent;
import lorabench.store.Page;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A class B ping slot the gateway refuses (TX_ACK TOO_LATE) is retried with the same frame in the device's next
/// ping slot, at most twice; the gateway is a real [lorabench.packetforwarder.UdpGatewayClient] over loopback UDP.
class ClassBRetryTest {
    private static final long PING_SLOT_CHANNEL = 869_525_000L;

    @TempDir
    Path dir;

    @Test
    void aRefusedPingSlotIsRetriedInTheNextPingSlot() throws Exception {
        ClassB b;
        long id;
        try (TestNetwork net = new TestNetwork(dir)) {
            b = classB(net, 0x5D, 0xCD);
            refuseFirst(b.gw(), 1);
            id = enqueue(net, b.dev(), "C0C0");
            Txpk refused = b.gw().nextPullResp();
            Txpk retry = b.gw().nextPullResp();
            assertFalse(retry.imme());
            assertEquals(refused.data(), retry.data(), "the same frame");
            assertEquals(nextSlotTmst(b, refused), retry.tmst().getAsLong(), "the ping slot after the refused one");
            assertTrue(isPingSlot(b.ref(), b.dev(), toMicros(b.ref(), retry.tmst().getAsLong()), 0));
            assertEquals(Bytes.fromHex("C0C0"), b.dev().downlink(retry.data(), 1, 0).payload());
            net.await(ServerEvent.DownlinkTransmitted.class, e -> e.window() == ServerEvent.RxWindow.CLASS_B);
            var sent = net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id);
            assertEquals(DownlinkStatus.SENT, sent.to());
            assertEquals(DownlinkStatus.SENT, net.runtime.downlinkQueue().find(id).orElseThrow().status(),
                    "SENT once, and stays SENT after the accepted retry");
        }
        List<SessionLogEntry> rows = classBRows(b);
        assertEquals(List.of(LogEvent.DOWNLINK, LogEvent.TX_ACK, LogEvent.DOWNLINK),
                rows.stream().map(SessionLogEntry::event).toList());
        assertEquals(Optional.of("TOO_LATE"), rows.get(1).reason());
    }

    @Test
    void afterThreeRefusalsTheDownlinkIsInError() throws Exception {
        ClassB b;
        long id;
        try (TestNetwork net = new TestNetwork(dir)) {
            b = classB(net, 0x5E, 0xCE);
            refuseFirst(b.gw(), Integer.MAX_VALUE);
            id = enqueue(net, b.dev(), "C1C1");
            List<Txpk> tries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                tries.add(b.gw().nextPullResp());
            }
            assertEquals(nextSlotTmst(b, tries.get(0)), tries.get(1).tmst().getAsLong());
            assertEquals(nextSlotTmst(b, tries.get(1)), tries.get(2).tmst().getAsLong());
            var error = net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == id
                    && e.to() == DownlinkStatus.ERROR);
            assertEquals(DownlinkStatus.SENT, error.from());
            String reason = error.error().orElseThrow();
            assertTrue(reason.contains("TOO_LATE") && reason.contains("refused 3 times"), reason);
            var item = net.runtime.downlinkQueue().find(id).orElseThrow();
            assertEquals(DownlinkStatus.ERROR, item.status());
            assertEquals(Optional.of(reason), item.error());
            assertTrue(b.gw().pullResps.isEmpty(), "no fourth try");
        }
        List<SessionLogEntry> rows = classBRows(b);
        assertEquals(6, rows.size(), rows.toString());
        assertEquals(3, rows.stream().filter(r -> r.event() == LogEvent.DOWNLINK).count());
        assertEquals(3, rows.stream().filter(r -> r.event() == LogEvent.TX_ACK
                && r.reason().equals(Optional.of("TOO_LATE"))).count(), "every refusal is in the session log");
    }

    /// Refuses the first `n` ping-slot PULL_RESPs with TOO_LATE (the class A answer on 868.1 MHz is never refused).
    private static void refuseFirst(TestNetwork.Gateway gw, int n) {
        AtomicInteger refused = new AtomicInteger();
        gw.txAck = t -> t.frequency() == PING_SLOT_CHANNEL && refused.getAndIncrement() < n
                ? Optional.of(TxAckError.of(TxAckError.Code.TOO_LATE)) : Optional.empty();
    }

    /// {@return the tmst of the device's first ping slot (periodicity 0) after the one `refused` was timed on}, from
    /// the core ping-slot function and the gateway's (tmst, time) reference
    private static long nextSlotTmst(ClassB b, Txpk refused) {
        Reception ref = b.ref();
        var at = ref.receivedAt().plusNanos(toMicros(ref, refused.tmst().getAsLong()) * 1000);
        // tmst has µs resolution: 1 ms past the refused slot is safely inside it, and before the next (≥ 30 ms)
        Duration next = PingSlot.nextSlotAfter(GpsTime.of(at).plusMillis(1), b.dev().devAddr, 0);
        return tmstOf(ref, next);
    }

    /// {@return the session-log rows of the device's ping-slot downlinks}, read after the server has closed
    private List<SessionLogEntry> classBRows(ClassB b) {
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            return new SessionLogRepository(db).list(SessionLogQuery.all().device(b.dev().devEui), Page.first(100))
                    .stream().filter(r -> r.frequencyHz() == PING_SLOT_CHANNEL).toList();
        }
    }
}
