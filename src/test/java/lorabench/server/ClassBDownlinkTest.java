// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.classb.GpsTime;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommandCodec;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Txpk;
import lorabench.server.device.MacRequests;
import lorabench.server.downlink.ClassBScheduler;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.store.DeviceClass;
import lorabench.store.DeviceRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Class B over real UDP: a queued downlink leaves in a PULL_RESP timed on the gateway's `tmst` at the device's next
/// ping slot (L2 1.0.4 §13.3), on the EU868 ping-slot channel (869.525 MHz, DR3 = SF9BW125); so does a network MAC
/// request, without waiting for an uplink. Refused slots: [ClassBRetryTest].
class ClassBDownlinkTest {
    @TempDir
    Path dir;

    @Test
    void queuedDownlinksGoOutInTheDevicesPingSlots() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            ClassB b = classB(net, 0x5B, 0xCB);
            TestDevice dev = b.dev();
            var gw = b.gw();
            Reception ref = b.ref();

            Instant before = net.scheduler.instant();
            // The first goes straight into the store (no scheduling) and the second through the queue, whose
            // trigger composes the next ping slot's frame: both are queued then, whatever the machine's load, so
            // the first frame must say FPending. (Two queue enqueues raced the composition of the first frame.)
            long first = new lorabench.store.DownlinkRepository(net.db).enqueue(lorabench.store.Downlink.newDownlink(
                    new DownlinkTarget.Device(dev.devEui), 7, Bytes.fromHex("B0B0"), false, Optional.empty())).id();
            long second = enqueue(net, dev, "B1B1");
            Txpk t1 = gw.nextPullResp();
            Instant after = net.scheduler.instant();
            assertFalse(t1.imme());
            assertEquals(expectedTmst(ref, dev, before, after), t1.tmst().getAsLong());
            assertEquals(869_525_000L, t1.frequency());
            assertEquals(new Datr.LoRa(9, 125), t1.datr());
            assertTrue(t1.ipol());
            var d1 = dev.downlink(t1.data(), 1, 0); // FCnt 0 went with the class A answer
            assertEquals(Bytes.fromHex("B0B0"), d1.payload());
            assertTrue(d1.frame().fHdr().fCtrl().fPending(), "another downlink waits");
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == first
                    && e.to() == DownlinkStatus.SENT);

            // the second waits for a later slot of the same device
            Txpk t2 = gw.nextPullResp();
            Instant after2 = net.scheduler.instant();
            long slot1 = toMicros(ref, t1.tmst().getAsLong());
            long slot2 = toMicros(ref, t2.tmst().getAsLong());
            assertTrue(slot2 > slot1, "a later slot");
            assertTrue(isPingSlot(ref, dev, slot2, 0), "the second is in a ping slot too");
            assertTrue(GpsTime.of(ref.receivedAt().plusNanos(slot2 * 1000)).compareTo(GpsTime.of(after2)) > 0,
                    "scheduled ahead of time");
            assertEquals(Bytes.fromHex("B1B1"), dev.downlink(t2.data(), 2, 0).payload());
            net.await(ServerEvent.DownlinkStatusChanged.class, e -> e.downlinkId() == second
                    && e.to() == DownlinkStatus.SENT);
            net.await(ServerEvent.DownlinkTransmitted.class, e -> e.window() == ServerEvent.RxWindow.CLASS_B);
        }
    }

    @Test
    void aMacRequestGoesOutInTheNextPingSlotWithoutAnUplink() throws Exception {
        try (TestNetwork net = new TestNetwork(dir)) {
            ClassB b = classB(net, 0x5C, 0xCC);
            Instant before = net.scheduler.instant();
            assertInstanceOf(MacRequests.Result.Queued.class, net.runtime.macRequests().requestDevStatus(b.dev().devEui));
            Txpk t = b.gw().nextPullResp();
            Instant after = net.scheduler.instant();
            assertFalse(t.imme(), "timed on the ping slot, not immediately");
            assertEquals(expectedTmst(b.ref(), b.dev(), before, after), t.tmst().getAsLong());
            assertEquals(869_525_000L, t.frequency());
            assertEquals(new Datr.LoRa(9, 125), t.datr());
            var d = b.dev().downlink(t.data(), 1, 0);
            assertTrue(d.frame().fPort().isEmpty(), "MAC only, in FOpts");
            assertEquals(List.of(new MacCommand.DevStatusReq()),
                    MacCommandCodec.decode(Direction.DOWNLINK, d.fOptsPlain()));
            net.await(ServerEvent.MacExchange.class, e -> e.command().equals("DevStatusReq")
                    && e.direction() == Direction.DOWNLINK);
            net.await(ServerEvent.DownlinkTransmitted.class, e -> e.window() == ServerEvent.RxWindow.CLASS_B);
        }
    }

    /// A joined class B device, its gateway, and the gateway's (tmst, time) reference of its last uplink.
    record ClassB(TestDevice dev, TestNetwork.Gateway gw, Reception ref) {}

    /// {@return an ABP 1.0.4 device made class B}, with ping-slot periodicity 0 (128 slots per beacon period, one
    /// about every 0.96 s) from a PingSlotInfoReq (CID 0x10) in a confirmed uplink; the class A answer (ACK +
    /// PingSlotInfoAns) has reached the gateway before this returns
    static ClassB classB(TestNetwork net, long eui, long gwEui) throws Exception {
        TestDevice dev = UplinkTest.abp(net, eui, MacVersion.V1_0_4, UplinkTest.ADDR, 1);
        var devices = new DeviceRepository(net.db);
        devices.upsert(devices.find(dev.devEui).orElseThrow().withDeviceClass(DeviceClass.B));
        var gw = net.gateway(gwEui);
        gw.send(dev.uplink(0, Optional.empty(), Bytes.EMPTY, true, false, Bytes.fromHex("1000"), 0),
                3_000_000_000L, 5);
        ServerEvent.UplinkReceived up = net.await(ServerEvent.UplinkReceived.class,
                e -> e.devEui().equals(dev.devEui));
        Txpk classA = gw.nextPullResp();
        assertEquals(3_001_000_000L, classA.tmst().getAsLong(), "RX1 of the uplink");
        return new ClassB(dev, gw, up.receptions().getFirst());
    }

    /// The tmst of the first ping slot (periodicity 0) at least the scheduler lead after the enqueue, derived from the
    /// core function and the gateway's (tmst, time) reference of the uplink. The enqueue happened between `before`
    /// and `after`; both bounds give the same slot unless a slot boundary fell in between.
    static long expectedTmst(Reception ref, TestDevice dev, Instant before, Instant after) {
        Duration lead = ClassBScheduler.DEFAULT_LEAD;
        Duration s1 = PingSlot.nextSlotAfter(GpsTime.of(before.plus(lead)), dev.devAddr, 0);
        Duration s2 = PingSlot.nextSlotAfter(GpsTime.of(after.plus(lead)), dev.devAddr, 0);
        long t1 = tmstOf(ref, s1);
        long t2 = tmstOf(ref, s2);
        return s1.equals(s2) ? t1 : Math.max(t1, t2); // the later bound is the one the server saw last
    }

    static long tmstOf(Reception ref, Duration gpsSlot) {
        long micros = Duration.between(ref.receivedAt(), GpsTime.toInstant(gpsSlot)).toNanos() / 1000;
        return (ref.tmst() + micros) & 0xFFFF_FFFFL;
    }

    /// {@return µs from the reference to `tmst`}
    static long toMicros(Reception ref, long tmst) {
        return (tmst - ref.tmst()) & 0xFFFF_FFFFL;
    }

    static boolean isPingSlot(Reception ref, TestDevice dev, long microsAfterRef, int periodicity) {
        Duration gps = GpsTime.of(ref.receivedAt().plusNanos(microsAfterRef * 1000));
        long beacon = PingSlot.beaconTime(gps);
        return PingSlot.slots(beacon, dev.devAddr, periodicity).stream()
                .anyMatch(s -> Math.abs(s.minus(gps).toNanos()) < 1000);
    }

    static long enqueue(TestNetwork net, TestDevice dev, String hex) {
        var r = net.runtime.downlinkQueue().enqueue(new DownlinkTarget.Device(dev.devEui), 7, Bytes.fromHex(hex),
                false, EnqueueMode.ENQUEUE_ON_BUSY);
        return assertInstanceOf(EnqueueResult.Accepted.class, r).downlink().id();
    }
}
