// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/// A measurement, not a test: rows per second of session-log writes into an H2 file database with `WRITE_DELAY=0`,
/// committed one row per transaction, 100 rows per [WriteBatch] transaction, and single rows submitted through a
/// [BatchingWriter] (group commit). Run with the test class path:
/// `java -cp target/test-classes:target/classes:<dependencies> lorabench.store.SessionLogThroughput [DIR|jdbc-url]`.
public final class SessionLogThroughput {
    private SessionLogThroughput() {}

    public static void main(String[] args) throws Exception {
        DatabaseConfig config = args.length > 0 && args[0].startsWith("jdbc:")
                ? DatabaseConfig.jdbc(args[0], args.length > 1 ? args[1] : "lorabench", "")
                : DatabaseConfig.h2File(args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("lb-throughput"));
        try (Database db = Database.open(config)) {
            SessionLogRepository log = new SessionLogRepository(db);
            measureSingleRowCommits(db, log, 200);
            for (int round = 0; round < 3; round++) {
                measureBatches(db, log, 200);
                measureWriter(db, log, 20_000);
            }
        }
    }

    private static void measureSingleRowCommits(Database db, SessionLogRepository log, int rows) {
        long t0 = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            SessionLogEntry e = KillTestWriter.row(i, 0);
            db.runInTransaction(tx -> log.insert(tx, e));
        }
        report("one row per commit", rows, System.nanoTime() - t0);
    }

    private static void measureBatches(Database db, SessionLogRepository log, int batches) {
        long t0 = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<SessionLogEntry> rows = new ArrayList<>(KillTestWriter.ROWS_PER_BATCH);
            for (int i = 0; i < KillTestWriter.ROWS_PER_BATCH; i++) {
                rows.add(KillTestWriter.row(b, i));
            }
            db.runInTransaction(tx -> log.insertAll(tx, rows));
        }
        report("100 rows per commit (JDBC batch)", batches * KillTestWriter.ROWS_PER_BATCH, System.nanoTime() - t0);
    }

    private static void measureWriter(Database db, SessionLogRepository log, int rows) {
        long t0 = System.nanoTime();
        List<CompletableFuture<Void>> futures = new ArrayList<>(rows);
        try (BatchingWriter writer = new BatchingWriter(db, 100)) {
            for (int i = 0; i < rows; i++) {
                SessionLogEntry e = KillTestWriter.row(i, 1);
                futures.add(writer.execute(tx -> {
                    log.insert(tx, e);
                }));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        }
        report("BatchingWriter, max 100 per commit", rows, System.nanoTime() - t0);
    }

    private static void report(String what, int rows, long nanos) {
        System.out.printf("%-36s %8d rows %8.0f rows/s %8.1f us/row%n", what, rows, rows / (nanos / 1e9),
                nanos / 1e3 / rows);
    }
}
