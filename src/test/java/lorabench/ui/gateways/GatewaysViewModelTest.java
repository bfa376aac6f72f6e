// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;
import lorabench.server.gateway.GatewayRegistry.GatewayState;
import lorabench.store.Gateway;
import lorabench.store.GatewayStats;
import lorabench.store.Position;
import org.junit.jupiter.api.Test;

/// The Gateways view model without a screen: inline executors over a fixed [GatewaySource].
class GatewaysViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    private static final Eui64 REAL = Eui64.parse("0016C001FF10A235");
    private static final Eui64 OLD = Eui64.parse("0016C001FF10A299");
    private static final Eui64 VIRTUAL = Eui64.parse("AA555A0000000001");
    private static final Eui64 NEAR = Eui64.parse("70B3D57ED0000001");
    private static final Eui64 FAR = Eui64.parse("70B3D57ED0000002");
    private static final Eui64 NOWHERE = Eui64.parse("70B3D57ED0000003");
    private static final Position SITE = new Position(46.5197, 6.5668, 400);

    /// A source answering a fixed snapshot and recording the gateways added.
    private static final class FixedSource implements GatewaySource {
        GatewaySnapshot snapshot;
        final List<String> added = new ArrayList<>();
        int loads;

        FixedSource(GatewaySnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public GatewaySnapshot load() {
            loads++;
            return snapshot;
        }

        @Override
        public AutoCloseable subscribe(Consumer<ServerEvent> listener) {
            return () -> {};
        }

        @Override
        public Optional<Position> suggestedPosition() {
            return Optional.of(SITE);
        }

        @Override
        public void addVirtual(Eui64 eui, String name, Position at) {
            if (eui.equals(VIRTUAL)) {
                throw new IllegalArgumentException("a virtual gateway " + eui + " exists already");
            }
            added.add(eui + " " + name + " " + at.latitude() + "," + at.longitude());
        }
    }

    private static GatewaySnapshot snapshot() {
        var attrs = JsonNodeFactory.instance.objectNode();
        Gateway real = new Gateway(REAL, "roof", Optional.empty(), Optional.of(new Position(46.52, 6.60, 420)),
                Optional.of(NOW.minusSeconds(40)), new GatewayStats(120, 118, 117, 9, 8), attrs, NOW, NOW);
        Gateway old = new Gateway(OLD, "basement", Optional.empty(), Optional.empty(),
                Optional.of(NOW.minusSeconds(3_600)), GatewayStats.ZERO, attrs, NOW, NOW);
        Map<Eui64, GatewayState> heard = Map.of(
                REAL, new GatewayState(REAL, Optional.of(new InetSocketAddress("192.0.2.7", 40000)),
                        NOW.minusSeconds(600), NOW.minusSeconds(2)),
                VIRTUAL, new GatewayState(VIRTUAL, Optional.of(new InetSocketAddress("127.0.0.1", 40001)),
                        NOW.minusSeconds(5), NOW.minusSeconds(1)));
        List<VirtualGatewayStatus> virtual = List.of(new VirtualGatewayStatus(VIRTUAL, SITE, 3, 3, 1, 1, 2));
        Map<Eui64, DevicePlace> devices = Map.of(
                NEAR, new DevicePlace(NEAR, "near", Optional.of(new Position(46.5197, 6.5690, 400)), true),
                FAR, new DevicePlace(FAR, "far", Optional.of(new Position(46.60, 6.70, 500)), false),
                NOWHERE, new DevicePlace(NOWHERE, "nowhere", Optional.empty(), false));
        List<LinkSample> recent = List.of(new LinkSample(REAL, FAR, -118.5, -12, NOW.minusSeconds(300)));
        return new GatewaySnapshot(List.of(real, old), heard, virtual, devices, recent, NOW);
    }

    private final FixedSource source = new FixedSource(snapshot());
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final GatewaysViewModel vm = new GatewaysViewModel(CompletableFuture.completedFuture(source),
            Runnable::run, Runnable::run, search, new SplittableRandom(1));

    private static ServerEvent.UplinkReceived uplink(Eui64 devEui, Instant at, Reception... receptions) {
        return new ServerEvent.UplinkReceived(at, 1, devEui, new DevAddr(0x26011234), 0, Optional.of(1), Bytes.EMPTY,
                false, 5, List.of(receptions), Bytes.EMPTY);
    }

    private static Reception rx(Eui64 gateway, double rssi, Instant at) {
        return new Reception(gateway, rssi, 7.5, 868_100_000, "SF7BW125", 1_000, 0, 0, at);
    }

    private GatewayRow row(Eui64 eui) {
        return vm.visibleRows().stream().filter(r -> r.eui().equals(eui)).findFirst().orElseThrow();
    }

    @Test
    void rowsJoinTheStoreTheRegistryAndTheSimulator() {
        vm.reload();
        assertEquals(List.of(REAL, OLD, VIRTUAL), vm.visibleRows().stream().map(GatewayRow::eui).toList());
        GatewayRow real = row(REAL);
        assertEquals("roof", real.name());
        assertFalse(real.virtual());
        assertTrue(real.connected(), "PULL_DATA address and heard 2 s ago");
        assertEquals(Optional.of(NOW.minusSeconds(2)), real.lastSeen(), "the registry's exact time wins");
        assertEquals(new GatewayStats(120, 118, 117, 9, 8), real.stats());
        assertEquals(Optional.of(-118.5), real.lastRssi());
        assertEquals(1, real.devicesHeard());
        GatewayRow old = row(OLD);
        assertFalse(old.connected(), "not heard in this run");
        assertEquals(Optional.empty(), old.position());
        GatewayRow virtual = row(VIRTUAL);
        assertTrue(virtual.virtual());
        assertTrue(virtual.connected());
        assertEquals("gw-" + VIRTUAL, virtual.name(), "not stored yet");
        assertEquals(Optional.of(SITE), virtual.position(), "the simulator's position");
        assertEquals(2, virtual.refused());
        assertEquals("3 gateways (1 virtual, 2 real), 2 connected; 1 link on the plot", vm.summaryProperty().get());
    }

    @Test
    void aConnectedGatewaySilentForLongerThanTheWindowIsOffline() {
        var s = snapshot();
        source.snapshot = new GatewaySnapshot(s.stored(), s.heard(), s.virtual(), s.devices(), s.recentLinks(),
                NOW.plus(GatewayRows.ONLINE_WINDOW).plusSeconds(5));
        vm.reload();
        assertFalse(row(REAL).connected());
        assertFalse(row(VIRTUAL).connected());
    }

    @Test
    void rssiClassesFollowTheLegendLimits() {
        assertEquals(RssiClass.GOOD, RssiClass.of(-89.9));
        assertEquals(RssiClass.FAIR, RssiClass.of(-90));
        assertEquals(RssiClass.FAIR, RssiClass.of(-115));
        assertEquals(RssiClass.POOR, RssiClass.of(-115.1));
        assertEquals(List.of("good", "fair", "poor"), java.util.Arrays.stream(RssiClass.values())
                .map(RssiClass::cssName).toList());
    }

    @Test
    void uplinkReceptionsBecomeLinksColouredByTheLastRssi() {
        vm.reload();
        Instant t = NOW.plusSeconds(1);
        vm.onEvents(List.of(uplink(NEAR, t, rx(VIRTUAL, -62, t), rx(REAL, -101, t)),
                uplink(NOWHERE, t, rx(VIRTUAL, -70, t))));
        PlotModel plot = vm.plotProperty().get();
        assertEquals(RssiClass.GOOD, plot.link(VIRTUAL, NEAR).orElseThrow().rssiClass());
        assertEquals(RssiClass.FAIR, plot.link(REAL, NEAR).orElseThrow().rssiClass());
        assertEquals(RssiClass.POOR, plot.link(REAL, FAR).orElseThrow().rssiClass(), "from the stored uplinks");
        assertTrue(plot.link(VIRTUAL, NOWHERE).isEmpty(), "a device without position has no line");
        assertEquals(3, plot.links().size());
        assertEquals(List.of(REAL, VIRTUAL), plot.gateways().stream().map(PlotModel.GatewayPoint::eui).toList(),
                "only gateways with a position");
        assertEquals(2, row(VIRTUAL).devicesHeard(), "NOWHERE is heard even if not drawn");

        Instant later = t.plusSeconds(10);
        vm.onEvents(List.of(uplink(NEAR, later, rx(VIRTUAL, -120, later))));
        assertEquals(RssiClass.POOR, vm.plotProperty().get().link(VIRTUAL, NEAR).orElseThrow().rssiClass(),
                "the newer reception replaces the older");
        assertEquals(Optional.of(-120.0), row(VIRTUAL).lastRssi());
        vm.onEvents(List.of(uplink(NEAR, t.minusSeconds(60), rx(VIRTUAL, -50, t.minusSeconds(60)))));
        assertEquals(-120, vm.plotProperty().get().link(VIRTUAL, NEAR).orElseThrow().rssi(),
                "an older reception does not");
    }

    @Test
    void joinRequestsLinkTooAndGatewayEventsReload() {
        vm.reload();
        int before = source.loads;
        vm.onEvents(List.of(new ServerEvent.JoinAccepted(NOW, NEAR, Eui64.parse("70B3D57ED0000000"),
                new DevAddr(1), lorabench.lorawan.types.MacVersion.V1_0_4, new lorabench.lorawan.types.DevNonce(1),
                Bytes.EMPTY, List.of(rx(VIRTUAL, -80, NOW)))));
        assertTrue(vm.plotProperty().get().link(VIRTUAL, NEAR).isPresent());
        assertEquals(before, source.loads, "links alone do not read the store");
        vm.onEvents(List.of(new ServerEvent.GatewayConnected(NOW, REAL, new InetSocketAddress("192.0.2.7", 1))));
        assertEquals(before + 1, source.loads);
    }

    @Test
    void theLinkTableForgetsTheOldestPairBeyondItsCapacity() {
        LinkTable table = new LinkTable(2);
        table.record(new LinkSample(REAL, NEAR, -60, 5, NOW));
        table.record(new LinkSample(REAL, FAR, -60, 5, NOW.plusSeconds(1)));
        table.record(new LinkSample(REAL, NEAR, -61, 5, NOW.plusSeconds(2)));
        table.record(new LinkSample(VIRTUAL, NEAR, -62, 5, NOW.plusSeconds(3)));
        assertEquals(2, table.size());
        assertEquals(List.of(VIRTUAL + "/" + NEAR, REAL + "/" + NEAR), table.newestFirst().stream()
                .map(s -> s.gateway() + "/" + s.devEui()).toList());
    }

    @Test
    void searchFiltersByEuiNameKindAndState() {
        vm.reload();
        search.set("virtual");
        assertEquals(List.of(VIRTUAL), vm.visibleRows().stream().map(GatewayRow::eui).toList());
        search.set("offline");
        assertEquals(List.of(OLD), vm.visibleRows().stream().map(GatewayRow::eui).toList());
        search.set("roof real");
        assertEquals(List.of(REAL), vm.visibleRows().stream().map(GatewayRow::eui).toList());
    }

    @Test
    void theFormValidatesEachFieldAndRefusesATakenEui() {
        vm.reload();
        AddGatewayFormViewModel form = vm.newGatewayForm();
        assertTrue(form.validProperty().get(), "generated EUI, name and the suggested position");
        assertTrue(form.euiProperty().get().startsWith("AA555A"));
        assertEquals("46.5197", form.latitudeProperty().get());
        form.euiProperty().set("AA555A00000001");
        assertEquals("EUI must be 16 hex digits", form.euiErrorProperty().get());
        form.euiProperty().set("AA555A000000000G");
        assertEquals("EUI must be 16 hex digits", form.euiErrorProperty().get());
        form.euiProperty().set(VIRTUAL.toString());
        assertEquals("A virtual gateway AA555A0000000001 exists already", form.euiErrorProperty().get());
        assertFalse(form.validProperty().get());
        form.generateEui();
        assertEquals("", form.euiErrorProperty().get());
        form.nameProperty().set("  ");
        assertEquals("Name is required", form.nameErrorProperty().get());
        form.nameProperty().set("hill");
        form.latitudeProperty().set("91");
        assertEquals("Latitude must be -90 to 90", form.latitudeErrorProperty().get());
        form.latitudeProperty().set("north");
        assertEquals("Latitude must be a number", form.latitudeErrorProperty().get());
        form.latitudeProperty().set("46.53");
        form.longitudeProperty().set("-181");
        assertEquals("Longitude must be -180 to 180", form.longitudeErrorProperty().get());
        form.longitudeProperty().set("6.61");
        form.altitudeProperty().set("NaN");
        assertEquals("Altitude must be a number", form.altitudeErrorProperty().get());
        form.altitudeProperty().set("512");
        assertTrue(form.validProperty().get());
    }

    @Test
    void addingStoresTheGatewayAndReportsFailuresInTheForm() {
        vm.reload();
        AddGatewayFormViewModel form = vm.newGatewayForm();
        form.euiProperty().set("AA555A00000000AB");
        form.nameProperty().set("hill");
        int loads = source.loads;
        assertEquals(Eui64.parse("AA555A00000000AB"), vm.add(form).join());
        assertEquals(List.of("AA555A00000000AB hill 46.5197,6.5668"), source.added);
        assertTrue(vm.lastResultProperty().get().startsWith("Virtual gateway hill (AA555A00000000AB) added"));
        assertEquals(loads + 1, source.loads, "the table is read again");

        AddGatewayFormViewModel taken = new AddGatewayFormViewModel(java.util.Set.of(), Optional.of(SITE),
                new SplittableRandom(2));
        taken.euiProperty().set(VIRTUAL.toString());
        assertTrue(vm.add(taken).isCompletedExceptionally());
        assertEquals("Could not add the gateway: a virtual gateway AA555A0000000001 exists already",
                taken.saveErrorProperty().get());
    }
}
