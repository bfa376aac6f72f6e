// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.CodingRate;
import lorabench.packetforwarder.Datr;
import lorabench.packetforwarder.Txpk;
import lorabench.sim.classb.PingSlots;
import lorabench.sim.device.DeviceClass;
import lorabench.sim.device.JsonFileDeviceStateStore;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.UplinkResult;
import lorabench.sim.device.VirtualDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Receive windows, classes B and C, duty cycle, repetitions, ADR back-off and persistence, on virtual time.
class VirtualDeviceTimingTest {
    private final SimHarness h = new SimHarness();

    private TestNetworkServer.Session session(VirtualDevice d) {
        return h.server.byAddr.get(d.state().devAddr().orElseThrow());
    }

    @Test
    void downlinksAreHeardOnlyInsideRx1AndRx2() {
        VirtualDevice d = h.joined(40, MacVersion.V1_0_4);
        long[] delays = {1_000_000, 1_500_000, 2_000_000, 2_600_000};
        boolean[] heard = new boolean[delays.length];
        for (int i = 0; i < delays.length; i++) {
            Datr.LoRa datr = delays[i] >= 2_000_000 ? new Datr.LoRa(12, 125) : null;
            long f = delays[i] >= 2_000_000 ? 869_525_000 : 0;
            h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(2), Bytes.fromHex("0" + i), false,
                    List.of(), delays[i], f, datr));
            heard[i] = h.run(d.sendUplink(1, Bytes.fromHex("00"), false)).downlink().isPresent();
            h.runFor(Duration.ofMinutes(1));
        }
        assertTrue(heard[0], "RX1 at 1 s");
        assertFalse(heard[1], "1.5 s is between the windows");
        assertTrue(heard[2], "RX2 at 2 s on 869.525 MHz SF12");
        assertFalse(heard[3], "2.6 s is after RX2");
        assertEquals(List.of(ReceivedDownlink.Window.RX1, ReceivedDownlink.Window.RX2),
                d.downlinks().stream().map(ReceivedDownlink::window).toList());
    }

    @Test
    void classCHearsRx2ParametersAnyTime() {
        VirtualDevice d = h.sim.addDevice(SimHarness.otaa(41, MacVersion.V1_0_4).withClass(DeviceClass.C));
        h.server.provision(d.config().devEui(), SimHarness.APP_KEY, SimHarness.APP_KEY, MacVersion.V1_0_4);
        h.run(d.join());
        h.runFor(Duration.ofMinutes(7));
        var s = session(d);
        Bytes phy = h.server.buildDown(s, new TestNetworkServer.Downlink(Optional.of(9), Bytes.fromHex("C0FFEE"),
                false, List.of(), 0, 0, null), false);
        h.server.send(SimHarness.GATEWAY, Txpk.loRaImmediately(869_525_000, 14, new Datr.LoRa(12, 125),
                CodingRate.CR_4_5, phy));
        h.runFor(Duration.ofSeconds(5));

        assertEquals(1, d.downlinks().size());
        assertEquals(ReceivedDownlink.Window.CLASS_C, d.downlinks().getFirst().window());
        assertEquals(Bytes.fromHex("C0FFEE"), d.downlinks().getFirst().payload());
    }

    @Test
    void classAIgnoresTheSameDownlinkOutsideItsWindows() {
        VirtualDevice d = h.joined(42, MacVersion.V1_0_4);
        h.runFor(Duration.ofMinutes(7));
        Bytes phy = h.server.buildDown(session(d), new TestNetworkServer.Downlink(Optional.of(9), Bytes.fromHex("01"),
                false, List.of(), 0, 0, null), false);
        h.server.send(SimHarness.GATEWAY, Txpk.loRaImmediately(869_525_000, 14, new Datr.LoRa(12, 125),
                CodingRate.CR_4_5, phy));
        h.runFor(Duration.ofSeconds(5));
        assertEquals(List.of(), d.downlinks());
    }

    @Test
    void classBReceivesADownlinkInAPingSlot() {
        SimHarness b = new SimHarness(Optional.empty(), true);
        VirtualDevice d = b.sim.addDevice(SimHarness.otaa(43, MacVersion.V1_0_4).withClass(DeviceClass.B)
                .withPingSlotPeriodicity(0));
        b.server.provision(d.config().devEui(), SimHarness.APP_KEY, SimHarness.APP_KEY, MacVersion.V1_0_4);
        b.run(d.join());
        var s = b.server.byAddr.get(d.state().devAddr().orElseThrow());
        b.server.queueRx1(s, Optional.empty(), Bytes.EMPTY, false, List.of(new MacCommand.PingSlotInfoAns()));
        b.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertTrue(b.server.uplinks.getFirst().mac().contains(new MacCommand.PingSlotInfoReq(0)));
        b.runFor(Duration.ofSeconds(300));
        assertTrue(d.classBActive(), "beacon locked and PingSlotInfoAns received");

        Instant now = b.scheduler.instant();
        long beacon = lorabench.sim.classb.Beacon.periodOf(now) + 128;
        Instant slot = PingSlots.slots(beacon, d.state().devAddr().orElseThrow(), 0).get(3);
        Bytes phy = b.server.buildDown(s, new TestNetworkServer.Downlink(Optional.of(7), Bytes.fromHex("B0"), false,
                List.of(), 0, 0, null), false);
        long tmst = b.gateway.concentratorClock().tmst(slot);
        b.server.send(SimHarness.GATEWAY, Txpk.loRaAt(tmst, 869_525_000, 14, new Datr.LoRa(9, 125),
                CodingRate.CR_4_5, phy));
        b.runFor(Duration.between(now, slot).plusSeconds(2));

        assertEquals(2, d.downlinks().size());
        assertEquals(ReceivedDownlink.Window.PING_SLOT, d.downlinks().getLast().window());
        assertEquals(Bytes.fromHex("B0"), d.downlinks().getLast().payload());
        b.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertTrue(b.server.uplinks.getLast().frame().fHdr().fCtrl().classB(), "FCtrl.ClassB once class B runs");
    }

    @Test
    void dutyCycleDelaysTheNextUplinkByTheOffTime() {
        VirtualDevice d = h.joined(44, MacVersion.V1_0_4);
        h.runFor(Duration.ofMinutes(10));
        Instant t0 = h.scheduler.instant();
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        var ups = h.server.uplinks;
        long gap = ups.get(ups.size() - 1).rxpk().tmst() - ups.get(ups.size() - 2).rxpk().tmst();
        // 868.1/868.3/868.5 MHz are all in sub-band M (1 %): 14 bytes at SF7 = 46.336 ms on air, 99 x that off
        long airtimeMicros = lorabench.lorawan.airtime.Airtime.of(new lorabench.lorawan.band.DataRate.LoRa(7,
                lorabench.lorawan.band.Bandwidth.BW125), 14, lorabench.lorawan.types.Direction.UPLINK).toNanos() / 1000;
        assertEquals(46_336, airtimeMicros);
        assertEquals(100 * airtimeMicros, gap, 2);
        assertTrue(Duration.between(t0, h.scheduler.instant()).toMillis() > 5000);
    }

    @Test
    void confirmedUplinkIsRetransmittedUntilAcknowledged() {
        VirtualDevice d = h.joined(45, MacVersion.V1_0_4);
        h.server.ackConfirmed = false;
        UplinkResult r = h.run(d.sendUplink(1, Bytes.fromHex("00"), true));
        assertFalse(r.acked());
        assertEquals(8, r.transmissions());
        assertEquals(8, h.server.uplinks.size());
        assertTrue(h.server.uplinks.stream().allMatch(u -> u.fCnt() == 0));

        h.server.ackConfirmed = true;
        UplinkResult ok = h.run(d.sendUplink(1, Bytes.fromHex("01"), true));
        assertTrue(ok.acked());
        assertEquals(1, ok.transmissions());
        assertEquals(1, ok.fCnt());
    }

    @Test
    void adrBackOffSetsAdrAckReqThenRaisesPowerThenLowersTheDataRate() {
        VirtualDevice d = h.joined(46, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.LinkAdrReq(5, 3, 0b111, 0, 1), new MacCommand.AdrParamSetupReq(2, 1)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertEquals(3, d.state().txPowerIndex());
        // limit 4, delay 2 (the downlink reset the counter): counter 0..3 no ADRACKReq, from 4 on it is set;
        // at 6 the power goes back to max, at 8 the data rate steps down to DR4
        for (int i = 0; i < 9; i++) {
            h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        }
        var flags = h.server.uplinks.subList(1, 10).stream().map(u -> u.frame().fHdr().fCtrl().adrAckReq()).toList();
        assertEquals(List.of(false, false, false, false, true, true, true, true, true), flags);
        assertEquals(0, d.state().txPowerIndex());
        assertEquals(4, d.state().dataRate());
        assertEquals(new Datr.LoRa(8, 125), h.server.uplinks.getLast().rxpk().datr());
    }

    @Test
    void frameCountersSurviveARestartThroughTheJsonStore(@TempDir Path dir) {
        var store = new JsonFileDeviceStateStore(dir);
        SimHarness first = new SimHarness(Optional.of(store), false);
        VirtualDevice d = first.joined(47, MacVersion.V1_1);
        first.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        first.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        var before = d.state();

        var restored = store.load(d.config().devEui()).orElseThrow();
        assertEquals(before, restored);
        assertEquals(2, restored.fCntUp());
        assertEquals(1, restored.devNonce());
        assertTrue(restored.joined());
    }
}
