// SPDX-License-Identifier: Apache-2.0
package lorabench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import lorabench.app.EmbeddedScenario;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.lorawan.classb.GpsTime;
import lorabench.lorawan.classb.PingSlot;
import lorabench.lorawan.types.Bytes;
import lorabench.server.downlink.EnqueueMode;
import lorabench.server.downlink.EnqueueResult;
import lorabench.sim.device.ReceivedDownlink;
import lorabench.sim.device.VirtualDevice;
import lorabench.sim.scenario.Expansion;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import org.junit.jupiter.api.Test;

/// A class B virtual device against the embedded server on virtual time: the device tells its periodicity with
/// PingSlotInfoReq, tracks the virtual gateway's beacons, and receives a queued downlink in one of its ping slots.
class ClassBEndToEndTest {

    private static void advance(EmbeddedScenario run, Duration d) {
        var clock = (VirtualTimeScheduler) run.clock();
        clock.runUntil(clock.instant().plus(d));
    }

    @Test
    void aClassBDeviceReceivesAQueuedDownlinkInAPingSlot() throws Exception {
        Expansion e = Scenarios.of(6, "2h", Scenarios.gateway(1, 0),
                Scenarios.devices("cb", 1, "1.0.4", "B", "1h", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            VirtualDevice d = run.simulation().devices().iterator().next();
            while (d.stats().uplinks() < 1) {
                advance(run, Duration.ofMinutes(1));
            }
            advance(run, Duration.ofMinutes(3)); // PingSlotInfoAns answered, beacons received
            var queued = (EnqueueResult.Accepted) run.server().orElseThrow().downlinkQueue().enqueue(
                    new DownlinkTarget.Device(d.config().devEui()), 30, Bytes.fromHex("0B0B"), false,
                    EnqueueMode.ENQUEUE_ON_BUSY);
            advance(run, Duration.ofMinutes(3));
            List<ReceivedDownlink> got = d.downlinks().stream()
                    .filter(x -> x.payload().equals(Bytes.fromHex("0B0B"))).toList();
            assertEquals(1, got.size(), "received once: " + d.downlinks());
            assertEquals(ReceivedDownlink.Window.PING_SLOT, got.getFirst().window());
            assertEquals(DownlinkStatus.SENT, run.server().orElseThrow().downlinkQueue()
                    .find(queued.downlink().id()).orElseThrow().status());
            var at = GpsTime.of(got.getFirst().time());
            assertTrue(PingSlot.slots(PingSlot.beaconTime(at), d.state().devAddr().orElseThrow(),
                    d.config().pingSlotPeriodicity()).stream().anyMatch(s -> !s.isNegative()
                            && at.minus(s).compareTo(Duration.ofSeconds(1)) < 0 && !at.minus(s).isNegative()),
                    "received within a second after one of its ping slots");
        }
    }
}
