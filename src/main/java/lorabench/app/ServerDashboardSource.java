// SPDX-License-Identifier: Apache-2.0
package lorabench.app;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lorabench.store.DeviceRepository;
import lorabench.ui.dashboard.DashboardCounts;
import lorabench.ui.dashboard.DashboardEvent;
import lorabench.ui.dashboard.DashboardEvents;
import lorabench.ui.dashboard.DashboardSource;
import lorabench.ui.dashboard.DashboardUpdate;
import lorabench.ui.dashboard.DashboardViewModel;
import lorabench.ui.dashboard.TrafficHistogram;

/// The Dashboard's source over the embedded server: it listens from the moment the server is up, keeping the
/// per-minute traffic of the last [DashboardViewModel#WINDOW_MINUTES] minutes and the latest
/// [DashboardViewModel#RECENT_EVENTS] events, so the screen shows what happened since start even when opened
/// later. Counters come from the gateway registry and one store query.
public final class ServerDashboardSource implements DashboardSource {
    private final CompletableFuture<LoraBenchServer> server;
    private final Object lock = new Object();
    private final TrafficHistogram traffic = new TrafficHistogram(DashboardViewModel.WINDOW_MINUTES);
    private final ArrayDeque<DashboardEvent> recent = new ArrayDeque<>();
    private final List<Consumer<DashboardUpdate>> consumers = new CopyOnWriteArrayList<>();

    /// Starts listening as soon as `server` is up.
    public ServerDashboardSource(CompletableFuture<LoraBenchServer> server) {
        this.server = Objects.requireNonNull(server, "server");
        server.thenAccept(s -> s.server().events().subscribe(e -> DashboardEvents.of(e).ifPresent(this::deliver)));
    }

    private void deliver(DashboardEvent event) {
        synchronized (lock) {
            traffic.add(event.at(), event.kind().traffic());
            if (recent.size() == DashboardViewModel.RECENT_EVENTS) {
                recent.removeFirst();
            }
            recent.addLast(event);
            DashboardUpdate live = new DashboardUpdate.Live(event);
            consumers.forEach(c -> c.accept(live));
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<DashboardUpdate> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        synchronized (lock) {
            consumer.accept(new DashboardUpdate.Replay(traffic.buckets(), List.copyOf(recent)));
            consumers.add(consumer);
        }
        return () -> consumers.remove(consumer);
    }

    /// {@inheritDoc} Waits for the server to be up.
    @Override
    public DashboardCounts counts() {
        LoraBenchServer s = server.join();
        var now = s.clock().instant();
        var gateways = s.server().gateways();
        return new DashboardCounts(now, gateways.connected().size(), gateways.gateways().size(),
                new DeviceRepository(s.database()).countByState(now.minus(DashboardCounts.HEARD_WITHIN)));
    }
}
