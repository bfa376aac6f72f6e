// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.dashboard;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.store.DeviceStateCounts;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.Pulse;

/// The Dashboard: gateways online, devices by state, uplinks and downlinks per minute over the last
/// [#WINDOW_MINUTES] minutes, and the latest [#RECENT_EVENTS] events.
///
/// Threads: the source's events reach the FX thread through an [FxEventAdapter] (one update per event pulse,
/// at most [#MAX_BATCH] events each, the oldest dropped beyond [#QUEUE_CAPACITY]); the counters are read on the
/// `background` executor on every refresh pulse while the screen is shown ([#activate()]) and shown on `fx`.
/// Everything else runs on the FX thread.
public final class DashboardViewModel implements AutoCloseable {
    /// The traffic chart's window.
    public static final int WINDOW_MINUTES = 60;
    /// Most events listed.
    public static final int RECENT_EVENTS = 200;
    /// Most events handed to the FX thread per pulse.
    public static final int MAX_BATCH = 5_000;
    /// Most events waiting between pulses; beyond this the oldest are dropped.
    public static final int QUEUE_CAPACITY = 50_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final DashboardSource source;
    private final Executor background;
    private final Executor fx;
    private final Pulse refreshPulse;
    private final ZoneId zone;
    private final FxEventAdapter<DashboardUpdate> adapter;
    private final TrafficHistogram histogram = new TrafficHistogram(WINDOW_MINUTES);
    private final ObservableList<TrafficBucket> traffic = FXCollections.observableArrayList();
    private final ObservableList<DashboardEvent> recent = FXCollections.observableArrayList();
    private final ObservableList<TrafficBucket> trafficView = FXCollections.unmodifiableObservableList(traffic);
    private final ObservableList<DashboardEvent> recentView = FXCollections.unmodifiableObservableList(recent);
    private final ReadOnlyObjectWrapper<Optional<DashboardCounts>> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", Optional.empty());
    private final Tile gateways = new Tile();
    private final Tile devices = new Tile();
    private final Tile notJoined = new Tile();
    private final Tile joined = new Tile();
    private final Tile abp = new Tile();
    private final ReadOnlyStringWrapper trafficSummary = new ReadOnlyStringWrapper(this, "trafficSummary", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Waiting for the server\u2026");
    private AutoCloseable subscription;
    private boolean reading;
    private boolean closed;

    /// @param source       the server's events and counters
    /// @param background   where the counters are read (blocking store queries)
    /// @param fx           the FX thread
    /// @param eventPulse   drains the events ([lorabench.ui.task.TimelinePulse] in the app)
    /// @param refreshPulse re-reads the counters
    /// @param zone         the time zone of the status line
    public DashboardViewModel(DashboardSource source, Executor background, Executor fx, Pulse eventPulse,
            Pulse refreshPulse, ZoneId zone) {
        this.source = Objects.requireNonNull(source, "source");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.refreshPulse = Objects.requireNonNull(refreshPulse, "refreshPulse");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.adapter = new FxEventAdapter<>(this::deliver, MAX_BATCH, QUEUE_CAPACITY, eventPulse);
        showCounts(Optional.empty());
        publishTraffic();
    }

    /// Subscribes to the source and starts applying its events. Call once, on the FX thread.
    public void start() {
        adapter.start();
        subscription = source.subscribe(adapter::offer);
    }

    /// Reads the counters now and then on every refresh pulse, while the screen is shown. Call on the FX thread.
    public void activate() {
        if (!closed) {
            refreshPulse.start(this::refresh);
            refresh();
        }
    }

    /// Stops re-reading the counters while another screen is shown (events are still applied).
    public void deactivate() {
        refreshPulse.stop();
    }

    /// Reads the counters off the FX thread (a read still running is not doubled). Call on the FX thread.
    public void refresh() {
        if (reading || closed) {
            return;
        }
        reading = true;
        CompletableFuture.supplyAsync(source::counts, background).whenCompleteAsync((c, e) -> {
            reading = false;
            if (closed) {
                return;
            }
            if (e == null) {
                counts.set(Optional.of(c));
                showCounts(Optional.of(c));
                histogram.advanceTo(c.at());
                publishTraffic();
                status.set("Updated " + TIME.format(c.at().atZone(zone)));
            } else {
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                        ? e.getCause() : e;
                status.set("Could not read the counters: " + cause.getMessage());
            }
        }, fx);
    }

    private void deliver(List<DashboardUpdate> batch) {
        List<DashboardEvent> arrived = new ArrayList<>();
        for (DashboardUpdate u : batch) {
            switch (u) {
                case DashboardUpdate.Replay r -> {
                    histogram.restore(r.traffic());
                    arrived.clear();
                    recent.clear();
                    arrived.addAll(r.recent());
                }
                case DashboardUpdate.Live l -> {
                    histogram.add(l.event().at(), l.event().kind().traffic());
                    arrived.add(l.event());
                }
            }
        }
        int take = Math.min(arrived.size(), RECENT_EVENTS);
        List<DashboardEvent> newestFirst = new ArrayList<>(take);
        for (int i = arrived.size() - 1; i >= arrived.size() - take; i--) {
            newestFirst.add(arrived.get(i));
        }
        recent.addAll(0, newestFirst);
        if (recent.size() > RECENT_EVENTS) {
            recent.remove(RECENT_EVENTS, recent.size());
        }
        publishTraffic();
    }

    private void publishTraffic() {
        List<TrafficBucket> now = histogram.buckets();
        if (!now.equals(traffic)) {
            traffic.setAll(now);
        }
        long up = histogram.uplinks();
        long down = histogram.downlinks();
        trafficSummary.set(plural(up, "uplink") + " and " + plural(down, "downlink") + " in the last "
                + WINDOW_MINUTES + " minutes");
    }

    private void showCounts(Optional<DashboardCounts> c) {
        if (c.isEmpty()) {
            for (Tile t : List.of(gateways, devices, notJoined, joined, abp)) {
                t.set("\u2014", "");
            }
            return;
        }
        DashboardCounts n = c.get();
        DeviceStateCounts d = n.devices();
        gateways.set(String.valueOf(n.gatewaysOnline()), n.gatewaysHeard() + " heard since the server started");
        devices.set(String.valueOf(d.total()), d.heardSince() + " heard in the last "
                + DashboardCounts.HEARD_WITHIN.toMinutes() + " minutes");
        notJoined.set(String.valueOf(d.otaaNotJoined()), "OTAA, no session");
        joined.set(String.valueOf(d.otaaJoined()), "OTAA, with a session");
        abp.set(String.valueOf(d.abpActive()), d.abpInactive() == 0 ? "ABP, with a session"
                : "ABP, with a session; " + d.abpInactive() + " without");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /// {@return one bucket per minute of the window, oldest first}; empty until a time is known
    public ObservableList<TrafficBucket> traffic() {
        return trafficView;
    }

    /// {@return the latest events, newest first, at most [#RECENT_EVENTS]}
    public ObservableList<DashboardEvent> recentEvents() {
        return recentView;
    }

    /// {@return the counters last read}; empty before the first read
    public ReadOnlyObjectProperty<Optional<DashboardCounts>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// {@return gateways online, with how many were heard}
    public Tile gateways() {
        return gateways;
    }

    /// {@return provisioned devices, with how many were heard recently}
    public Tile devices() {
        return devices;
    }

    public Tile notJoined() {
        return notJoined;
    }

    public Tile joined() {
        return joined;
    }

    /// {@return ABP devices with a session, with how many have none}
    public Tile abp() {
        return abp;
    }

    /// {@return "12 uplinks and 5 downlinks in the last 60 minutes"}
    public ReadOnlyStringProperty trafficSummaryProperty() {
        return trafficSummary.getReadOnlyProperty();
    }

    /// {@return "Updated 12:01:02", or why the counters could not be read}
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /// {@return how many events were dropped because the screen fell behind}
    public long droppedEvents() {
        return adapter.droppedCount();
    }

    /// Unsubscribes and stops both pulses. Call on the FX thread.
    @Override
    public void close() {
        closed = true;
        refreshPulse.stop();
        adapter.close();
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // closing a subscription only unregisters a callback
            }
        }
    }

    /// One counter of the Dashboard: a big value and a line of detail.
    public static final class Tile {
        private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
        private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");

        void set(String newValue, String newDetail) {
            value.set(newValue);
            detail.set(newDetail);
        }

        public ReadOnlyStringProperty valueProperty() {
            return value.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty detailProperty() {
            return detail.getReadOnlyProperty();
        }
    }
}
