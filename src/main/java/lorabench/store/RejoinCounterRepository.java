// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// The rejoin-request counters the network accepted per device (LoRaWAN L2 1.1 §6.2.4.4): RJcount0 (rejoin types
/// 0 and 2) and RJcount1 (type 1). A rejoin-request is accepted only when its counter is above the last accepted one,
/// so a replayed request is refused, also after a restart. RJcount0 starts again at 0 with every join-accept
/// ([#resetRjCount0]); RJcount1 only when the device's root keys change ([#reset]).
public final class RejoinCounterRepository {
    /// RJcount0, the counter of rejoin types 0 and 2.
    public static final int RJ_COUNT_0 = 0;
    /// RJcount1, the counter of rejoin type 1.
    public static final int RJ_COUNT_1 = 1;

    private final Database db;

    public RejoinCounterRepository(Database db) {
        this.db = db;
    }

    /// {@return the counter (RJ_COUNT_0 or RJ_COUNT_1) of a rejoin type}
    public static int counterOf(int rejoinType) {
        return switch (rejoinType) {
            case 0, 2 -> RJ_COUNT_0;
            case 1 -> RJ_COUNT_1;
            default -> throw new IllegalArgumentException("rejoin type must be 0, 1 or 2, got " + rejoinType);
        };
    }

    /// Records `rjCount` as the last accepted value of `counter` when it is above the stored one (or none is
    /// stored). {@return whether it was accepted}; false means a replay
    public boolean accept(Tx tx, Eui64 devEui, int counter, int rjCount) {
        check(counter);
        if (Sql.update(tx.connection(), "UPDATE rejoin_counters SET last_rj_count = ? WHERE dev_eui = ?"
                + " AND counter = ? AND last_rj_count < ?", rjCount, devEui, counter, rjCount) == 1) {
            return true;
        }
        return Sql.update(tx.connection(), "INSERT INTO rejoin_counters (dev_eui, counter, last_rj_count)"
                + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM rejoin_counters WHERE dev_eui = ? AND counter = ?)",
                devEui, counter, rjCount, devEui, counter) == 1;
    }

    /// {@return the last accepted value of `counter`}, empty when none was accepted (since the last reset)
    public Optional<Integer> last(Eui64 devEui, int counter) {
        check(counter);
        return db.read(c -> Sql.one(c, "SELECT last_rj_count FROM rejoin_counters WHERE dev_eui = ? AND counter = ?",
                rs -> rs.getInt(1), devEui, counter));
    }

    /// Forgets RJcount0: the device starts it again at 0 after a join-accept.
    public void resetRjCount0(Tx tx, Eui64 devEui) {
        Sql.update(tx.connection(), "DELETE FROM rejoin_counters WHERE dev_eui = ? AND counter = ?", devEui,
                RJ_COUNT_0);
    }

    /// Forgets both counters (a re-provisioned device with new root keys).
    public void reset(Tx tx, Eui64 devEui) {
        Sql.update(tx.connection(), "DELETE FROM rejoin_counters WHERE dev_eui = ?", devEui);
    }

    private static void check(int counter) {
        if (counter != RJ_COUNT_0 && counter != RJ_COUNT_1) {
            throw new IllegalArgumentException("counter must be 0 (RJcount0) or 1 (RJcount1), got " + counter);
        }
    }
}
