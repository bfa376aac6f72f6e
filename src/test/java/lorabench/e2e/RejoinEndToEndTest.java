// SPDX-License-Identifier: Apache-2.0
package lorabench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import lorabench.app.EmbeddedScenario;
import lorabench.clock.VirtualTimeScheduler;
import lorabench.dissect.Dissector;
import lorabench.dissect.FrameContext;
import lorabench.dissect.FrameKeys;
import lorabench.dissect.MicCheck;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.frame.RejoinRequest;
import lorabench.lorawan.mac.MacCommand;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import lorabench.server.NetworkServerRuntime;
import lorabench.server.device.MacRequests;
import lorabench.sim.device.VirtualDevice;
import lorabench.store.DeviceSession;
import lorabench.store.LogEvent;
import lorabench.store.Page;
import lorabench.store.SessionLogEntry;
import lorabench.store.SessionLogQuery;
import lorabench.store.SessionLogRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// A LoRaWAN 1.1 virtual device rejoins the embedded server when the server asks it with ForceRejoinReq (L2 1.1
/// §5.13, §6.2.4), on virtual time: the request goes through the MAC request path the APIs and the GUI use.
class RejoinEndToEndTest {

    private static void advanceUntil(EmbeddedScenario run, BooleanSupplier done, String what) {
        var clock = (VirtualTimeScheduler) run.clock();
        Instant deadline = clock.instant().plus(Duration.ofHours(1));
        while (!done.getAsBoolean() && clock.instant().isBefore(deadline)) {
            clock.runUntil(clock.instant().plusSeconds(10));
        }
        assertTrue(done.getAsBoolean(), what + " within a virtual hour");
    }

    @ParameterizedTest(name = "rejoin type {0}")
    @ValueSource(ints = {0, 2})
    void aForcedRejoinGivesBothSidesTheSameNewSessionAndTheNextUplinkIsAcceptedOnIt(int type) throws Exception {
        var e = Scenarios.of(21 + type, "3h", Scenarios.gateway(1, 0),
                Scenarios.devices("rj" + type, 1, "1.1", "A", "2m", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            NetworkServerRuntime server = run.server().orElseThrow();
            VirtualDevice d = run.simulation().devices().iterator().next();
            var devEui = d.config().devEui();
            advanceUntil(run, () -> d.stats().uplinks() >= 2, "joined and two uplinks (RekeyInd confirmed)");
            DevAddr before = d.state().devAddr().orElseThrow();
            SessionKeys.Keys11 oldKeys = d.state().keys().orElseThrow();

            var queued = server.macRequests().request(devEui, new MacCommand.ForceRejoinReq(0, 2, type, 5));
            assertInstanceOf(MacRequests.Result.Queued.class, queued);
            advanceUntil(run, () -> d.stats().rejoins() == 1, "the join-accept of the rejoin-request");

            DeviceSession s = server.deviceSessions().find(devEui).orElseThrow();
            DevAddr after = d.state().devAddr().orElseThrow();
            assertEquals(s.devAddr(), after);
            if (type == 0) {
                assertNotEquals(before, after, "type 0 resets the context: a new DevAddr");
            } else {
                assertEquals(before, after, "type 2 rekeys and keeps the DevAddr");
            }
            SessionKeys.Keys11 k = d.state().keys().orElseThrow();
            assertNotEquals(oldKeys, k, "new session keys");
            assertEquals(List.of(s.keys().fNwkSIntKey(), s.keys().sNwkSIntKey(), s.keys().nwkSEncKey(),
                    s.keys().appSKey().orElseThrow()), List.of(k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(),
                    k.appSKey()), "the device derived what the server stored");
            assertEquals(0, d.state().rejoin().rjCount0(), "RJcount0 restarts with the join-accept");

            long uplinks = d.stats().uplinks();
            advanceUntil(run, () -> d.stats().uplinks() > uplinks, "the next uplink");
            advanceUntil(run, () -> server.deviceSessions().find(devEui).orElseThrow().fCntUp() >= 1,
                    "the server accepting it");
            DeviceSession now = server.deviceSessions().find(devEui).orElseThrow();
            assertEquals(after, now.devAddr());
            assertEquals(s.keys(), now.keys(), "taken on the session the rejoin created");

            List<SessionLogEntry> rejoinRows = new SessionLogRepository(run.database().orElseThrow())
                    .list(SessionLogQuery.all(), Page.first(500)).stream()
                    .filter(r -> r.mType().equals("RejoinRequest")).toList();
            assertEquals(1, rejoinRows.size(), "one rejoin-request was needed: " + rejoinRows);
            assertEquals(LogEvent.JOIN_REQUEST, rejoinRows.getFirst().event());
            var dissected = Dissector.dissect(rejoinRows.getFirst().phyPayload(), FrameKeys.session11(
                    oldKeys.fNwkSIntKey(), oldKeys.sNwkSIntKey(), oldKeys.nwkSEncKey(), oldKeys.appSKey()),
                    FrameContext.of(MacVersion.V1_1));
            var frame = assertInstanceOf(RejoinRequest.Type0Or2.class, dissected.frame());
            assertEquals(type, frame.rejoinType());
            assertEquals(MicCheck.VALID, dissected.micCheck(),
                    "the dissector checks the device's rejoin-request under the old SNwkSIntKey");
            assertEquals(1, d.stats().rejoinRequests(), "no retry after the join-accept");
        }
    }

    @Test
    void rejoinParamSetupIsAcceptedWithTimeOkAndTheCountLimitRejoinsTheDevice() throws Exception {
        var e = Scenarios.of(25, "3h", Scenarios.gateway(1, 0), Scenarios.devices("rp", 1, "1.1", "A", "2m", ""));
        try (EmbeddedScenario run = EmbeddedScenario.virtual(e)) {
            run.runner().start();
            NetworkServerRuntime server = run.server().orElseThrow();
            VirtualDevice d = run.simulation().devices().iterator().next();
            var devEui = d.config().devEui();
            advanceUntil(run, () -> d.stats().uplinks() >= 2, "joined and two uplinks");
            DevAddr before = d.state().devAddr().orElseThrow();
            // MaxCountN 0: a type 0 rejoin-request at least every 16 uplinks; MaxTimeN 15: about a year
            assertInstanceOf(MacRequests.Result.Queued.class,
                    server.macRequests().request(devEui, new MacCommand.RejoinParamSetupReq(15, 0)));
            advanceUntil(run, () -> server.macRequests().state(devEui).map(m -> m.rejoinParams() != null)
                    .orElse(false), "the RejoinParamSetupAns");
            assertTrue(server.macRequests().state(devEui).orElseThrow().rejoinParams().timeOk());
            assertEquals(0, d.stats().rejoinRequests());

            advanceUntil(run, () -> d.stats().rejoins() == 1, "the rejoin after 16 uplinks");
            assertEquals(1, d.stats().rejoinRequests());
            assertNotEquals(before, d.state().devAddr().orElseThrow(), "type 0: a new DevAddr");
            assertEquals(server.deviceSessions().find(devEui).orElseThrow().devAddr(), d.state().devAddr().get());
            assertEquals(0, d.state().rejoin().type0UplinkLimit(), "the type 0 join-accept reset the MAC settings");

            // A second rejoin: both sides restarted RJcount0 with the first join-accept, so RJcount0 0 is fresh again
            // and gives new keys (the JoinNonce moved on).
            SessionKeys.Keys11 first = d.state().keys().orElseThrow();
            assertInstanceOf(MacRequests.Result.Queued.class,
                    server.macRequests().request(devEui, new MacCommand.ForceRejoinReq(0, 2, 0, 5)));
            advanceUntil(run, () -> d.stats().rejoins() == 2, "the second rejoin");
            SessionKeys.Keys11 second = d.state().keys().orElseThrow();
            assertNotEquals(first, second);
            assertEquals(server.deviceSessions().find(devEui).orElseThrow().keys().nwkSEncKey(), second.nwkSEncKey());
            long uplinks = d.stats().uplinks();
            advanceUntil(run, () -> d.stats().uplinks() > uplinks
                    && server.deviceSessions().find(devEui).orElseThrow().fCntUp() >= 1, "an uplink on it");
        }
    }
}
