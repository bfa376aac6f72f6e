// SPDX-License-Identifier: Apache-2.0
/// The LoRaBench store: JDBC repositories over H2 (embedded, the default) or PostgreSQL, with the schema managed by
/// Flyway migrations in `db/migration` (one portable SQL dialect for both databases).
///
/// Open it with [lorabench.store.Database#open(DatabaseConfig)]; create repositories with `new XRepository(db)`.
/// Every write method has a variant taking a [lorabench.store.Tx], so one de-duplication window's uplink, session-log
/// rows and counter updates commit together ([lorabench.store.Database#inTransaction], [lorabench.store.WriteBatch]),
/// and [lorabench.store.BatchingWriter] groups the work of many threads into one durable commit.
///
/// ## Decisions
/// - **Keys are stored as upper-case hex text** (`VARCHAR(32)`), as EUIs (`VARCHAR(16)`) and DevAddr (`VARCHAR(8)`)
///   are. LoRaBench is a simulator and test bench: being able to read a session key with any SQL console is a feature,
///   and the data directory is the user's own. A production network server would wrap them with a KEK instead.
///   Keys never reach a log: [lorabench.lorawan.types.AesKey#toString()] is redacted and no repository logs values.
/// - **Durability**: H2 is opened with `WRITE_DELAY=0`, so a commit that returned is on disk when the process is
///   killed; throughput comes from grouping rows into one transaction, not from a write delay.
/// - **Times** are `TIMESTAMP WITH TIME ZONE`, microsecond precision in both databases: instants are truncated to
///   microseconds when written.
/// - **Flexible vendor documents** (rights, push-target auth and headers, profile documents, MAC state, gateway radio
///   metadata) are JSON text in `VARCHAR` columns, so later APIs extend them without destructive migrations.
package lorabench.store;
