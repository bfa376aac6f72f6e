// SPDX-License-Identifier: Apache-2.0
package lorabench.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import lorabench.app.EmbeddedScenario;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.run.RunReport;
import lorabench.sim.scenario.Expansion;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import org.junit.jupiter.api.Test;

/// The simulator against the embedded network server on virtual time: real devices, gateways, in-memory
/// packet-forwarder link and server with an in-memory H2 store, all on one scheduler loop.
class VirtualTimeEndToEndTest {

    private static RunReport runToEnd(EmbeddedScenario run) throws InterruptedException {
        return run.run(Duration.ofMinutes(1), Duration.ofSeconds(1), r -> { });
    }

    private static VirtualTimeScheduler clock(EmbeddedScenario run) {
        return (VirtualTimeScheduler) run.clock();
    }

    private static void advance(EmbeddedScenario run, Duration d) {
        clock(run).runUntil(clock(run).instant().plus(d));
    }

    private static String sessionLog(EmbeddedScenario run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.writeSessionLog(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(String log, String event) {
        return log.lines().filter(l -> l.contains("\"event\":\"" + event + "\"")).count();
    }

    @Test
    void otaaDevicesOf10And11JoinAndTheirUplinksAreStored() throws Exception {
        Expansion e = Scenarios.of(1, "20m", Scenarios.gateway(1, 0),
                Scenarios.devices("v10", 3, "1.0.4", "A", "2m", "") + ","
                        + Scenarios.devices("v11", 3, "1.1", "A", "2m", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            RunReport r = runToEnd(run);
            assertEquals(6, r.joins(), "every device joined");
            for (VirtualDevice d : run.simulation().devices()) {
                assertTrue(d.state().joined(), d.config().devEui() + " joined");
                assertTrue(d.state().fCntUp() >= 5, d.config().devEui() + " sent " + d.state().fCntUp());
            }
            assertTrue(run.simulation().devices().stream().anyMatch(d -> d.config().macVersion() == MacVersion.V1_1));
            String log = sessionLog(run);
            assertEquals(6, count(log, "join-accept"));
            assertEquals(r.uplinks(), count(log, "uplink"), "every uplink is in the server's session log once");
            assertEquals(0.0, r.packetErrorRate());
            assertEquals(0, r.downlinksRefused(), "no TX_ACK error");
            assertEquals(r.downlinksSent(), r.joins() + r.downlinks(), "every downlink on the air was heard");
        }
    }

    @Test
    void aConfirmedDownlinkIsReceivedAndAcknowledged() throws Exception {
        Expansion e = Scenarios.of(2, "30m", Scenarios.gateway(1, 0),
                Scenarios.devices("conf", 1, "1.0.4", "A", "1m", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            advance(run, Duration.ofMinutes(3));
            VirtualDevice d = run.simulation().devices().iterator().next();
            assertTrue(d.state().joined());
            var queued = (EnqueueResult.Accepted) run.server().orElseThrow().downlinkQueue().enqueue(
                    new DownlinkTarget.Device(d.config().devEui()), 10, Bytes.fromHex("CAFE"), true,
                    EnqueueMode.ENQUEUE_ON_BUSY);
            advance(run, Duration.ofMinutes(5));
            List<ReceivedDownlink> got = d.downlinks().stream().filter(x -> x.fPort().equals(java.util.Optional.of(10)))
                    .toList();
            assertEquals(1, got.size(), "the device received the downlink once: " + d.downlinks());
            assertEquals(Bytes.fromHex("CAFE"), got.getFirst().payload(), "decrypted payload");
            assertTrue(got.getFirst().confirmed());
            assertEquals(DownlinkStatus.ACKNOWLEDGED, run.server().orElseThrow().downlinkQueue()
                    .find(queued.downlink().id()).orElseThrow().status());
        }
    }

    @Test
    void theServersAdrRaisesTheDataRateOfADeviceStartingAtDr0() throws Exception {
        Expansion e = Scenarios.of(3, "3h", Scenarios.gateway(1, 0),
                Scenarios.devices("adr", 1, "1.0.4", "A", "2m", ", \"adr\": true, \"dataRate\": 0"));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            VirtualDevice d = run.simulation().devices().iterator().next();
            assertEquals(0, d.state().dataRate(), "starts at DR0 as the scenario says");
            runToEnd(run);
            assertTrue(d.state().dataRate() > 0, "LinkADRReq moved the device to DR" + d.state().dataRate());
            assertTrue(d.downlinks().stream().anyMatch(x -> x.macCommands().stream()
                    .anyMatch(c -> c instanceof lorabench.lorawan.mac.MacCommand.LinkAdrReq)));
        }
    }

    @Test
    void aClassCDeviceReceivesADownlinkOutsideItsClassAWindows() throws Exception {
        Expansion e = Scenarios.of(4, "2h", Scenarios.gateway(1, 0),
                Scenarios.devices("cc", 1, "1.0.4", "C", "1h", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            VirtualDevice d = run.simulation().devices().iterator().next();
            while (d.stats().uplinks() < 1) {
                advance(run, Duration.ofMinutes(5));
            }
            run.server().orElseThrow().downlinkQueue().enqueue(new DownlinkTarget.Device(d.config().devEui()), 20,
                    Bytes.fromHex("0C"), false, EnqueueMode.ENQUEUE_ON_BUSY);
            advance(run, Duration.ofSeconds(30));
            assertTrue(d.downlinks().stream().anyMatch(x -> x.window() == ReceivedDownlink.Window.CLASS_C
                    && x.payload().equals(Bytes.fromHex("0C"))), "class C downlink: " + d.downlinks());
        }
    }

    @Test
    void twoGatewaysHearingOneUplinkGiveTheServerOneUplink() throws Exception {
        Expansion e = Scenarios.of(5, "30m", Scenarios.gateway(1, 0) + "," + Scenarios.gateway(2, 0.002),
                Scenarios.devices("dedup", 2, "1.0.4", "A", "5m", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            RunReport r = runToEnd(run);
            var radio = run.simulation().medium().stats();
            long upTx = r.transmissions();
            assertTrue(radio.delivered() >= 2 * upTx, "both gateways heard every frame: " + radio);
            String log = sessionLog(run);
            var uplinkLines = log.lines().filter(l -> l.contains("\"event\":\"uplink\"")).toList();
            var frames = uplinkLines.stream().map(l -> l.replaceAll(".*\"devEui\":\"([0-9A-F]+)\".*\"fCnt\":(\\d+).*",
                    "$1/$2")).distinct().count();
            assertEquals(r.uplinks(), frames, "the server took each frame once");
            assertEquals(2 * frames, uplinkLines.size(), "and logged both gateways' receptions of it");
            assertEquals(2, uplinkLines.stream().map(l -> l.replaceAll(".*\"gatewayEui\":\"([0-9A-F]+)\".*", "$1"))
                    .distinct().count());
        }
    }

    @Test
    void aCollisionLosesAFrame() throws Exception {
        // 150 devices at DR0 (1.5 s frames) every 2 minutes on 3 channels: pure ALOHA loses frames.
        Expansion e = Scenarios.of(6, "30m", Scenarios.gateway(1, 0),
                Scenarios.devices("dense", 150, "1.0.4", "A", "2m", ", \"adr\": false, \"dataRate\": 0"));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            RunReport r = runToEnd(run);
            assertTrue(r.collisions() > 0, "some frames collided: " + r.withoutDevices());
            assertTrue(r.uplinksDelivered() < r.transmissions(), "a collided frame reaches no server");
            assertTrue(r.packetErrorRate() > 0);
        }
    }

    @Test
    void theSameSeedGivesAByteIdenticalSessionLog() throws Exception {
        byte[][] logs = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Expansion e = Scenarios.of(7, "30m", Scenarios.gateway(1, 0) + "," + Scenarios.gateway(2, 0.003),
                    Scenarios.devices("det", 10, "1.0.4", "A", "3m", ""));
            // The second run is the command line's composition, whose session-log indexes are built after the run.
            try (EmbeddedScenario run = i == 0 ? EmbeddedScenario.virtual(e) : EmbeddedScenario.virtualUnattended(e)) {
                runToEnd(run);
                logs[i] = sessionLog(run).getBytes(StandardCharsets.UTF_8);
            }
        }
        assertTrue(logs[0].length > 10_000, "a real log: " + logs[0].length + " bytes");
        assertArrayEquals(logs[0], logs[1]);
    }
}
