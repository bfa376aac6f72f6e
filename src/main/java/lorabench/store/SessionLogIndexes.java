// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// The two secondary indexes of `session_log` (by time, by device and time), which only its readers need: a run whose
/// log is read once, after it (a virtual-time scenario run from the command line), drops them before it starts and
/// builds them again before the log is read, in one pass over the finished table instead of one B-tree insert per
/// row and index during the run (decision 0018). Readers see the same rows in the same order either way: every query
/// orders by `event_time, id` itself; the indexes only make that cheap.
public final class SessionLogIndexes {
    private static final String[] DROP = {"DROP INDEX IF EXISTS session_log_time",
        "DROP INDEX IF EXISTS session_log_device_time"};
    /// As created by migration V1.
    private static final String[] CREATE = {"CREATE INDEX IF NOT EXISTS session_log_time ON session_log (event_time, id)",
        "CREATE INDEX IF NOT EXISTS session_log_device_time ON session_log (dev_eui, event_time, id)"};

    private SessionLogIndexes() {}

    /// Drops the indexes until [#restore]; for a database whose session log nobody reads meanwhile.
    public static void suspend(Database db) {
        run(db, DROP);
    }

    /// Builds the indexes again (nothing when they exist).
    public static void restore(Database db) {
        run(db, CREATE);
    }

    private static void run(Database db, String[] statements) {
        db.runInTransaction(tx -> {
            for (String sql : statements) {
                Sql.update(tx.connection(), sql);
            }
        });
    }
}
