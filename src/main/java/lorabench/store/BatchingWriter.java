// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Group commit: work items submitted from many threads are written by one writer thread, up to `maxBatch` items per
/// transaction, and each item's future completes only after the commit that made it durable.
///
/// Items that arrive while a commit is in progress form the next group, so under load the cost of one durable commit
/// (about 0.7 ms on H2 with `WRITE_DELAY=0`) is shared by many items, and a lone item is committed at once, without
/// waiting for company.
///
/// With a linger ([#BatchingWriter(Database, int, Duration)]), a writer that committed less than the linger ago
/// waits up to the linger for more items before committing a group smaller than `maxBatch`: under a steady stream
/// the groups grow from the few items that arrived during the last commit to what arrives in the linger, and the
/// commits (each a write of every page the group changed) fall to one per linger; an item arriving after a quiet
/// spell is still committed at once.
///
/// [#onExecutor] is the deterministic variant for virtual time: no thread of its own; the first item submitted while
/// none is waiting schedules one flush on the given executor (the simulation's scheduler loop), and the flush commits
/// every item queued by then, so the same submissions give the same groups, run after run.
///
/// An item that throws fails only its own future: its group is rolled back and every item of it is run again in a
/// transaction of its own. Work items must therefore touch nothing but the database through their [Tx] (they may run
/// twice, the first run rolled back); act on the result when the future completes.
public final class BatchingWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchingWriter.class);

    private record Item<T>(TxFunction<T> work, CompletableFuture<T> future) {
        /// Runs the work; {@return the completion of its future, to run after the commit}
        Runnable run(Tx tx) {
            T result = work.apply(tx);
            return () -> future.complete(result);
        }
    }

    private static final Item<Void> STOP = new Item<>(tx -> null, new CompletableFuture<>());

    private final Database db;
    private final int maxBatch;
    private final long lingerNanos;
    private final LinkedBlockingQueue<Item<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Executor flusher;
    private boolean flushScheduled;
    private volatile boolean closed;

    /// Starts the writer thread. `maxBatch` bounds the items of one transaction (100 is a good value).
    public BatchingWriter(Database db, int maxBatch) {
        this(db, maxBatch, Duration.ZERO);
    }

    /// Starts the writer thread, which lingers up to `linger` for company under load (see above).
    public BatchingWriter(Database db, int maxBatch, Duration linger) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative, got " + linger);
        }
        this.db = Objects.requireNonNull(db, "db");
        this.maxBatch = maxBatch;
        this.lingerNanos = linger.toNanos();
        this.writer = Thread.ofPlatform().name("lorabench-store-writer").daemon().start(this::loop);
        this.flusher = null;
    }

    private BatchingWriter(Database db, int maxBatch, Executor flusher) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
        }
        this.db = Objects.requireNonNull(db, "db");
        this.maxBatch = maxBatch;
        this.lingerNanos = 0;
        this.writer = null;
        this.flusher = Objects.requireNonNull(flusher, "flusher");
    }

    /// {@return a writer without a thread}: groups are committed by tasks run on `flusher`, one per group, so on a
    /// single-threaded scheduler loop the commits and their completions happen in a reproducible order
    public static BatchingWriter onExecutor(Database db, int maxBatch, Executor flusher) {
        return new BatchingWriter(db, maxBatch, flusher);
    }

    /// Queues `work`. {@return a future completed with its result after the commit}, or completed exceptionally when the
    /// work threw (with that exception), the commit failed ([StoreException]) or the writer is closed
    public <T> CompletableFuture<T> submit(TxFunction<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new IllegalStateException("the batching writer is closed"));
            return future;
        }
        queue.add(new Item<>(Objects.requireNonNull(work, "work"), future));
        if (flusher != null) {
            scheduleFlush();
        }
        return future;
    }

    private void scheduleFlush() {
        synchronized (queue) {
            if (flushScheduled) {
                return;
            }
            flushScheduled = true;
        }
        flusher.execute(this::flush);
    }

    /// Commits what is queued, `maxBatch` items per transaction (executor mode).
    private void flush() {
        synchronized (queue) {
            flushScheduled = false;
        }
        List<Item<?>> group = new ArrayList<>(maxBatch);
        while (queue.drainTo(group, maxBatch) > 0) {
            commit(group);
            group.clear();
        }
    }

    /// Queues `work` that has no result. {@return a future completed after the commit}
    public CompletableFuture<Void> execute(TxConsumer work) {
        return submit(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /// Commits what was queued, then stops the writer thread.
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer == null) {
            flush();
            return;
        }
        queue.add(STOP);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        List<Item<?>> group = new ArrayList<>(maxBatch);
        boolean running = true;
        long lastCommit = System.nanoTime() - lingerNanos;
        while (running) {
            try {
                group.add(queue.take());
                queue.drainTo(group, maxBatch - 1);
                if (lingerNanos > 0 && System.nanoTime() - lastCommit < lingerNanos) {
                    linger(group);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            running = !group.removeIf(i -> i == STOP);
            if (!group.isEmpty()) {
                commit(group);
                lastCommit = System.nanoTime();
            }
            group.clear();
            if (!running) {
                // Items queued by callers racing with close() are still written.
                queue.drainTo(group);
                group.removeIf(i -> i == STOP);
                if (!group.isEmpty()) {
                    commit(group);
                }
            }
        }
    }

    /// Adds what arrives within the linger to `group`, up to `maxBatch` items or a STOP.
    private void linger(List<Item<?>> group) throws InterruptedException {
        long until = System.nanoTime() + lingerNanos;
        boolean stop = group.stream().anyMatch(i -> i == STOP);
        while (group.size() < maxBatch && !stop) {
            long left = until - System.nanoTime();
            Item<?> next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            group.add(next);
            stop = next == STOP;
            if (!stop) {
                int from = group.size();
                queue.drainTo(group, maxBatch - group.size());
                stop = group.subList(from, group.size()).stream().anyMatch(i -> i == STOP);
            }
        }
    }

    private void commit(List<Item<?>> group) {
        List<Runnable> completions = new ArrayList<>(group.size());
        try {
            runAll(group, completions);
        } catch (ItemFailed e) {
            // Rare path: one item threw, so the group was rolled back; give every item its own transaction.
            group.forEach(this::commitAlone);
            return;
        } catch (SQLException | RuntimeException e) {
            fail(group, e);
            return;
        }
        completions.forEach(Runnable::run);
    }

    private void runAll(List<Item<?>> group, List<Runnable> completions) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            Tx tx = new Tx(c);
            try {
                for (Item<?> item : group) {
                    try {
                        completions.add(item.run(tx));
                    } catch (RuntimeException e) {
                        throw new ItemFailed(e);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                tx.ended();
            }
        }
    }

    private void commitAlone(Item<?> item) {
        List<Runnable> completion = new ArrayList<>(1);
        try {
            runAll(List.of(item), completion);
        } catch (ItemFailed e) {
            item.future().completeExceptionally(e.getCause());
            return;
        } catch (SQLException | RuntimeException e) {
            fail(List.of(item), e);
            return;
        }
        completion.forEach(Runnable::run);
    }

    private static void fail(List<Item<?>> items, Exception e) {
        LOG.error("group commit of {} items failed: {}", items.size(), e.getMessage());
        StoreException failure = new StoreException("group commit failed: " + e.getMessage(), e);
        items.forEach(item -> item.future().completeExceptionally(failure));
    }

    /// An item's work threw: the group is rolled back and retried item by item.
    private static final class ItemFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ItemFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
