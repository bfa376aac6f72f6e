// SPDX-License-Identifier: Apache-2.0
package lorabench.server.mac;

import static lorabench.server.mac.MacTestKit.EU;
import static lorabench.server.mac.MacTestKit.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.mac.MacCommand.*;
import lorabench.lorawan.types.MacVersion;
import lorabench.store.DeviceClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Device-initiated requests and their answers (LoRaWAN L2 1.0.4 §5, L2 1.1 §5).
class DeviceRequestsTest {
    private static final MacState S0 = MacState.initial(EU);

    static Stream<Arguments> answered() {
        return Stream.of(
                // DR5 = SF7 (floor -7.5 dB), SNR 5 dB -> margin 12 dB, one gateway.
                Arguments.of(MacVersion.V1_0_4, new LinkCheckReq(), new LinkCheckAns(12, 1)),
                Arguments.of(MacVersion.V1_1, new ResetInd(1), new ResetConf(1)),
                Arguments.of(MacVersion.V1_1, new ResetInd(3), new ResetConf(1)),
                Arguments.of(MacVersion.V1_1, new RekeyInd(1), new RekeyConf(1)),
                Arguments.of(MacVersion.V1_1, new RekeyInd(0), new RekeyConf(0)),
                Arguments.of(MacVersion.V1_1, new DeviceModeInd(2), new DeviceModeConf(2)),
                Arguments.of(MacVersion.V1_1, new DeviceModeInd(1), new DeviceModeConf(1)),
                Arguments.of(MacVersion.V1_0_4, new PingSlotInfoReq(4), new PingSlotInfoAns()),
                // RX1 opens at 00:00:01.5 UTC = GPS 1479340819.5 s; next beacon at GPS 1479340928 s (a multiple of
                // 128 s) -> 108.5 s = 3616 x 30 ms; EU868 has one beacon frequency, so channel 0.
                Arguments.of(MacVersion.V1_0_4, new BeaconTimingReq(), new BeaconTimingAns(3616, 0)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answered")
    void answersDeviceRequest(MacVersion v, MacCommand request, MacCommand answer) {
        MacOutcome out = MacTestKit.layer().onUplink(MacTestKit.up(v, S0, request));
        assertEquals(List.of(answer), out.downlinkCommands());
        assertEquals(request, out.exchanges().get(0).command());
        assertEquals(answer, out.exchanges().get(1).command());
        assertTrue(out.downlinkRequired(MacTestKit.up(v, S0, request)));
    }

    @Test
    void beaconTimingHopsOverUs915BeaconChannels() {
        MacUplink up = MacTestKit.up(US, MacVersion.V1_0_4, MacState.initial(US), false, false, 0, 1, 0,
                new BeaconTimingReq());
        // Next beacon period index 1479340928 / 128 = 11557351, mod 8 beacon frequencies = 7.
        assertEquals(List.of(new BeaconTimingAns(3616, 7)), MacTestKit.layer().onUplink(up).downlinkCommands());
    }

    static Stream<MacCommand> onlyIn11() {
        return Stream.of(new ResetInd(1), new RekeyInd(1), new DeviceModeInd(2));
    }

    @ParameterizedTest
    @MethodSource("onlyIn11")
    void ignores11CommandsFromA10Device(MacCommand c) {
        MacOutcome out = MacTestKit.layer().onUplink(MacTestKit.up(MacVersion.V1_0_4, S0, c));
        assertEquals(List.of(), out.downlinkCommands());
        assertTrue(out.exchanges().getFirst().summary().contains("ignored"));
        assertEquals(DeviceClass.A, out.state().deviceClass());
    }

    @Test
    void resetIndResetsMacStateButKeepsDevStatus() {
        MacLayer mac = MacTestKit.layer();
        MacState s = MacTestKit.sent(mac, S0, new DevStatusReq());
        s = mac.onUplink(MacTestKit.up(MacVersion.V1_1, s, new DevStatusAns(100, 3))).state();
        s = mac.request(s.withDataRate(4), new DutyCycleReq(3));
        MacOutcome out = mac.onUplink(MacTestKit.up(MacVersion.V1_1, s, new ResetInd(1)));
        assertEquals(0, out.state().dataRate());
        assertTrue(out.state().pendingCommands().isEmpty());
        assertEquals(100, out.state().lastDevStatus().battery());
        assertEquals(List.of(new ResetConf(1)), out.downlinkCommands());
    }

    @Test
    void deviceModeRecordsClass() {
        MacLayer mac = MacTestKit.layer();
        MacState c = mac.onUplink(MacTestKit.up(MacVersion.V1_1, S0, new DeviceModeInd(2))).state();
        assertEquals(DeviceClass.C, c.deviceClass());
        MacState a = mac.onUplink(MacTestKit.up(MacVersion.V1_1, c, new DeviceModeInd(0))).state();
        assertEquals(DeviceClass.A, a.deviceClass());
        MacState rfu = mac.onUplink(MacTestKit.up(MacVersion.V1_1, c, new DeviceModeInd(1))).state();
        assertEquals(DeviceClass.C, rfu.deviceClass());
    }

    @Test
    void pingSlotInfoStoresPeriodicity() {
        MacState s = MacTestKit.layer().onUplink(MacTestKit.up(MacVersion.V1_0_4, S0, new PingSlotInfoReq(3))).state();
        assertEquals(3, s.classB().pingSlotPeriodicity());
        assertEquals(16, s.classB().pingSlotsPerBeacon());
    }

    @Test
    void unknownCommandIsReportedAndIgnored() {
        var u = new Unknown(lorabench.lorawan.types.Direction.UPLINK, 0x80, lorabench.lorawan.types.Bytes.fromHex("01"));
        MacOutcome out = MacTestKit.layer().onUplink(MacTestKit.up(MacVersion.V1_0_4, S0, u));
        assertEquals(List.of(), out.downlinkCommands());
        assertTrue(out.exchanges().getFirst().summary().startsWith("unknown CID 0x80"));
    }
}
