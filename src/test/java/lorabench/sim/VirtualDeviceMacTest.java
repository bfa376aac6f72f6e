// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Datr;
import lorabench.sim.device.DeviceBehaviour;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.UplinkResult;
import lorabench.sim.device.VirtualDevice;
import org.junit.jupiter.api.Test;

/// MAC commands sent by the test network server, applied by the device and answered (LoRaWAN L2 1.0.4 §5).
class VirtualDeviceMacTest {
    private final SimHarness h = new SimHarness();

    private TestNetworkServer.Session session(VirtualDevice d) {
        return h.server.byAddr.get(d.state().devAddr().orElseThrow());
    }

    private List<MacCommand> macOfNextUplink(VirtualDevice d) {
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        return h.server.uplinks.getLast().mac();
    }

    @Test
    void linkAdrReqChangesDataRatePowerChannelsAndNbTrans() {
        VirtualDevice d = h.joined(30, MacVersion.V1_0_4);
        // DR3 (SF9), TXPower 2 (-4 dB), only channels 0 and 1, NbTrans 2
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.LinkAdrReq(3, 2, 0b011, 0, 2)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));

        var st = d.state();
        assertEquals(3, st.dataRate());
        assertEquals(2, st.txPowerIndex());
        assertEquals(2, st.nbTrans());
        assertEquals(List.of(true, true, false), st.channels().stream().map(c -> c.enabled()).toList());
        UplinkResult r = h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertEquals(2, r.transmissions(), "NbTrans repetitions of an unconfirmed uplink without downlink");
        var up = h.server.uplinks.getLast();
        assertEquals(List.of(new MacCommand.LinkAdrAns(true, true, true)), h.server.uplinks.get(
                h.server.uplinks.size() - 2).mac());
        assertEquals(new Datr.LoRa(9, 125), up.rxpk().datr());
        assertTrue(up.rxpk().frequency() == 868_100_000 || up.rxpk().frequency() == 868_300_000);
    }

    @Test
    void linkAdrReqWithAnUndefinedChannelIsRejectedAsAWhole() {
        VirtualDevice d = h.joined(31, MacVersion.V1_0_4);
        int drBefore = d.state().dataRate();
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.LinkAdrReq(2, 1, 0b1000, 0, 1)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));

        assertEquals(List.of(new MacCommand.LinkAdrAns(true, true, false)), macOfNextUplink(d));
        assertEquals(drBefore, d.state().dataRate());
        assertEquals(0, d.state().txPowerIndex());
    }

    @Test
    void rxParamSetupMovesRx2AndIsRepeatedUntilADownlink() {
        VirtualDevice d = h.joined(32, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.RxParamSetupReq(1, 3, 869_525_000)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertEquals(3, d.state().rx2DataRate());
        assertEquals(1, d.state().rx1DrOffset());

        assertEquals(List.of(new MacCommand.RxParamSetupAns(true, true, true)), macOfNextUplink(d));
        // sticky: repeated until a downlink is received; this time the server answers in the new RX2 (SF9)
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(3), Bytes.fromHex("AA"), false,
                List.of(), 2_000_000, 869_525_000, new Datr.LoRa(9, 125)));
        UplinkResult r = h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertEquals(List.of(new MacCommand.RxParamSetupAns(true, true, true)), h.server.uplinks.getLast().mac());
        assertEquals(ReceivedDownlink.Window.RX2, r.downlink().orElseThrow().window());
        assertEquals(List.of(), macOfNextUplink(d));
    }

    @Test
    void rx1UsesTheDataRateOffsetAfterRxParamSetup() {
        VirtualDevice d = h.joined(33, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.RxParamSetupReq(2, 0, 869_525_000)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        // uplink DR5 with offset 2: RX1 at DR3 (SF9); a downlink at the uplink's SF7 is not heard
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(3), Bytes.fromHex("01"), false,
                List.of(), 1_000_000, 0, new Datr.LoRa(7, 125)));
        assertTrue(h.run(d.sendUplink(1, Bytes.fromHex("01"), false)).downlink().isEmpty());
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(3), Bytes.fromHex("02"), false,
                List.of(), 1_000_000, 0, new Datr.LoRa(9, 125)));
        var dl = h.run(d.sendUplink(1, Bytes.fromHex("02"), false)).downlink().orElseThrow();
        assertEquals(ReceivedDownlink.Window.RX1, dl.window());
    }

    @Test
    void rxTimingSetupDelaysLaterWindows() {
        VirtualDevice d = h.joined(34, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false,
                List.of(new MacCommand.RxTimingSetupReq(3)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertEquals(3, d.state().rxDelaySeconds());

        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(3), Bytes.fromHex("01"), false,
                List.of(), 1_000_000, 0, null));
        UplinkResult early = h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertTrue(early.downlink().isEmpty(), "a downlink at the old 1 s delay is missed");
        assertTrue(h.server.uplinks.getLast().mac().contains(new MacCommand.RxTimingSetupAns()));
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(3), Bytes.fromHex("02"), false,
                List.of(), 3_000_000, 0, null));
        assertEquals(ReceivedDownlink.Window.RX1,
                h.run(d.sendUplink(1, Bytes.fromHex("02"), false)).downlink().orElseThrow().window());
    }

    @Test
    void devStatusAnsReportsTheConfiguredBatteryAndMargin() {
        VirtualDevice d = h.joined(35, MacVersion.V1_1);
        d.setBehaviour(new DeviceBehaviour(true, 200, OptionalInt.of(-5)));
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false, List.of(new MacCommand.DevStatusReq(),
                new MacCommand.RekeyConf(1)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertEquals(List.of(new MacCommand.DevStatusAns(200, -5)), macOfNextUplink(d));
    }

    @Test
    void devStatusMarginDefaultsToTheDownlinkSnr() {
        VirtualDevice d = h.joined(36, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.of(0), Bytes.EMPTY, false, List.of(new MacCommand.DevStatusReq()));
        var dl = h.run(d.sendUplink(1, Bytes.fromHex("00"), false)).downlink().orElseThrow();
        int snr = (int) Math.max(-32, Math.min(31, Math.round(dl.snrDb())));
        assertEquals(List.of(new MacCommand.DevStatusAns(255, snr)), macOfNextUplink(d));
    }

    @Test
    void newChannelDlChannelDutyCycleAdrParamAndLinkCheckAreApplied() {
        VirtualDevice d = h.joined(37, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.of(0), Bytes.EMPTY, false, List.of(
                new MacCommand.NewChannelReq(3, 867_100_000, 0, 5),
                new MacCommand.NewChannelReq(1, 867_300_000, 0, 5),
                new MacCommand.DlChannelReq(3, 868_500_000),
                new MacCommand.DutyCycleReq(4),
                new MacCommand.AdrParamSetupReq(2, 1),
                new MacCommand.LinkCheckAns(12, 2)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));

        var st = d.state();
        assertEquals(867_100_000, st.channels().get(3).frequencyHz());
        assertEquals(868_500_000, st.channels().get(3).downlinkFrequencyHz());
        assertEquals(4, st.maxDutyCycle());
        assertEquals(4, st.adrAckLimit());
        assertEquals(2, st.adrAckDelay());
        assertEquals(Optional.of(new MacCommand.LinkCheckAns(12, 2)), d.lastLinkCheck());
        assertEquals(List.of(new MacCommand.NewChannelAns(true, true), new MacCommand.NewChannelAns(false, false),
                new MacCommand.DutyCycleAns(), new MacCommand.AdrParamSetupAns(),
                new MacCommand.DlChannelAns(true, true)), macOfNextUplink(d));
    }

    @Test
    void dlChannelMovesRx1OfThatChannelAndTheUplinkFrequencyIsNoLongerHeard() {
        VirtualDevice d = h.joined(39, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.of(0), Bytes.EMPTY, false, List.of(
                new MacCommand.NewChannelReq(3, 867_100_000, 0, 5),
                new MacCommand.DlChannelReq(3, 868_500_000),
                new MacCommand.LinkAdrReq(5, 0, 0b1000, 0, 1)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        // only channel 3 is enabled: uplinks go out on 867.1 MHz and RX1 listens on 868.5 MHz
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(2), Bytes.fromHex("01"), false,
                List.of(), 1_000_000, 867_100_000, null));
        UplinkResult missed = h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertEquals(867_100_000, h.server.uplinks.getLast().rxpk().frequency());
        assertTrue(missed.downlink().isEmpty(), "RX1 no longer listens on the uplink frequency");
        h.server.queue(session(d), new TestNetworkServer.Downlink(Optional.of(2), Bytes.fromHex("02"), false,
                List.of(), 1_000_000, 868_500_000, null));
        ReceivedDownlink got = h.run(d.sendUplink(1, Bytes.fromHex("02"), false)).downlink().orElseThrow();
        assertEquals(ReceivedDownlink.Window.RX1, got.window());
        assertEquals("02", got.payload().toHex());
    }

    @Test
    void dutyCycleReqSpacesEveryFrameByTheAggregatedOffTime() {
        VirtualDevice d = h.joined(40, MacVersion.V1_0_4);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false, List.of(new MacCommand.DutyCycleReq(7)));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        assertEquals(7, d.state().maxDutyCycle());
        h.run(d.sendUplink(1, Bytes.fromHex("01"), false)); // carries DutyCycleAns
        h.run(d.sendUplink(1, Bytes.fromHex("02"), false));
        h.run(d.sendUplink(1, Bytes.fromHex("03"), false));
        var ups = h.server.uplinks;
        long gap = ups.getLast().rxpk().tmst() - ups.get(ups.size() - 2).rxpk().tmst();
        // 14 bytes at SF7 = 46.336 ms on air; MaxDCycle 7 allows 1/128 of the time on air on every channel, which is
        // stricter than the sub-band's 1 % (100 x): the next frame starts 128 x the airtime after the last one
        assertEquals(128 * 46_336, gap, 2);
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false, List.of(new MacCommand.DutyCycleReq(0)));
        h.run(d.sendUplink(1, Bytes.fromHex("04"), false));
        h.run(d.sendUplink(1, Bytes.fromHex("05"), false)); // carries DutyCycleAns
        h.run(d.sendUplink(1, Bytes.fromHex("06"), false));
        h.run(d.sendUplink(1, Bytes.fromHex("07"), false));
        gap = ups.getLast().rxpk().tmst() - ups.get(ups.size() - 2).rxpk().tmst();
        assertEquals(100 * 46_336, gap, 2, "MaxDCycle 0 lifts the limit: back to the sub-band's 1 %");
    }

    @Test
    void linkCheckAndDeviceTimeRequestsGoInTheNextUplink() {
        VirtualDevice d = h.joined(38, MacVersion.V1_0_4);
        d.requestLinkCheck();
        d.requestDeviceTime();
        assertEquals(List.of(new MacCommand.LinkCheckReq(), new MacCommand.DeviceTimeReq()), macOfNextUplink(d));
        assertFalse(macOfNextUplink(d).contains(new MacCommand.LinkCheckReq()));
    }
}
