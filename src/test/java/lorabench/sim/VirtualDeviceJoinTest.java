// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.device.JoinOutcome;
import lorabench.sim.device.UplinkResult;
import lorabench.sim.device.VirtualDevice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class VirtualDeviceJoinTest {

    @ParameterizedTest
    @EnumSource(value = MacVersion.class, names = {"V1_0_2", "V1_0_3", "V1_0_4", "V1_1"})
    void joinsByOtaaAndSendsAnUplinkTheServerOpens(MacVersion version) {
        SimHarness h = new SimHarness();
        VirtualDevice d = h.sim.addDevice(SimHarness.otaa(0x0102030405060708L, version));
        h.server.provision(d.config().devEui(), SimHarness.APP_KEY, d.config().nwkKey(), version);

        JoinOutcome out = h.run(d.join());

        JoinOutcome.Accepted a = assertInstanceOf(JoinOutcome.Accepted.class, out);
        assertEquals(new DevAddr(0x26000001), a.devAddr());
        assertEquals(1, a.attempts());
        assertTrue(d.state().joined());
        UplinkResult r = h.run(d.sendUplink(10, Bytes.fromHex("CAFE"), false));
        assertEquals(0, r.fCnt());
        var up = h.server.uplinks.getLast();
        assertEquals(Bytes.fromHex("CAFE"), up.payload());
        assertEquals(Optional.of(10), up.fPort());
        // 1.1 with OptNeg: RekeyInd in every uplink until RekeyConf (L2 1.1 §5.10)
        assertEquals(version.is11(), up.mac().contains(new MacCommand.RekeyInd(1)));
    }

    @Test
    void a11DeviceWithoutRekeyConfWithinAdrAckLimitUplinksRevertsToTheJoinState() {
        // L2 1.1 §5.10: RekeyInd in every uplink until RekeyConf; none within ADR_ACK_LIMIT (EU868: 64) uplinks
        // and the device goes back to the Join state.
        SimHarness h = new SimHarness();
        VirtualDevice unanswered = h.joined(0x11, MacVersion.V1_1);
        VirtualDevice answered = h.joined(0x12, MacVersion.V1_1);
        var answeredSession = h.server.byAddr.get(answered.state().devAddr().orElseThrow());
        h.server.queueRx1(answeredSession, Optional.empty(), Bytes.EMPTY, false, List.of(new MacCommand.RekeyConf(1)));
        DevAddr first = unanswered.state().devAddr().orElseThrow();

        for (int i = 0; i < 63; i++) {
            h.run(unanswered.sendUplink(1, Bytes.fromHex("00"), false));
        }
        assertTrue(unanswered.joined(), "still in its session after 63 uplinks");
        assertTrue(h.server.uplinks.getLast().mac().contains(new MacCommand.RekeyInd(1)));
        h.run(unanswered.sendUplink(1, Bytes.fromHex("00"), false));
        assertFalse(unanswered.joined(), "64 uplinks without RekeyConf");
        var refused = unanswered.sendUplink(1, Bytes.fromHex("00"), false);
        h.runFor(Duration.ofSeconds(1));
        assertInstanceOf(IllegalStateException.class, refused.exceptionNow());

        JoinOutcome again = h.run(unanswered.join());
        assertInstanceOf(JoinOutcome.Accepted.class, again);
        assertTrue(unanswered.joined());
        assertNotEquals(first, unanswered.state().devAddr().orElseThrow());
        assertEquals(0, h.run(unanswered.sendUplink(1, Bytes.fromHex("01"), false)).fCnt());
        assertTrue(h.server.uplinks.getLast().mac().contains(new MacCommand.RekeyInd(1)), "the new session asks again");

        for (int i = 0; i < 70; i++) {
            h.run(answered.sendUplink(1, Bytes.fromHex("00"), false));
        }
        assertTrue(answered.joined(), "a device that got its RekeyConf keeps its session");
        assertFalse(h.server.uplinks.getLast().mac().contains(new MacCommand.RekeyInd(1)));
    }

    @Test
    void devNonceIsACounterIn104And11AndRandomBefore() {
        SimHarness h = new SimHarness();
        h.server.answerJoins = false;
        VirtualDevice counter = h.sim.addDevice(SimHarness.otaa(1, MacVersion.V1_0_4).withJoinAttempts(3));
        VirtualDevice random = h.sim.addDevice(SimHarness.otaa(2, MacVersion.V1_0_2).withJoinAttempts(3));
        h.server.provision(counter.config().devEui(), SimHarness.APP_KEY, SimHarness.APP_KEY, MacVersion.V1_0_4);
        h.server.provision(random.config().devEui(), SimHarness.APP_KEY, SimHarness.APP_KEY, MacVersion.V1_0_2);

        JoinOutcome c = h.run(counter.join());
        h.run(random.join());

        assertEquals(new JoinOutcome.Failed(3, "no join-accept after 3 join-requests"), c);
        List<Integer> counterNonces = h.server.joins.stream().filter(j -> j.devEui().value() == 1)
                .map(TestNetworkServer.JoinSeen::devNonce).toList();
        assertEquals(List.of(0, 1, 2), counterNonces);
        assertEquals(3, counter.state().devNonce());
        List<Integer> randomNonces = h.server.joins.stream().filter(j -> j.devEui().value() == 2)
                .map(TestNetworkServer.JoinSeen::devNonce).toList();
        assertEquals(3, new HashSet<>(randomNonces).size());
        assertEquals(randomNonces, random.state().usedDevNonces());
    }

    @Test
    void joinRetriesBackOffPerSection7AndStepTheDataRateDown() {
        SimHarness h = new SimHarness();
        h.server.answerJoins = false;
        VirtualDevice d = h.sim.addDevice(SimHarness.otaa(3, MacVersion.V1_0_4).withJoinAttempts(4));
        h.server.provision(d.config().devEui(), SimHarness.APP_KEY, SimHarness.APP_KEY, MacVersion.V1_0_4);

        h.run(d.join());

        var seen = h.server.joins;
        assertEquals(List.of("SF7BW125", "SF7BW125", "SF8BW125", "SF8BW125"),
                seen.stream().map(j -> j.rxpk().datr().toString()).toList());
        for (int i = 1; i < seen.size(); i++) {
            long gapMicros = seen.get(i).rxpk().tmst() - seen.get(i - 1).rxpk().tmst();
            // at least JOIN_ACCEPT_DELAY2 plus the RX2 window, and the 1 % back-off of the previous request
            assertTrue(gapMicros > 6_000_000, "gap " + gapMicros);
        }
    }

    @Test
    void abpDevicesSendUplinksAnd11AbpSendsResetIndUntilResetConf() {
        SimHarness h = new SimHarness();
        VirtualDevice v10 = h.abp(10, MacVersion.V1_0_3);
        VirtualDevice v11 = h.abp(11, MacVersion.V1_1);

        assertEquals(0, h.run(v10.sendUplink(1, Bytes.fromHex("01"), false)).fCnt());
        assertEquals(1, h.run(v10.sendUplink(1, Bytes.fromHex("02"), false)).fCnt());
        h.server.queueRx1(h.server.byAddr.get(v11.state().devAddr().orElseThrow()), Optional.empty(), Bytes.EMPTY,
                false, List.of(new MacCommand.ResetConf(1)));
        h.run(v11.sendUplink(2, Bytes.fromHex("03"), false));
        h.run(v11.sendUplink(2, Bytes.fromHex("04"), false));

        var up10 = h.server.uplinksOf(v10.state().devAddr().orElseThrow());
        assertEquals(List.of(0L, 1L), up10.stream().map(TestNetworkServer.Uplink::fCnt).toList());
        var up11 = h.server.uplinksOf(v11.state().devAddr().orElseThrow());
        assertEquals(List.of(new MacCommand.ResetInd(1)), up11.get(0).mac());
        assertEquals(List.of(), up11.get(1).mac());
        assertFalse(v11.state().resetPending());
        assertEquals(Bytes.fromHex("04"), up11.get(1).payload());
    }

    @Test
    void confirmedDownlinkIsAcknowledgedInTheNextUplink() {
        for (MacVersion v : List.of(MacVersion.V1_0_4, MacVersion.V1_1)) {
            SimHarness h = new SimHarness();
            VirtualDevice d = h.joined(20, v);
            var s = h.server.byAddr.get(d.state().devAddr().orElseThrow());
            h.server.queueRx1(s, Optional.of(5), Bytes.fromHex("BEEF"), true, List.of());

            UplinkResult r = h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
            h.run(d.sendUplink(1, Bytes.fromHex("01"), false));

            var dl = r.downlink().orElseThrow();
            assertTrue(dl.confirmed());
            assertEquals(Bytes.fromHex("BEEF"), dl.payload());
            assertEquals(Optional.of(5), dl.fPort());
            var ups = h.server.uplinksOf(d.state().devAddr().orElseThrow());
            assertFalse(ups.get(0).frame().fHdr().fCtrl().ack());
            assertTrue(ups.get(1).frame().fHdr().fCtrl().ack(), "ACK in the uplink after a confirmed downlink " + v);
            assertEquals(List.of(dl), d.downlinks());
        }
    }

    @Test
    void unacknowledgingBehaviourLeavesAckUnset() {
        SimHarness h = new SimHarness();
        VirtualDevice d = h.joined(21, MacVersion.V1_0_4);
        d.setBehaviour(new lorabench.sim.device.DeviceBehaviour(false, 255, java.util.OptionalInt.empty()));
        var s = h.server.byAddr.get(d.state().devAddr().orElseThrow());
        h.server.queueRx1(s, Optional.of(5), Bytes.fromHex("BEEF"), true, List.of());
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertFalse(h.server.uplinks.getLast().frame().fHdr().fCtrl().ack());
        h.runFor(Duration.ofSeconds(1));
    }
}
