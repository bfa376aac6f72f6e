// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.Bytes;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The file database: creation under the data directory, migrations, and a restart that resumes sessions,
/// counters and queues exactly.
class DatabaseTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void createsTheFileDatabaseUnderTheDataDirectory(@TempDir Path tmp) {
        Path data = tmp.resolve("nested/lorabench-data");
        try (Database db = Database.open(DatabaseConfig.h2File(data), clock)) {
            assertEquals(0, new DeviceRepository(db).count(DeviceFilter.all()));
        }
        assertTrue(Files.exists(data.resolve("lorabench.mv.db")));
        assertTrue(DatabaseConfig.h2File(data).jdbcUrl().contains(";WRITE_DELAY=0"));
    }

    @Test
    void restartResumesSessionsCountersAndQueuesExactly(@TempDir Path data) {
        DeviceSession session;
        List<Downlink> queue;
        Device device;
        try (Database db = Database.open(DatabaseConfig.h2File(data), clock)) {
            device = new DeviceRepository(db).upsert(StoreTestBase.otaaDevice(1).withTags(Map.of("k", "v")));
            DeviceSessionRepository sessions = new DeviceSessionRepository(db);
            sessions.save(DeviceSession.start(device.devEui(), DevAddr.parse("26011BDA"), MacVersion.V1_1,
                    new SessionKeys(StoreTestBase.key(1), StoreTestBase.key(2), StoreTestBase.key(3),
                            StoreTestBase.key(4)), "{\"dataRate\":0}"));
            DownlinkRepository downlinks = new DownlinkRepository(db);
            DownlinkTarget target = new DownlinkTarget.Device(device.devEui());
            Downlink first = downlinks.enqueue(Downlink.newDownlink(target, 1, Bytes.fromHex("01"), true,
                    Optional.empty()));
            downlinks.enqueue(Downlink.newDownlink(target, 2, Bytes.fromHex("02"), false, Optional.empty()));
            db.runInTransaction(tx -> {
                sessions.advanceFCntUp(tx, device.devEui(), 0, 65_537, Optional.of(65_536L));
                long fCnt = sessions.takeAFCntDown(tx, device.devEui());
                sessions.takeNFCntDown(tx, device.devEui());
                downlinks.markSent(tx, first.id(), fCnt, clock.instant());
            });
            JoinStateRepository joins = new JoinStateRepository(db);
            db.runInTransaction(tx -> joins.acceptDevNonce(tx, device.devEui(), device.joinEui().orElseThrow(),
                    MacVersion.V1_1, new lorabench.lorawan.types.DevNonce(7)));
            session = sessions.find(device.devEui()).orElseThrow();
            queue = downlinks.list(target, Page.first(10));
        }
        try (Database db = Database.open(DatabaseConfig.h2File(data), clock)) {
            assertEquals(Optional.of(session), new DeviceSessionRepository(db).find(device.devEui()));
            assertEquals(65_537, session.fCntUp());
            assertEquals(1, session.aFCntDown());
            assertEquals(1, session.nFCntDown());
            DownlinkTarget target = new DownlinkTarget.Device(device.devEui());
            assertEquals(queue, new DownlinkRepository(db).list(target, Page.first(10)));
            assertEquals(1, new DownlinkRepository(db).countPending(target));
            assertEquals(Optional.of(device), new DeviceRepository(db).find(device.devEui()));
            assertFalse(db.<Boolean>inTransaction(tx -> new JoinStateRepository(db).acceptDevNonce(tx, device.devEui(),
                    device.joinEui().orElseThrow(), MacVersion.V1_1, new lorabench.lorawan.types.DevNonce(7))),
                    "the DevNonce seen before the restart is still a replay");
        }
    }

    @Test
    void reportsAnUnreachableDatabase() {
        StoreException e = assertThrows(StoreException.class, () -> Database.open(
                DatabaseConfig.jdbc("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "u", "secret")
                        .withMaxPoolSize(1), clock));
        assertFalse(e.getMessage().contains("secret"));
        StoreException inUrl = assertThrows(StoreException.class, () -> Database.open(DatabaseConfig.jdbc(
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=s3cr3t&connectTimeout=1", "", "")
                .withMaxPoolSize(1), clock));
        assertFalse(inUrl.getMessage().contains("s3cr3t"), inUrl.getMessage());
    }

    @Test
    void describesItsConfigWithoutThePassword() {
        DatabaseConfig c = DatabaseConfig.jdbc("jdbc:postgresql://127.0.0.1:5432/x", "u", "hunter2");
        assertFalse(c.toString().contains("hunter2"));
        // a password in the URL itself (PostgreSQL's query parameters, H2's settings) is masked as well
        assertEquals("jdbc:postgresql://h/x?user=u&password=***&ssl=true", DatabaseConfig.jdbc(
                "jdbc:postgresql://h/x?user=u&password=hunter2&ssl=true", "", "").redactedUrl());
        assertEquals("jdbc:postgresql://h/x?password=***", DatabaseConfig.jdbc(
                "jdbc:postgresql://h/x?password=hunter2", "", "").toString().replaceAll("^DatabaseConfig\\[|,.*", ""));
        assertEquals("jdbc:h2:mem:x;PASSWORD=***;MODE=PostgreSQL",
                DatabaseConfig.jdbc("jdbc:h2:mem:x;PASSWORD=hunter2;MODE=PostgreSQL", "sa", "").redactedUrl());
        assertTrue(c.isPostgreSql());
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.jdbc("postgres://x", "u", "p"));
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.h2Memory("a;b"));
    }

    @Test
    void anInMemoryDatabaseVanishesOnClose() {
        try (Database db = Database.open(DatabaseConfig.h2Memory("vanishing"), clock)) {
            new DeviceRepository(db).upsert(StoreTestBase.otaaDevice(1));
        }
        try (Database db = Database.open(DatabaseConfig.h2Memory("vanishing"), clock)) {
            assertEquals(0, new DeviceRepository(db).count(DeviceFilter.all()));
        }
    }
}
