// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.InstantSource;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An open store: a HikariCP pool over H2 or PostgreSQL whose schema Flyway has brought up to date.
///
/// Writes run in transactions: [#inTransaction(TxFunction)] commits when the work returns and rolls back when it
/// throws. A commit that returned is durable (H2 runs with `WRITE_DELAY=0`), so group rows into one transaction
/// ([WriteBatch], [BatchingWriter]) for throughput.
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    @FunctionalInterface
    interface ConnectionFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    private final DatabaseConfig config;
    private final InstantSource clock;
    private final HikariDataSource pool;
    /// Holds an in-memory H2 database open while the pool retires and replaces its connections.
    private final Connection keeper;
    private final DeviceChanges deviceChanges = new DeviceChanges();
    private final AccountChanges accountChanges = new AccountChanges();

    private Database(DatabaseConfig config, InstantSource clock, HikariDataSource pool, Connection keeper) {
        this.config = config;
        this.clock = clock;
        this.pool = pool;
        this.keeper = keeper;
    }

    /// Opens the database, migrating its schema, with the system clock for `created`/`updated` stamps.
    public static Database open(DatabaseConfig config) {
        return open(config, InstantSource.system());
    }

    /// Opens the database and migrates its schema; `clock` stamps `created`/`updated` columns.
    /// @throws StoreException when the database cannot be reached or a migration fails
    public static Database open(DatabaseConfig config, InstantSource clock) {
        Objects.requireNonNull(clock, "clock");
        Connection keeper = null;
        HikariDataSource pool = null;
        try {
            if (config.isH2Memory()) {
                keeper = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
            }
            HikariConfig hc = new HikariConfig();
            hc.setJdbcUrl(config.jdbcUrl());
            hc.setUsername(config.user());
            hc.setPassword(config.password());
            hc.setMaximumPoolSize(config.maxPoolSize());
            hc.setPoolName("lorabench-store");
            pool = new HikariDataSource(hc);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            LOG.debug("store open: {}", config.redactedUrl());
            return new Database(config, clock, pool, keeper);
        } catch (SQLException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            closeQuietly(keeper);
            if (e instanceof FlywayException) {
                throw new StoreException("migrating the store schema failed: " + e.getMessage(), e);
            }
            throw e instanceof StoreException se ? se
                    : new StoreException("cannot open the store at " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    public DatabaseConfig config() {
        return config;
    }

    /// {@return the clock that stamps `created` and `updated` columns}
    public InstantSource clock() {
        return clock;
    }

    /// {@return the notices of device and session writes} made through this database's repositories
    public DeviceChanges deviceChanges() {
        return deviceChanges;
    }

    /// {@return the notices of account writes} made through this database's [AccountRepository]
    public AccountChanges accountChanges() {
        return accountChanges;
    }

    /// Runs `work` in one transaction, {@return its result} after the commit.
    /// @throws StoreException when the work or the commit fails (the transaction is then rolled back)
    public <T> T inTransaction(TxFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            Tx tx = new Tx(c);
            try {
                T result = work.apply(tx);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
                tx.ended();
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }

    /// Runs `work` in one transaction and commits it.
    public void runInTransaction(TxConsumer work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /// {@return a new unit of work} whose steps commit together in [WriteBatch#commit()]
    public WriteBatch newBatch() {
        return new WriteBatch(this);
    }

    /// Runs a read on a pooled connection in auto-commit mode.
    <T> T read(ConnectionFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        }
    }

    /// Takes a pooled connection for a caller that manages the transaction itself ([BatchingWriter]).
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /// Closes the pool; an in-memory database is dropped, a file database is closed cleanly.
    @Override
    public void close() {
        pool.close();
        closeQuietly(keeper);
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.warn("closing the in-memory database failed: {}", e.getMessage());
            }
        }
    }
}
