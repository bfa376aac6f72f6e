// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lorabench.lorawan.types.Eui64;
import lorabench.server.event.Reception;
import lorabench.server.event.ServerEvent;

/// The Gateways screen: every gateway (virtual and real) with its connection, position and statistics, and the
/// position plot of gateways, devices and the links between them coloured by the last RSSI.
///
/// [#reload()] reads the store and the simulator off the FX thread; [#onEvents] takes the server's events in
/// batches on the FX thread: receptions of uplinks and join-requests update the links at once (kept in a bounded
/// [LinkTable]), gateway connections and `stat` reports trigger a reload.
public final class GatewaysViewModel {
    /// Most (gateway, device) links remembered.
    static final int MAX_LINKS = 4_096;
    /// Most links and devices drawn.
    static final int MAX_DRAWN_LINKS = 2_000;
    static final int MAX_DRAWN_DEVICES = 2_000;

    private final CompletableFuture<? extends GatewaySource> source;
    private final Executor background;
    private final Executor fx;
    private final RandomGenerator random;
    private final LinkTable links = new LinkTable(MAX_LINKS);
    private final ObservableList<GatewayRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GatewayRow> visibleRows = new FilteredList<>(rows);
    private final ReadOnlyObjectWrapper<PlotModel> plot = new ReadOnlyObjectWrapper<>(this, "plot", PlotModel.EMPTY);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Loading gateways\u2026");
    private final ReadOnlyStringWrapper lastResult = new ReadOnlyStringWrapper(this, "lastResult", "");
    private GatewaySnapshot snapshot;
    private boolean loading;
    private boolean reloadAgain;

    public GatewaysViewModel(CompletableFuture<? extends GatewaySource> source, Executor background, Executor fx,
            ObservableStringValue searchText, RandomGenerator random) {
        this.source = Objects.requireNonNull(source, "source");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.random = Objects.requireNonNull(random, "random");
        visibleRows.setPredicate(r -> matches(r, searchText.get()));
        searchText.addListener((obs, old, now) -> visibleRows.setPredicate(r -> matches(r, now)));
    }

    static boolean matches(GatewayRow r, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = (r.eui() + " " + r.name() + " " + r.kind() + " " + r.state()).toLowerCase(Locale.ROOT);
        for (String w : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public ObservableList<GatewayRow> visibleRows() {
        return visibleRows;
    }

    /// {@return what the position plot draws}
    public ReadOnlyObjectProperty<PlotModel> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /// {@return "3 gateways (2 virtual, 1 real), 2 connected; 5 links"}
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// {@return the outcome of the last action}
    public ReadOnlyStringProperty lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /// Reads gateways, devices and recent receptions again (call on the FX thread; reloads asked for while one is
    /// running are merged into one more).
    public void reload() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        source.thenApplyAsync(GatewaySource::load, background).whenCompleteAsync((s, e) -> {
            loading = false;
            if (e == null) {
                show(s);
            } else {
                summary.set("Could not load the gateways: " + rootMessage(e));
            }
            if (reloadAgain) {
                reloadAgain = false;
                reload();
            }
        }, fx);
    }

    private void show(GatewaySnapshot s) {
        snapshot = s;
        links.recordAll(s.recentLinks());
        rebuild();
    }

    /// Takes a batch of server events (on the FX thread).
    public void onEvents(List<ServerEvent> events) {
        boolean linksChanged = false;
        boolean reloadWanted = false;
        for (ServerEvent e : events) {
            switch (e) {
                case ServerEvent.UplinkReceived u -> linksChanged |= record(u.devEui(), u.receptions());
                case ServerEvent.JoinAccepted j -> linksChanged |= record(j.devEui(), j.receptions());
                case ServerEvent.JoinRejected j -> linksChanged |= record(j.devEui(), j.receptions());
                // refused by a rule (not stored), but the gateways did hear the device
                case ServerEvent.UplinkRefused r -> linksChanged |= record(r.devEui(), r.receptions());
                case ServerEvent.GatewayConnected c -> reloadWanted = true;
                case ServerEvent.GatewayStatsReported r -> reloadWanted = true;
                case ServerEvent.DownlinkStatusChanged d -> { }
                case ServerEvent.DownlinkTransmitted d -> { }
                case ServerEvent.MacExchange m -> { }
                case ServerEvent.FrameRejected f -> { }
                case ServerEvent.JoinForwarded j -> { } // carries no receptions
                case ServerEvent.JoinCompleted j -> { }
                case ServerEvent.JoinAborted j -> { }
            }
        }
        if (reloadWanted || (linksChanged && snapshot == null)) {
            reload();
        } else if (linksChanged) {
            rebuild();
        }
    }

    /// {@return whether the screen wants `e`}: the events [#onEvents] acts on
    public static boolean relevant(ServerEvent e) {
        return e instanceof ServerEvent.UplinkReceived || e instanceof ServerEvent.JoinAccepted
                || e instanceof ServerEvent.JoinRejected || e instanceof ServerEvent.UplinkRefused
                || e instanceof ServerEvent.GatewayConnected
                || e instanceof ServerEvent.GatewayStatsReported;
    }

    private boolean record(Eui64 devEui, List<Reception> receptions) {
        boolean changed = false;
        for (Reception r : receptions) {
            changed |= links.record(new LinkSample(r.gateway(), devEui, r.rssi(), r.snr(), r.receivedAt()));
        }
        return changed;
    }

    private void rebuild() {
        if (snapshot == null) {
            return;
        }
        List<GatewayRow> built = GatewayRows.build(snapshot, links.byGateway());
        rows.setAll(built);
        PlotModel model = PlotModel.build(built, snapshot.devices(), links.newestFirst(), MAX_DRAWN_LINKS,
                MAX_DRAWN_DEVICES);
        plot.set(model);
        long virtual = built.stream().filter(GatewayRow::virtual).count();
        long connected = built.stream().filter(GatewayRow::connected).count();
        summary.set(built.size() + (built.size() == 1 ? " gateway" : " gateways") + " (" + virtual + " virtual, "
                + (built.size() - virtual) + " real), " + connected + " connected; " + model.links().size()
                + (model.links().size() == 1 ? " link" : " links") + " on the plot");
    }

    /// {@return a fresh "Add virtual gateway" form}, refusing the EUIs of the existing virtual gateways
    public AddGatewayFormViewModel newGatewayForm() {
        Set<Eui64> taken = snapshot == null ? Set.of() : snapshot.virtual().stream().map(VirtualGatewayStatus::eui)
                .collect(Collectors.toSet());
        Optional<lorabench.store.Position> at = source.isDone() && !source.isCompletedExceptionally()
                ? source.join().suggestedPosition() : Optional.empty();
        return new AddGatewayFormViewModel(taken, at, random);
    }

    /// Stores and connects the form's gateway (call on the FX thread). {@return when it is connected}; on failure the
    /// form shows why and the future fails
    public CompletableFuture<Eui64> add(AddGatewayFormViewModel form) {
        Optional<AddGatewayFormViewModel.Request> request = form.parse();
        if (request.isEmpty()) {
            form.showSaveError("Correct the fields marked in red.");
            return CompletableFuture.failedFuture(new IllegalArgumentException("invalid gateway form"));
        }
        AddGatewayFormViewModel.Request r = request.get();
        form.showSaveError("");
        CompletableFuture<Eui64> done = new CompletableFuture<>();
        source.thenApplyAsync(s -> {
            s.addVirtual(r.eui(), r.name(), r.position());
            return r.eui();
        }, background).whenCompleteAsync((eui, e) -> {
            if (e == null) {
                lastResult.set("Virtual gateway " + r.name() + " (" + eui + ") added; it connects over UDP.");
                reload();
                done.complete(eui);
            } else {
                form.showSaveError("Could not add the gateway: " + rootMessage(e));
                done.completeExceptionally(e);
            }
        }, fx);
        return done;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
