// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

/// The secondary indexes that only readers need, on the tables every uplink appends to: `session_log` (by time, by
/// device and time) and `uplinks` (by device and time, by push status). A run whose store is read once, after it (a
/// virtual-time scenario run from the command line), drops them before it starts and builds them again before the
/// store is read, in one pass over each finished table instead of one B-tree insert per row and index during the run
/// (decision 0018). Readers see the same rows in the same order either way: every query orders by its columns
/// itself; the indexes only make that cheap.
///
/// Nothing on the server's own path needs them meanwhile: it reads uplinks only to find a device's last gateway
/// after a restart ([lorabench.server.downlink.LastGateways], kept in memory once the device is heard), and pushes
/// (the only reader by push status) are not part of such a run.
public final class DeferredIndexes {
    private static final String[] DROP = {"DROP INDEX IF EXISTS session_log_time",
        "DROP INDEX IF EXISTS session_log_device_time", "DROP INDEX IF EXISTS uplinks_device_time",
        "DROP INDEX IF EXISTS uplinks_push_status"};
    /// As created by migration V1.
    private static final String[] CREATE = {"CREATE INDEX IF NOT EXISTS session_log_time ON session_log (event_time, id)",
        "CREATE INDEX IF NOT EXISTS session_log_device_time ON session_log (dev_eui, event_time, id)",
        "CREATE INDEX IF NOT EXISTS uplinks_device_time ON uplinks (dev_eui, received, id)",
        "CREATE INDEX IF NOT EXISTS uplinks_push_status ON uplinks (push_status, id)"};

    private DeferredIndexes() {}

    /// Drops the indexes until [#restore]; for a database that nobody but the server's own path reads meanwhile.
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
