// SPDX-License-Identifier: Apache-2.0
package lorabench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.frame.JoinAccept;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import lorabench.lorawan.types.NetId;
import lorabench.server.event.ServerEvent;
import lorabench.server.event.ServerEvent.JoinRejectReason;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeviceRepository;
import lorabench.store.LogEvent;
import lorabench.store.Page;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Rejoin-requests of a LoRaWAN 1.1 device (L2 1.1 §6.2.4): each type answered with a join-accept signed with
/// JSIntKey and encrypted with JSEncKey, the keys on both sides equal, and replays refused also after a restart.
class RejoinTest {
    @TempDir
    Path dir;

    private static JoinAccept rejoin(TestNetwork net, TestNetwork.Gateway gw, TestDevice dev, Bytes request,
            int type, long tmst) throws Exception {
        gw.send(request, tmst, 5);
        JoinAccept ja = dev.acceptRejoin(gw.nextPullResp().data(), type);
        var accepted = net.await(ServerEvent.JoinAccepted.class, e -> e.devAddr().equals(ja.devAddr()));
        assertEquals(dev.keys, net.runtime.deviceSessions().find(dev.devEui).orElseThrow().keys(),
                "type " + type + ": the device and the server derive the same keys");
        assertEquals(dev.lastDevNonce, accepted.devNonce(), "DevNonce = RJcount");
        return ja;
    }

    private static void uplinkIsAccepted(TestNetwork net, TestNetwork.Gateway gw, TestDevice dev, long tmst)
            throws Exception {
        gw.send(dev.uplink(0, 1, Bytes.fromHex("01"), false), tmst, 5);
        net.await(ServerEvent.UplinkReceived.class, u -> u.devAddr().equals(dev.devAddr) && u.fCnt32() == 0);
    }

    @Test
    void rejoinTypes0And2And1AreAnsweredAndReplaysAreRefusedAlsoAfterARestart() throws Exception {
        TestDevice dev = TestDevice.otaa(0x0A0B0C0D0E0F0001L, MacVersion.V1_1);
        Bytes type1;
        try (TestNetwork net = new TestNetwork(dir)) {
            new DeviceRepository(net.db).upsert(dev.provisionOtaa(BandId.EU868));
            var gw = net.gateway(0xE1);
            gw.send(dev.joinRequest(1), 1_000_000, 5);
            dev.acceptJoin(gw.nextPullResp().data());
            net.await(ServerEvent.JoinAccepted.class);
            DevAddr joined = dev.devAddr;

            Bytes type0 = dev.rejoin02(0, new NetId(0), 0);
            rejoin(net, gw, dev, type0, 0, 10_000_000);
            assertNotEquals(joined, dev.devAddr, "type 0: a new DevAddr");
            uplinkIsAccepted(net, gw, dev, 11_000_000);

            gw.send(type0, 20_000_000, 5);
            assertEquals(JoinRejectReason.BAD_MIC, net.await(ServerEvent.JoinRejected.class).reason(),
                    "a replayed type 0 request is signed with a session that no longer exists");

            DevAddr beforeRekey = dev.devAddr;
            JoinAccept ja2 = rejoin(net, gw, dev, dev.rejoin02(2, new NetId(0), 0), 2, 30_000_000);
            assertEquals(beforeRekey, dev.devAddr, "type 2 keeps the DevAddr, RJcount0 restarted at 0");
            assertTrue(ja2.cfList().isEmpty(), "type 2 keeps the radio parameters");
            uplinkIsAccepted(net, gw, dev, 31_000_000);

            type1 = dev.rejoin1(3);
            rejoin(net, gw, dev, type1, 1, 40_000_000);
            uplinkIsAccepted(net, gw, dev, 41_000_000);
            gw.send(dev.rejoin1(2), 50_000_000, 5);
            var replay = net.await(ServerEvent.JoinRejected.class);
            assertEquals(JoinRejectReason.REJOIN_REPLAY, replay.reason());
            assertTrue(replay.detail().contains("RJcount1 2"), replay.detail());
        }
        try (TestNetwork net = new TestNetwork(dir)) {
            var gw = net.gateway(0xE1);
            gw.send(type1, 60_000_000, 5);
            assertEquals(JoinRejectReason.REJOIN_REPLAY, net.await(ServerEvent.JoinRejected.class).reason(),
                    "RJcount1 survives a restart");
            rejoin(net, gw, dev, dev.rejoin1(4), 1, 70_000_000);
        }
        try (Database db = Database.open(DatabaseConfig.h2File(dir))) {
            List<SessionLogEntry> rows = new SessionLogRepository(db).list(SessionLogQuery.all(), Page.first(100));
            List<String> rejected = rows.stream().filter(r -> r.event() == LogEvent.REJECTED)
                    .map(r -> r.mType() + " " + r.reason().orElse("")).toList();
            assertEquals(3, rejected.size(), rejected.toString());
            assertTrue(rejected.stream().allMatch(r -> r.startsWith("RejoinRequest ")), rejected.toString());
            assertTrue(rejected.get(0).contains("bad_mic: "), rejected.toString());
            assertTrue(rejected.get(1).contains("rejoin_replay: RJcount1 2 is not above the last accepted 3"),
                    rejected.toString());
            assertEquals(4, rows.stream().filter(r -> r.event() == LogEvent.JOIN_REQUEST
                    && r.mType().equals("RejoinRequest")).count(), "one row per accepted rejoin-request");
        }
    }
}
