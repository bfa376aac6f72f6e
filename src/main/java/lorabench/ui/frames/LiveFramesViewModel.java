// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.frames;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import lorabench.lorawan.frame.FieldSpan;
import lorabench.ui.keys.JoinInputs;
import lorabench.ui.task.FxEventAdapter;
import lorabench.ui.task.Pulse;

/// The Live frames screen: a bounded, filterable frame list fed by a [FrameFeed] through an [FxEventAdapter],
/// the dissection of the selected frame, and the byte range of the selected tree node for the hex view.
///
/// Load: the feed's thread turns each frame into a [FrameRow] (decoding happens there) and offers it to the
/// adapter, which drops the oldest under overload; the FX thread receives at most [#MAX_BATCH] rows per pulse and
/// trims the list to the row limit (oldest first). While paused, arriving rows wait in a buffer bounded by the row
/// limit and are counted; resuming shows them.
public final class LiveFramesViewModel implements AutoCloseable {
    /// Most rows handed to the FX thread per pulse.
    public static final int MAX_BATCH = 5_000;
    /// Most rows waiting between pulses; beyond this the oldest are dropped.
    public static final int QUEUE_CAPACITY = 20_000;

    private final FrameFeed feed;
    private final ReadOnlyIntegerProperty rowLimit;
    private final ZoneId zone;
    private final Consumer<String> clipboard;
    private final FxEventAdapter<FrameRow> adapter;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final ObservableList<FrameRow> rows = FXCollections.observableArrayList();
    // One read-only view, kept: the view registers only a weak listener on the backing list, so a view made per
    // call is collected with the listeners callers added to it.
    private final ObservableList<FrameRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<FrameRow> visibleRows = new FilteredList<>(rows);
    private final ArrayDeque<FrameRow> waiting = new ArrayDeque<>();
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final ReadOnlyLongWrapper receivedCount = new ReadOnlyLongWrapper(this, "receivedCount");
    private final ReadOnlyLongWrapper waitingCount = new ReadOnlyLongWrapper(this, "waitingCount");
    private final ReadOnlyLongWrapper droppedCount = new ReadOnlyLongWrapper(this, "droppedCount");
    private final ReadOnlyStringWrapper counters = new ReadOnlyStringWrapper(this, "counters", "");
    private final ObjectProperty<Optional<FrameRow>> selectedRow =
            new SimpleObjectProperty<>(this, "selectedRow", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Dissection>> dissection =
            new ReadOnlyObjectWrapper<>(this, "dissection", Optional.empty());
    private final ReadOnlyBooleanWrapper joinSelected = new ReadOnlyBooleanWrapper(this, "joinSelected");
    private final ObjectProperty<Optional<DissectionNode>> selectedNode =
            new SimpleObjectProperty<>(this, "selectedNode", Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<FieldSpan>> highlight =
            new ReadOnlyObjectWrapper<>(this, "highlight", Optional.empty());
    private long waitingDropped;
    private long droppedBase;
    private FrameFeed.Subscription subscription;

    /// @param feed      live frames (any thread)
    /// @param pulse     the adapter's tick ([lorabench.ui.task.TimelinePulse] in the app)
    /// @param rowLimit  most rows kept (the user's setting)
    /// @param search    the shell's search text for this screen
    /// @param clipboard receives copied text
    /// @param zone      the time zone of the Time column
    public LiveFramesViewModel(FrameFeed feed, Pulse pulse, ReadOnlyIntegerProperty rowLimit,
            ObservableStringValue search, Consumer<String> clipboard, ZoneId zone) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.rowLimit = Objects.requireNonNull(rowLimit, "rowLimit");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.adapter = new FxEventAdapter<>(this::deliver, MAX_BATCH, QUEUE_CAPACITY, pulse);
        applyFilter(search.get());
        search.addListener((obs, old, now) -> applyFilter(now));
        rowLimit.addListener((obs, old, now) -> trim());
        paused.addListener((obs, old, now) -> {
            if (!now) {
                resume();
            }
        });
        selectedRow.addListener((obs, old, now) -> {
            dissection.set(now.map(r -> FrameDissector.dissect(r.frame())));
            joinSelected.set(now.filter(JoinPairing::isJoin).isPresent());
            selectedNode.set(Optional.empty());
        });
        selectedNode.addListener((obs, old, now) -> highlight.set(now.flatMap(DissectionNode::span)));
        updateCounters();
    }

    /// Subscribes to the feed and starts the adapter. Call once, on the FX thread.
    public void start() {
        adapter.start();
        subscription = feed.subscribe(this::offer);
    }

    /// Accepts one frame from any thread (the feed's consumer): decodes it here and queues the row.
    public void offer(CapturedFrame frame) {
        received.incrementAndGet();
        adapter.offer(FrameRow.of(sequence.incrementAndGet(), frame, zone));
    }

    /// Adds a frame the user pasted: shown at once (even while paused) and selected.
    public void addManual(CapturedFrame frame) {
        received.incrementAndGet();
        FrameRow row = FrameRow.of(sequence.incrementAndGet(), frame, zone);
        append(List.of(row));
        updateCounters();
        selectedRow.set(Optional.of(row));
    }

    private void deliver(List<FrameRow> batch) {
        if (paused.get()) {
            for (FrameRow r : batch) {
                if (waiting.size() >= rowLimit.get()) {
                    waiting.removeFirst();
                    waitingDropped++;
                }
                waiting.addLast(r);
            }
        } else {
            append(batch);
        }
        updateCounters();
    }

    private void append(List<FrameRow> batch) {
        int limit = rowLimit.get();
        if (batch.size() >= limit) {
            rows.setAll(batch.subList(batch.size() - limit, batch.size()));
        } else {
            rows.addAll(batch);
            trim();
        }
    }

    private void trim() {
        int excess = rows.size() - rowLimit.get();
        if (excess > 0) {
            rows.remove(0, excess);
        }
    }

    private void resume() {
        append(new ArrayList<>(waiting));
        waiting.clear();
        updateCounters();
    }

    /// Removes every row and every waiting frame; the counters restart.
    public void clear() {
        rows.clear();
        waiting.clear();
        received.set(0);
        waitingDropped = 0;
        droppedBase = adapter.droppedCount();
        selectedRow.set(Optional.empty());
        updateCounters();
    }

    private void applyFilter(String query) {
        String q = query == null ? "" : query;
        visibleRows.setPredicate(q.isBlank() ? null : r -> r.matches(q));
    }

    private void updateCounters() {
        receivedCount.set(received.get());
        waitingCount.set(waiting.size());
        droppedCount.set(adapter.droppedCount() - droppedBase + waitingDropped);
        StringBuilder s = new StringBuilder();
        s.append(format(visibleRows.size())).append(visibleRows.size() == rows.size() ? "" : " of " + format(rows.size()))
                .append(" shown \u00b7 ").append(format(received.get())).append(" received");
        if (paused.get() || !waiting.isEmpty()) {
            s.append(" \u00b7 ").append(format(waiting.size())).append(" waiting");
        }
        if (droppedCount.get() > 0) {
            s.append(" \u00b7 ").append(format(droppedCount.get())).append(" dropped (overload)");
        }
        counters.set(s.toString());
    }

    private static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /// {@return the rows the table shows: the kept rows that match the search}
    public ObservableList<FrameRow> visibleRows() {
        return visibleRows;
    }

    /// {@return every kept row, oldest first, at most the row limit}
    public ObservableList<FrameRow> rows() {
        return rowsView;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /// {@return frames received in all (live and manual) since the last clear}
    public ReadOnlyLongProperty receivedCountProperty() {
        return receivedCount.getReadOnlyProperty();
    }

    /// {@return frames waiting while paused}
    public ReadOnlyLongProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }

    /// {@return frames dropped because the UI could not keep up or the pause buffer was full}
    public ReadOnlyLongProperty droppedCountProperty() {
        return droppedCount.getReadOnlyProperty();
    }

    /// {@return e.g. "9,500 shown · 50,000 received · 0 waiting"}
    public ReadOnlyStringProperty countersProperty() {
        return counters.getReadOnlyProperty();
    }

    /// {@return the selected row (the table writes it)}
    public ObjectProperty<Optional<FrameRow>> selectedRowProperty() {
        return selectedRow;
    }

    public ReadOnlyObjectProperty<Optional<Dissection>> dissectionProperty() {
        return dissection.getReadOnlyProperty();
    }

    /// {@return the selected tree node (the tree writes it)}
    public ObjectProperty<Optional<DissectionNode>> selectedNodeProperty() {
        return selectedNode;
    }

    /// {@return the bytes of the selected node, for the hex view}
    public ReadOnlyObjectProperty<Optional<FieldSpan>> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /// Selects the most specific node covering byte `offset` of the selected frame (a click in the hex view).
    /// {@return the path to it, root first; empty when no node covers the byte}
    public List<DissectionNode> selectByte(int offset) {
        List<DissectionNode> path = dissection.get().map(d -> d.pathAt(offset)).orElse(List.of());
        if (!path.isEmpty()) {
            selectedNode.set(Optional.of(path.getLast()));
        }
        return path;
    }

    /// {@return whether the selected frame is a join-request or join-accept (so "Keys lab" can take it)}
    public ReadOnlyBooleanProperty joinSelectedProperty() {
        return joinSelected.getReadOnlyProperty();
    }

    /// {@return the selected join's inputs for the Keys lab}: the selected request or accept completed by its other
    /// half among the kept rows; empty when no join frame is selected
    public Optional<JoinInputs> selectedJoin() {
        return selectedRow.get().flatMap(r -> JoinPairing.inputs(r, rows));
    }

    /// Copies the selected frame's PHYPayload as hex.
    public void copySelectedAsHex() {
        selectedRow.get().ifPresent(r -> clipboard.accept(r.frame().phyPayload().toHex()));
    }

    /// Copies the selected frame and its dissection as JSON.
    public void copySelectedAsJson() {
        selectedRow.get().ifPresent(r -> clipboard.accept(FrameJson.toJson(r, dissection.get()
                .orElseGet(() -> FrameDissector.dissect(r.frame())))));
    }

    /// {@return how many rows the adapter has not delivered yet}
    int pending() {
        return adapter.pending();
    }

    /// Unsubscribes from the feed and stops the adapter. Call on the FX thread.
    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        adapter.close();
    }
}
