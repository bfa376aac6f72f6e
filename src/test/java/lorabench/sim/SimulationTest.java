// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lorabench.lorawan.airtime.Airtime;
import lorabench.lorawan.band.Bandwidth;
import lorabench.lorawan.band.DataRate;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.device.VirtualDevice;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private SessionSummary run(int devices) {
        SimHarness h = new SimHarness();
        List<VirtualDevice> list = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            list.add(h.abp(1000 + i, MacVersion.V1_0_4));
        }
        for (VirtualDevice d : list) {
            d.sendPeriodically(1, Bytes.fromHex("0102030405"), false, Duration.ofMinutes(5), Duration.ofSeconds(30));
        }
        h.runFor(Duration.ofHours(1));
        assertEquals(h.sim.summary().radio().uplinksDelivered(), h.server.uplinks.size());
        return h.sim.summary();
    }

    @Test
    void aLoadedCellLosesWhatPureAlohaPredictsAndRunsAreReproducible() {
        SessionSummary s = run(200);
        // 18-byte frames at SF7 on 3 channels, one per device every 5 min: pure ALOHA loses 1 - e^(-2G)
        double airtime = Airtime.of(new DataRate.LoRa(7, Bandwidth.BW125), 18, Direction.UPLINK).toNanos() / 1e9;
        double g = 200 / 300.0 * airtime / 3;
        double theory = 1 - Math.exp(-2 * g);
        assertTrue(Math.abs(s.packetErrorRate() - theory) < 0.02, s.packetErrorRate() + " vs " + theory);
        assertTrue(s.uplinksSent() > 200 * 11, "about 12 uplinks per device in an hour: " + s.uplinksSent());
        assertEquals(s, run(200));
    }

    @Test
    void summaryCountsJoinsUplinksDownlinksAndAirtime() {
        SimHarness h = new SimHarness();
        VirtualDevice d = h.joined(5, MacVersion.V1_0_4);
        h.run(d.sendUplink(1, Bytes.fromHex("00"), true));
        SessionSummary s = h.sim.summary();
        assertEquals(1, s.joins());
        assertEquals(1, s.uplinksSent());
        assertEquals(2, s.transmissions());
        assertEquals(1, s.downlinksReceived());
        assertEquals(0.0, s.packetErrorRate());
        assertEquals(s.devices().get(d.config().devEui()).airtime(), s.airtimePerDevice().get(d.config().devEui()));
        assertTrue(h.sim.removeDevice(d.config().devEui()));
        assertTrue(h.sim.removeGateway(SimHarness.GATEWAY));
    }
}
