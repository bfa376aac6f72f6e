// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import lorabench.lorawan.types.Eui64;
import lorabench.store.DeviceStateCounts;
import lorabench.ui.dashboard.DashboardEvent.Kind;
import lorabench.ui.task.Pulse;
import org.junit.jupiter.api.Test;

/// The Dashboard's view model without a screen: a hand-fed source, inline executors and pulses ticked by hand.
class DashboardViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Eui64 DEVICE = Eui64.parse("70B3D57ED0000101");

    private final FakeSource source = new FakeSource();
    private final HandPulse events = new HandPulse();
    private final HandPulse refresh = new HandPulse();
    private final DashboardViewModel vm = new DashboardViewModel(source, Runnable::run, Runnable::run, events,
            refresh, ZoneOffset.UTC);

    private static DashboardEvent event(Instant at, Kind kind) {
        return new DashboardEvent(at, kind, Optional.of(DEVICE), kind.label());
    }

    private void live(DashboardEvent... list) {
        for (DashboardEvent e : list) {
            source.consumer.accept(new DashboardUpdate.Live(e));
        }
    }

    @Test
    void bucketsUplinksAndDownlinksPerMinuteByTheEventsTimestamps() {
        vm.start();
        vm.activate();
        events.tick();
        live(event(T0.plusSeconds(5), Kind.JOIN_ACCEPTED), event(T0.plusSeconds(7), Kind.DOWNLINK),
                event(T0.plusSeconds(65), Kind.UPLINK), event(T0.plusSeconds(70), Kind.UPLINK),
                event(T0.plusSeconds(71), Kind.MAC_COMMAND), event(T0.plusSeconds(119), Kind.JOIN_REJECTED),
                event(T0.plusSeconds(125), Kind.DOWNLINK_STATUS), event(T0.plusSeconds(130), Kind.FRAME_REJECTED));
        assertTrue(vm.traffic().stream().allMatch(b -> b.uplinks() == 0), "nothing reaches the screen before the pulse");
        events.tick();

        List<TrafficBucket> traffic = vm.traffic();
        assertEquals(DashboardViewModel.WINDOW_MINUTES, traffic.size());
        assertEquals(new TrafficBucket(T0.plusSeconds(120), 0, 0), traffic.getLast(), "status and rejects are no frames");
        assertEquals(new TrafficBucket(T0.plusSeconds(60), 3, 0), traffic.get(traffic.size() - 2));
        assertEquals(new TrafficBucket(T0, 1, 1), traffic.get(traffic.size() - 3));
        assertEquals(T0.minus(Duration.ofMinutes(57)), traffic.getFirst().minute());
        assertEquals("4 uplinks and 1 downlink in the last 60 minutes", vm.trafficSummaryProperty().get());
    }

    @Test
    void theWindowSlidesWithTheServersClockAndDropsOlderMinutes() {
        source.counts = counts(T0.plusSeconds(30));
        vm.start();
        vm.activate();
        live(event(T0.plusSeconds(1), Kind.UPLINK), event(T0.plusSeconds(2), Kind.DOWNLINK));
        events.tick();
        assertEquals(new TrafficBucket(T0, 1, 1), vm.traffic().getLast());

        source.counts = counts(T0.plus(Duration.ofMinutes(30)));
        refresh.tick();
        assertEquals(T0.plus(Duration.ofMinutes(30)), vm.traffic().getLast().minute());
        assertEquals(new TrafficBucket(T0, 1, 1), vm.traffic().get(DashboardViewModel.WINDOW_MINUTES - 31));

        live(event(T0.minus(Duration.ofMinutes(45)), Kind.UPLINK));
        events.tick();
        assertEquals("1 uplink and 1 downlink in the last 60 minutes", vm.trafficSummaryProperty().get(),
                "a frame older than the window is listed but not counted");
        assertEquals(3, vm.recentEvents().size());

        source.counts = counts(T0.plus(Duration.ofMinutes(60)));
        refresh.tick();
        assertEquals("0 uplinks and 0 downlinks in the last 60 minutes", vm.trafficSummaryProperty().get());
        assertTrue(vm.traffic().stream().allMatch(b -> b.uplinks() == 0 && b.downlinks() == 0));
        assertEquals(DashboardViewModel.WINDOW_MINUTES, vm.traffic().size());
    }

    @Test
    void listsTheLatestEventsNewestFirstAndKeepsAtMostTheLimit() {
        vm.start();
        vm.activate();
        List<DashboardEvent> sent = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            DashboardEvent e = event(T0.plusMillis(i), Kind.UPLINK);
            sent.add(e);
            live(e);
            if (i == 120) {
                events.tick();
            }
        }
        events.tick();
        assertEquals(DashboardViewModel.RECENT_EVENTS, vm.recentEvents().size());
        assertEquals(sent.getLast(), vm.recentEvents().getFirst());
        assertEquals(sent.get(50), vm.recentEvents().getLast());
        assertEquals("250 uplinks and 0 downlinks in the last 60 minutes", vm.trafficSummaryProperty().get());
    }

    @Test
    void aReplayRestoresWhatHappenedBeforeTheScreenOpened() {
        TrafficHistogram before = new TrafficHistogram(DashboardViewModel.WINDOW_MINUTES);
        before.add(T0.plusSeconds(10), DashboardEvent.Traffic.UPLINK);
        before.add(T0.plusSeconds(70), DashboardEvent.Traffic.DOWNLINK);
        DashboardEvent first = event(T0.plusSeconds(10), Kind.UPLINK);
        DashboardEvent second = event(T0.plusSeconds(70), Kind.DOWNLINK);
        source.replay = new DashboardUpdate.Replay(before.buckets(), List.of(first, second));
        vm.start();
        vm.activate();
        live(event(T0.plusSeconds(80), Kind.UPLINK));
        events.tick();
        assertEquals(new TrafficBucket(T0.plusSeconds(60), 1, 1), vm.traffic().getLast());
        assertEquals(new TrafficBucket(T0, 1, 0), vm.traffic().get(DashboardViewModel.WINDOW_MINUTES - 2));
        assertEquals(List.of(Kind.UPLINK, Kind.DOWNLINK, Kind.UPLINK),
                vm.recentEvents().stream().map(DashboardEvent::kind).toList());
        assertEquals(second, vm.recentEvents().get(1));
    }

    @Test
    void showsTheCountersAndWhyTheyCouldNotBeRead() {
        assertEquals("\u2014", vm.gateways().valueProperty().get());
        source.counts = new DashboardCounts(T0, 2, 3, new DeviceStateCounts(4, 5, 1, 2, 6));
        vm.start();
        vm.activate();
        assertEquals(Optional.of(source.counts), vm.countsProperty().get());
        assertEquals("2", vm.gateways().valueProperty().get());
        assertEquals("3 heard since the server started", vm.gateways().detailProperty().get());
        assertEquals("12", vm.devices().valueProperty().get());
        assertEquals("6 heard in the last 15 minutes", vm.devices().detailProperty().get());
        assertEquals("4", vm.notJoined().valueProperty().get());
        assertEquals("5", vm.joined().valueProperty().get());
        assertEquals("1", vm.abp().valueProperty().get());
        assertEquals("ABP, with a session; 2 without", vm.abp().detailProperty().get());
        assertEquals("Updated 09:00:00", vm.statusProperty().get());

        source.failure = new IllegalStateException("the store is closed");
        refresh.tick();
        assertEquals("Could not read the counters: the store is closed", vm.statusProperty().get());
        assertEquals("2", vm.gateways().valueProperty().get(), "the last counters stay");
    }

    @Test
    void readsTheCountersOnlyWhileShownAndClosingUnsubscribesAndStopsBothPulses() {
        vm.start();
        assertEquals(Optional.empty(), vm.countsProperty().get(), "not shown yet");
        vm.activate();
        assertEquals(Optional.of(source.counts), vm.countsProperty().get());
        vm.deactivate();
        assertTrue(!refresh.running() && events.running(), "events still arrive while another screen is shown");
        vm.activate();
        assertTrue(source.subscribed);
        vm.close();
        assertTrue(!source.subscribed && !events.running() && !refresh.running());
    }

    private static DashboardCounts counts(Instant at) {
        return new DashboardCounts(at, 0, 0, DeviceStateCounts.none());
    }

    /// Delivers by hand what the server would; counts are whatever the test set last.
    private static final class FakeSource implements DashboardSource {
        Consumer<DashboardUpdate> consumer;
        DashboardUpdate.Replay replay = new DashboardUpdate.Replay(List.of(), List.of());
        DashboardCounts counts = DashboardViewModelTest.counts(T0);
        RuntimeException failure;
        boolean subscribed;

        @Override
        public AutoCloseable subscribe(Consumer<DashboardUpdate> c) {
            consumer = c;
            subscribed = true;
            c.accept(replay);
            return () -> subscribed = false;
        }

        @Override
        public DashboardCounts counts() {
            if (failure != null) {
                throw failure;
            }
            return counts;
        }
    }

    /// A [Pulse] ticked by the test.
    private static final class HandPulse implements Pulse {
        private Runnable onTick;

        @Override
        public void start(Runnable tick) {
            onTick = tick;
        }

        @Override
        public void stop() {
            onTick = null;
        }

        boolean running() {
            return onTick != null;
        }

        void tick() {
            if (onTick != null) {
                onTick.run();
            }
        }
    }
}
