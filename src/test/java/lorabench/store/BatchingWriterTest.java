// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BatchingWriterTest extends StoreTestBase {

    @Test
    void commitsWorkFromManyThreadsAndCompletesEveryFuture() throws Exception {
        SessionLogRepository log = new SessionLogRepository(db);
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        try (BatchingWriter writer = new BatchingWriter(db, 100);
                ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<java.util.concurrent.Future<List<CompletableFuture<Long>>>> submitted = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                submitted.add(pool.submit(() -> {
                    List<CompletableFuture<Long>> mine = new ArrayList<>();
                    for (int i = 0; i < 250; i++) {
                        SessionLogEntry e = SessionLogRepositoryTest.entry(thread, i, i);
                        mine.add(writer.submit(tx -> log.insert(tx, e).id()));
                    }
                    return mine;
                }));
            }
            for (var f : submitted) {
                futures.addAll(f.get(60, TimeUnit.SECONDS));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        assertEquals(1_000, futures.stream().map(CompletableFuture::join).distinct().count());
        assertEquals(1_000, log.count(SessionLogQuery.all()));
    }

    @Test
    void withALingerAStreamIsCommittedInFullGroupsAndALoneItemAtOnce() throws Exception {
        SessionLogRepository log = new SessionLogRepository(db);
        java.util.Set<Tx> transactions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> stream = new ArrayList<>();
        // An hour: only a full group, a quiet start or close() ends a wait, never the clock.
        BatchingWriter writer = new BatchingWriter(db, 10, java.time.Duration.ofHours(1));
        try {
            SessionLogEntry first = SessionLogRepositoryTest.entry(1, 0, 0);
            writer.execute(tx -> log.insert(tx, first)).get(60, TimeUnit.SECONDS); // nothing committed lately
            for (int i = 1; i <= 25; i++) {
                SessionLogEntry e = SessionLogRepositoryTest.entry(1, i, i);
                stream.add(writer.execute(tx -> {
                    transactions.add(tx);
                    log.insert(tx, e);
                }));
            }
            // 20 of the 25 form two full groups; the last 5 wait for company until close().
            CompletableFuture.allOf(stream.subList(0, 20).toArray(CompletableFuture[]::new)).get(60,
                    TimeUnit.SECONDS);
        } finally {
            writer.close();
        }
        stream.forEach(CompletableFuture::join);
        assertEquals(26, log.count(SessionLogQuery.all()));
        assertTrue(transactions.size() <= 4, "25 streamed items in " + transactions.size() + " transactions");
    }

    @Test
    void aFailingItemFailsAloneAndTheRestOfItsGroupCommits() throws Exception {
        new DeviceRepository(db).upsert(otaaDevice(1));
        UplinkRepository uplinks = new UplinkRepository(db);
        CompletableFuture<Uplink> good1;
        CompletableFuture<Uplink> bad;
        CompletableFuture<Uplink> good2;
        try (BatchingWriter writer = new BatchingWriter(db, 10)) {
            good1 = writer.submit(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(1, 0, 0, Optional.of(1))));
            bad = writer.submit(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(99, 0, 0, Optional.of(1))));
            good2 = writer.submit(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(1, 1, 1, Optional.of(1))));
        }
        assertTrue(good1.get().id() > 0);
        assertTrue(good2.get().id() > 0);
        ExecutionException e = assertThrows(ExecutionException.class, bad::get);
        assertInstanceOf(StoreException.class, e.getCause());
        assertEquals(2, uplinks.count(UplinkQuery.all()));
    }

    @Test
    void closeCommitsWhatWasQueuedAndRefusesNewWork() {
        SessionLogRepository log = new SessionLogRepository(db);
        BatchingWriter writer = new BatchingWriter(db, 3);
        List<CompletableFuture<Void>> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SessionLogEntry e = SessionLogRepositoryTest.entry(1, i, i);
            queued.add(writer.execute(tx -> {
                log.insert(tx, e);
            }));
        }
        writer.close();
        queued.forEach(CompletableFuture::join);
        assertEquals(20, log.count(SessionLogQuery.all()));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> writer.submit(tx -> 1).get());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }
}
