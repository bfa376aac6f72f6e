// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import java.sql.Connection;

/// An open transaction. Pass it to the `Tx` variants of repository methods so several writes commit together; it is
/// valid only inside the [Database#inTransaction] (or [WriteBatch], [BatchingWriter]) call that created it.
public final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }
}
