// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.MacVersion;

/// Join-server state per device and JoinEUI: DevNonce replay protection and the JoinNonce counter.
///
/// DevNonce is a counter from LoRaWAN 1.0.4 and 1.1 on: a join-request is accepted only when its DevNonce is greater
/// than the last accepted one (L2 1.0.4 §6.2.4, L2 1.1 §6.2.2). Before 1.0.4 it is random, and the server keeps the
/// set of nonces already used and rejects a repeat (L2 1.0.3 §6.2.4). JoinNonce is a 24-bit counter the join server
/// increments for every join-accept (L2 1.1 §6.2.3); it never wraps.
public final class JoinStateRepository {
    private final Database db;

    public JoinStateRepository(Database db) {
        this.db = db;
    }

    /// Checks and records the DevNonce of a join-request the way `version` requires. {@return whether it is fresh}
    /// (false means a replayed join-request, which must be dropped)
    public boolean acceptDevNonce(Tx tx, Eui64 devEui, Eui64 joinEui, MacVersion version, DevNonce devNonce) {
        Connection c = tx.connection();
        ensureRow(c, devEui, joinEui);
        if (version.devNonceIsCounter()) {
            return Sql.update(c, "UPDATE join_states SET last_dev_nonce = ? WHERE dev_eui = ? AND join_eui = ?"
                    + " AND (last_dev_nonce IS NULL OR last_dev_nonce < ?)", devNonce.value(), devEui, joinEui,
                    devNonce.value()) == 1;
        }
        // Lock the join state row, so two threads checking the same nonce queue up here.
        Sql.update(c, "UPDATE join_states SET join_nonce = join_nonce WHERE dev_eui = ? AND join_eui = ?",
                devEui, joinEui);
        boolean fresh = Sql.update(c, "INSERT INTO used_dev_nonces (dev_eui, join_eui, dev_nonce) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM used_dev_nonces WHERE dev_eui = ? AND join_eui = ?"
                + " AND dev_nonce = ?)", devEui, joinEui, devNonce.value(), devEui, joinEui, devNonce.value()) == 1;
        if (fresh) {
            Sql.update(c, "UPDATE join_states SET last_dev_nonce = ? WHERE dev_eui = ? AND join_eui = ?",
                    devNonce.value(), devEui, joinEui);
        }
        return fresh;
    }

    /// {@return the JoinNonce for the next join-accept} to this device from this join server, and counts it as used;
    /// the first one is 0
    /// @throws StoreException when the 24-bit counter is exhausted
    public JoinNonce nextJoinNonce(Tx tx, Eui64 devEui, Eui64 joinEui) {
        Connection c = tx.connection();
        ensureRow(c, devEui, joinEui);
        Sql.update(c, "UPDATE join_states SET join_nonce = join_nonce + 1 WHERE dev_eui = ? AND join_eui = ?",
                devEui, joinEui);
        int next = Sql.one(c, "SELECT join_nonce FROM join_states WHERE dev_eui = ? AND join_eui = ?",
                rs -> rs.getInt(1), devEui, joinEui).orElseThrow();
        if (next - 1 > 0xFF_FFFF) {
            throw new StoreException("the JoinNonce counter of device " + devEui + " is exhausted");
        }
        return new JoinNonce(next - 1);
    }

    /// {@return the last accepted DevNonce}, empty before the first join
    public Optional<DevNonce> lastDevNonce(Eui64 devEui, Eui64 joinEui) {
        return db.read(c -> Sql.one(c, "SELECT last_dev_nonce FROM join_states WHERE dev_eui = ? AND join_eui = ?",
                        rs -> Sql.optInt(rs, "last_dev_nonce"), devEui, joinEui))
                .flatMap(o -> o).map(DevNonce::new);
    }

    /// {@return the DevNonces already used} (kept for devices before 1.0.4), in ascending order
    public List<DevNonce> usedDevNonces(Eui64 devEui, Eui64 joinEui) {
        return db.read(c -> Sql.list(c, "SELECT dev_nonce FROM used_dev_nonces WHERE dev_eui = ? AND join_eui = ?"
                + " ORDER BY dev_nonce", rs -> new DevNonce(rs.getInt(1)), devEui, joinEui));
    }

    /// Forgets the join state of the device (a re-provisioned device starts from DevNonce 0 again).
    public void reset(Eui64 devEui) {
        db.runInTransaction(tx -> Sql.update(tx.connection(), "DELETE FROM join_states WHERE dev_eui = ?", devEui));
    }

    private static void ensureRow(Connection c, Eui64 devEui, Eui64 joinEui) {
        Sql.update(c, "INSERT INTO join_states (dev_eui, join_eui, last_dev_nonce, join_nonce) SELECT ?, ?, NULL, 0"
                + " WHERE NOT EXISTS (SELECT 1 FROM join_states WHERE dev_eui = ? AND join_eui = ?)", devEui, joinEui,
                devEui, joinEui);
    }
}
