// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.Direction;

/// The child process of [KillTest]: writes session-log rows into the file database at `args[0]` until killed and
/// prints `committed <batch>` once a batch's commit has returned. Mode `batch` commits 100 rows per
/// [WriteBatch]; mode `writer` submits single rows through a [BatchingWriter] and reports each batch once all its
/// rows' futures completed.
public final class KillTestWriter {
    static final int ROWS_PER_BATCH = 100;

    private KillTestWriter() {}

    public static void main(String[] args) throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(Path.of(args[0])));
        SessionLogRepository log = new SessionLogRepository(db);
        boolean viaWriter = args[1].equals("writer");
        BatchingWriter writer = viaWriter ? new BatchingWriter(db, ROWS_PER_BATCH) : null;
        System.out.println("ready");
        System.out.flush();
        for (int batch = 0; ; batch++) {
            List<SessionLogEntry> rows = new ArrayList<>(ROWS_PER_BATCH);
            for (int i = 0; i < ROWS_PER_BATCH; i++) {
                rows.add(row(batch, i));
            }
            if (viaWriter) {
                List<CompletableFuture<Void>> futures = new ArrayList<>();
                for (SessionLogEntry e : rows) {
                    futures.add(writer.execute(tx -> {
                        log.insert(tx, e);
                    }));
                }
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            } else {
                db.runInTransaction(tx -> log.insertAll(tx, rows));
            }
            System.out.println("committed " + batch);
            System.out.flush();
        }
    }

    static SessionLogEntry row(int batch, int i) {
        return SessionLogEntry.of(java.time.Instant.EPOCH.plusSeconds(batch), Direction.UPLINK, "UnconfirmedDataUp",
                Bytes.fromHex("40DA1B0126000100"), 868_100_000L, "SF7BW125", LogEvent.UPLINK)
                .withFrame(Optional.of((long) i), Optional.of(1), Optional.empty(), Optional.empty())
                .withReason(Optional.of("batch-" + batch));
    }
}
