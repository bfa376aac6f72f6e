// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.push;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lorabench.server.push.PushDelivery;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.Pulse;

/// The live delivery log: newest first, at most `limit` rows. Deliveries come from the push engine's log through
/// an [FxEventAdapter] (one table update per pulse); the log's kept entries pre-fill it.
public final class DeliveryLogViewModel implements AutoCloseable {
    private final ObservableList<DeliveryRow> rows = FXCollections.observableArrayList();
    private final int limit;
    private final LongFunction<String> accountName;
    private final ZoneId zone;
    private final FxEventAdapter<PushDelivery> adapter;
    private final Set<PushDelivery> prefilled = new HashSet<>();
    private AutoCloseable subscription = () -> {};
    private boolean closed;

    /// @param limit       most rows kept (the oldest go first)
    /// @param accountName names an account id in the table
    /// @param pulse       the FX tick that moves queued deliveries into the table
    public DeliveryLogViewModel(int limit, LongFunction<String> accountName, ZoneId zone, Pulse pulse) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        this.accountName = Objects.requireNonNull(accountName, "accountName");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.adapter = new FxEventAdapter<>(this::append, Math.max(limit, 1), Math.max(limit, 1) * 4, pulse);
    }

    /// Subscribes to `sources` and pre-fills from its kept deliveries. Call on the FX thread.
    public void start(PushSources sources) {
        if (closed) {
            return;
        }
        subscription = sources.subscribe(adapter::offer);
        List<PushDelivery> recent = sources.recentDeliveries();
        append(recent);
        prefilled.addAll(recent);
        adapter.start();
    }

    /// Adds `deliveries` (oldest first) at the top, dropping rows beyond the limit and deliveries already
    /// shown by the pre-fill.
    public void append(List<PushDelivery> deliveries) {
        List<DeliveryRow> fresh = new ArrayList<>(deliveries.size());
        for (PushDelivery d : deliveries) {
            if (prefilled.isEmpty() || !prefilled.remove(d)) {
                fresh.addFirst(DeliveryRow.of(d, accountName.apply(d.accountId()), zone));
            }
        }
        if (fresh.size() > limit) {
            fresh = fresh.subList(0, limit);
        }
        rows.addAll(0, fresh);
        if (rows.size() > limit) {
            rows.remove(limit, rows.size());
        }
    }

    /// {@return the rows}, newest first
    public ObservableList<DeliveryRow> rows() {
        return rows;
    }

    /// {@return the adapter} (its counters; tests drain it)
    FxEventAdapter<PushDelivery> adapter() {
        return adapter;
    }

    @Override
    public void close() {
        closed = true;
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot unsubscribe from the delivery log", e);
        }
        adapter.close();
    }
}
