// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import lorabench.lorawan.band.RegionalRevision;
import lorabench.lorawan.types.Eui64;
import lorabench.server.session.DeviceContext;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSessionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The regional-parameters revision a device profile (`RegParamsRevision`) or a legacy registration names is the one
/// the server then simulates for the device: its stored device and its server-side context follow it.
class OwRegionalRevisionTest {
    @TempDir
    Path dir;

    @Test
    void theProfilesRevisionIsTheDevicesAndAnUpdateKeepsIt() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "\"can_create_service_profiles\":true");
            String[] p = OwNodesTest.profiles(h, alice, true); // the EU868 sample profile names RP002-1.0.2
            OwHarness.Answer reg = h.call("POST", "/rest/nodes", alice, "{\"DevEUI\":\"0000000000000A01\","
                    + "\"devaddr\":\"26010A01\",\"nwkskey\":\"" + OwNodesTest.NWK + "\",\"appskey\":\""
                    + OwNodesTest.APP + "\",\"device_profile_uuid\":\"" + p[0] + "\",\"service_profile_uuid\":\""
                    + p[1] + "\"}");
            assertEquals(200, reg.status(), reg.body());
            DeviceRepository devices = new DeviceRepository(h.server.database());
            Eui64 eui = Eui64.parse("0000000000000A01");
            assertEquals(RegionalRevision.RP002_1_0_2, devices.find(eui).orElseThrow().band().revision());

            assertEquals(200, h.call("PUT", "/rest/nodes/0000000000000A01", alice, "{\"comment\":\"moved\"}")
                    .status());
            Device updated = devices.find(eui).orElseThrow();
            assertEquals(Optional.of(RegionalRevision.RP002_1_0_2), updated.regionalRevision(), "kept by an update");
            var session = new DeviceSessionRepository(h.server.database()).find(eui).orElseThrow();
            assertEquals(RegionalRevision.RP002_1_0_2, DeviceContext.of(updated, session).band().revision(),
                    "the server's context of the device uses it");
        }
    }

    @Test
    void aLegacyRegistrationsRevisionAndTheDefault() throws Exception {
        try (OwHarness h = new OwHarness(dir)) {
            String alice = h.user("alice", "");
            assertEquals(200, h.registerAbp(alice, "0000000000000B01", "26010B01", OwNodesTest.NWK, OwNodesTest.APP,
                    "\"RegParamsRevision\":\"B\"").status());
            assertEquals(200, h.registerAbp(alice, "0000000000000B02", "26010B02", OwNodesTest.NWK, OwNodesTest.APP,
                    "").status());
            assertEquals(406, h.registerAbp(alice, "0000000000000B03", "26010B03", OwNodesTest.NWK, OwNodesTest.APP,
                    "\"RegParamsRevision\":\"C\"").status(), "only A or B in a legacy registration");
            DeviceRepository devices = new DeviceRepository(h.server.database());
            assertEquals(RegionalRevision.RP001_1_0_2_B,
                    devices.find(Eui64.parse("0000000000000B01")).orElseThrow().band().revision());
            assertEquals(RegionalRevision.LATEST,
                    devices.find(Eui64.parse("0000000000000B02")).orElseThrow().band().revision());
        }
    }
}
