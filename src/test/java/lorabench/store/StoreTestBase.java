// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import lorabench.lorawan.band.BandId;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/// Opens a fresh database per test: a private in-memory H2 by default; [PostgreSqlStoreTest] reruns every
/// repository test against the PostgreSQL of `LORABENCH_TEST_PG_URL`, with a fresh schema per test.
abstract class StoreTestBase {
    static final String PG_URL_VARIABLE = "LORABENCH_TEST_PG_URL";
    private static final AtomicInteger NAMES = new AtomicInteger();

    protected final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    protected Database db;

    /// {@return the database of this test run}; overridden for PostgreSQL
    DatabaseConfig config() {
        return DatabaseConfig.h2Memory("test" + NAMES.incrementAndGet());
    }

    @BeforeEach
    void openDatabase() {
        db = Database.open(config(), clock);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /// {@return the PostgreSQL test database} after dropping everything in it, so Flyway migrates a blank schema
    static DatabaseConfig freshPostgreSql() {
        String url = System.getenv(PG_URL_VARIABLE);
        String user = System.getenv().getOrDefault("LORABENCH_TEST_PG_USER", "lorabench");
        String password = System.getenv().getOrDefault("LORABENCH_TEST_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database: " + e.getMessage(), e);
        }
        return DatabaseConfig.jdbc(url, user, password).withMaxPoolSize(4);
    }

    // ---- fixtures -------------------------------------------------------------------------------------------------

    static Eui64 eui(long v) {
        return new Eui64(v);
    }

    static AesKey key(int fill) {
        byte[] b = new byte[16];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (fill + i);
        }
        return AesKey.of(b);
    }

    static Device otaaDevice(long devEui) {
        return Device.otaa(eui(devEui), "device-" + devEui, MacVersion.V1_0_4, BandId.EU868, eui(0x70B3D57ED0000000L),
                key(1), java.util.Optional.empty());
    }

    static Device abpDevice(long devEui, DevAddr addr) {
        return Device.abp(eui(devEui), "abp-" + devEui, MacVersion.V1_0_3, BandId.EU868, addr,
                SessionKeys.of10(key(0x20), key(0x40)));
    }
}
