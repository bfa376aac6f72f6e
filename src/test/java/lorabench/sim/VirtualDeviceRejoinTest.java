// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.MacVersion;
import lorabench.packetforwarder.Datr;
import lorabench.sim.device.JsonFileDeviceStateStore;
import lorabench.sim.device.VirtualDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// ForceRejoinReq and RejoinParamSetupReq on the device (LoRaWAN L2 1.1 §5.13, §5.14, §6.2.4), on virtual time
/// against the test network server, which hears rejoin-requests and never answers them.
class VirtualDeviceRejoinTest {
    private final SimHarness h = new SimHarness();

    private TestNetworkServer.Session session(VirtualDevice d) {
        return h.server.byAddr.get(d.state().devAddr().orElseThrow());
    }

    /// Sends an uplink whose RX1 carries `commands`. {@return when the uplink's windows closed}
    private Instant deliver(VirtualDevice d, MacCommand... commands) {
        h.server.queueRx1(session(d), Optional.empty(), Bytes.EMPTY, false, List.of(commands));
        h.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        return h.scheduler.instant();
    }

    private List<RejoinRequest> rejoins() {
        return h.server.rejoins.stream().map(TestNetworkServer.RejoinSeen::request).toList();
    }

    @Test
    void forceRejoinReqSendsTheTypeAtItsDataRateAndRetriesOnTheSpecScheduleWhileUplinksGoOn() {
        VirtualDevice d = h.joined(60, MacVersion.V1_1);
        // Period 1: 64 s + 0..32 s between transmissions; Max_Retries 2: three in all; type 0 at DR5 (SF7)
        Instant commandHeard = deliver(d, new MacCommand.ForceRejoinReq(1, 2, 0, 5));

        h.runFor(Duration.ofSeconds(20));
        assertEquals(1, h.server.rejoins.size(), "the first one at once");
        Duration wait = Duration.between(commandHeard, h.server.rejoins.getFirst().receivedAt());
        assertTrue(wait.compareTo(Duration.ofSeconds(10)) < 0,
                "as soon as the 1 % duty cycle of the uplink that carried the command allows: " + wait);
        long fCntBefore = d.state().fCntUp();
        h.run(d.sendUplink(2, Bytes.fromHex("01"), false));
        assertEquals(fCntBefore, h.server.uplinks.getLast().fCnt(), "uplinks go on in the current session");

        h.runFor(Duration.ofHours(1));
        var seen = h.server.rejoins;
        assertEquals(3, seen.size(), "one transmission and Max_Retries retries, then no more");
        for (int i = 0; i < seen.size(); i++) {
            var r = (RejoinRequest.Type0Or2) seen.get(i).request();
            assertEquals(0, r.rejoinType());
            assertEquals(i, r.rjCount0(), "RJcount0 counts every type 0 or 2 rejoin-request");
            assertEquals(TestNetworkServer.NET_ID, r.netId(), "the NetID of the join-accept");
            assertEquals(d.config().devEui(), r.devEui());
            assertTrue(seen.get(i).micValid(), "signed with the session's SNwkSIntKey");
            assertEquals(new Datr.LoRa(7, 125), seen.get(i).rxpk().datr(), "at the command's DR5");
        }
        for (int i = 1; i < seen.size(); i++) {
            Duration gap = Duration.between(seen.get(i - 1).receivedAt(), seen.get(i).receivedAt());
            assertTrue(gap.compareTo(Duration.ofSeconds(64)) >= 0 && gap.compareTo(Duration.ofSeconds(96)) <= 0,
                    "32 s x 2^1 + 0..32 s apart: " + gap);
        }
        assertEquals(3, d.state().rejoin().rjCount0(), "RJcount0 is kept with the device's state");
        assertEquals(3, d.stats().rejoinRequests());
        assertEquals(0, d.stats().rejoins());
    }

    @Test
    void aForceRejoinReqOfType2SendsType2AndANewOneReplacesTheRetriesInProgress() {
        VirtualDevice d = h.joined(61, MacVersion.V1_1);
        deliver(d, new MacCommand.ForceRejoinReq(7, 7, 2, 3));
        h.runFor(Duration.ofSeconds(20));
        assertEquals(List.of(2), rejoins().stream().map(RejoinRequest::rejoinType).toList());
        assertEquals(new Datr.LoRa(9, 125), h.server.rejoins.getFirst().rxpk().datr(), "DR3");

        // the first retry would wait 32 s x 2^7 = 68 min; the new command asks for one type 0 request at once
        deliver(d, new MacCommand.ForceRejoinReq(0, 0, 1, 5));
        h.runFor(Duration.ofHours(3));
        assertEquals(List.of(2, 0), rejoins().stream().map(RejoinRequest::rejoinType).toList(),
                "RejoinType 1 asks for type 0, and the type 2 retries are dropped");
        assertEquals(List.of(0, 1), rejoins().stream().map(RejoinRequest::rjCount).toList());
    }

    @Test
    void rejoinParamSetupReqIsAnsweredWithTimeOkAndSendsType0AfterEveryMaxCountUplinks() {
        VirtualDevice d = h.joined(62, MacVersion.V1_1);
        // MaxCountN 0: at least every 2^4 = 16 uplinks; MaxTimeN 15: 2^25 s, beyond the test
        deliver(d, new MacCommand.RejoinParamSetupReq(15, 0));
        h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        assertTrue(h.server.uplinks.getLast().mac().contains(new MacCommand.RejoinParamSetupAns(true)),
                "TimeOK: the device keeps time");
        for (int i = 2; i <= 16; i++) {
            assertEquals(0, h.server.rejoins.size(), "none before the 16th uplink, at " + (i - 1));
            h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
        }
        h.runFor(Duration.ofMinutes(2));
        assertEquals(1, h.server.rejoins.size(), "one after 16 uplinks");
        var first = (RejoinRequest.Type0Or2) h.server.rejoins.getFirst().request();
        assertEquals(0, first.rejoinType());
        for (int i = 0; i < 16; i++) {
            h.run(d.sendUplink(1, Bytes.fromHex("02"), false));
        }
        h.runFor(Duration.ofMinutes(2));
        assertEquals(2, h.server.rejoins.size(), "and again after 16 more");
        assertEquals(List.of(0, 1), rejoins().stream().map(RejoinRequest::rjCount).toList());
    }

    @Test
    void rejoinParamSetupReqTimeLimitSendsType0EveryMaxTimeWithoutUplinks() {
        VirtualDevice d = h.joined(63, MacVersion.V1_1);
        // MaxTimeN 0: at least every 2^10 = 1024 s
        Instant t0 = deliver(d, new MacCommand.RejoinParamSetupReq(0, 15));
        h.scheduler.runUntil(t0.plusSeconds(1000));
        assertEquals(0, h.server.rejoins.size());
        h.scheduler.runUntil(t0.plusSeconds(1040));
        assertEquals(1, h.server.rejoins.size(), "one 1024 s after the command");
        h.scheduler.runUntil(t0.plusSeconds(2070));
        assertEquals(2, h.server.rejoins.size(), "and 1024 s after that one");
        assertEquals(List.of(0, 0), rejoins().stream().map(RejoinRequest::rejoinType).toList());
    }

    @Test
    void lorawan10AndAbpDevicesNeitherRejoinNorAnswer() {
        VirtualDevice v10 = h.joined(64, MacVersion.V1_0_4);
        VirtualDevice abp = h.abp(65, MacVersion.V1_1);
        for (VirtualDevice d : List.of(v10, abp)) {
            deliver(d, new MacCommand.ForceRejoinReq(0, 0, 0, 5), new MacCommand.RejoinParamSetupReq(0, 0));
            h.run(d.sendUplink(1, Bytes.fromHex("01"), false));
            assertTrue(h.server.uplinks.getLast().mac().stream()
                    .noneMatch(c -> c instanceof MacCommand.RejoinParamSetupAns), d.config().macVersion() + " "
                    + h.server.uplinks.getLast().mac());
        }
        h.runFor(Duration.ofHours(1));
        assertEquals(List.of(), h.server.rejoins);
        assertEquals(0, v10.stats().rejoinRequests() + abp.stats().rejoinRequests());
    }

    @Test
    void theRejoinStateSurvivesARestartThroughTheJsonStore(@TempDir Path dir) {
        var store = new JsonFileDeviceStateStore(dir);
        SimHarness first = new SimHarness(Optional.of(store), false);
        VirtualDevice d = first.joined(66, MacVersion.V1_1);
        first.server.queueRx1(first.server.byAddr.get(d.state().devAddr().orElseThrow()), Optional.empty(),
                Bytes.EMPTY, false, List.of(new MacCommand.RejoinParamSetupReq(3, 2),
                        new MacCommand.ForceRejoinReq(0, 0, 0, 5)));
        first.run(d.sendUplink(1, Bytes.fromHex("00"), false));
        first.runFor(Duration.ofSeconds(20));

        var restored = store.load(d.config().devEui()).orElseThrow().rejoin();
        assertEquals(d.state().rejoin(), restored);
        assertEquals(1, restored.rjCount0());
        assertEquals(Optional.of(TestNetworkServer.NET_ID), restored.netId());
        assertEquals(64, restored.type0UplinkLimit());
        assertEquals(1L << 13, restored.type0TimeLimitSeconds());
    }
}
