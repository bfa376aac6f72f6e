// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.Test;

/// One de-duplication window's writes commit together or not at all.
class TransactionTest extends StoreTestBase {

    @Test
    void aWriteBatchCommitsUplinkLogAndCountersTogether() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        DeviceSessionRepository sessions = new DeviceSessionRepository(db);
        sessions.save(DeviceSession.start(eui(1), DevAddr.parse("26011BDA"), MacVersion.V1_0_4,
                SessionKeys.of10(key(1), key(2)), "{\"dataRate\":0}"));
        UplinkRepository uplinks = new UplinkRepository(db);
        SessionLogRepository log = new SessionLogRepository(db);
        WriteBatch batch = db.newBatch()
                .add(tx -> assertTrue(sessions.advanceFCntUp(tx, eui(1), 0, 1, Optional.empty())))
                .add(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(1, 0, 0, Optional.of(1))))
                .add(tx -> log.insert(tx, SessionLogRepositoryTest.entry(1, 0, 0)));
        assertEquals(3, batch.size());
        batch.commit();
        assertEquals(1, sessions.find(eui(1)).orElseThrow().fCntUp());
        assertEquals(1, uplinks.count(UplinkQuery.all()));
        assertEquals(1, log.count(SessionLogQuery.all()));
        assertThrows(IllegalStateException.class, batch::commit);
    }

    @Test
    void aFailingStepRollsBackTheWholeBatch() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        UplinkRepository uplinks = new UplinkRepository(db);
        SessionLogRepository log = new SessionLogRepository(db);
        WriteBatch batch = db.newBatch()
                .add(tx -> log.insert(tx, SessionLogRepositoryTest.entry(1, 0, 0)))
                .add(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(1, 0, 0, Optional.of(1))))
                // an uplink of an unknown device violates the foreign key
                .add(tx -> uplinks.insert(tx, UplinkRepositoryTest.uplink(42, 0, 0, Optional.of(1))));
        assertThrows(StoreException.class, batch::commit);
        assertEquals(0, uplinks.count(UplinkQuery.all()));
        assertEquals(0, log.count(SessionLogQuery.all()));
    }

    @Test
    void anExceptionInTheWorkRollsBack() {
        SessionLogRepository log = new SessionLogRepository(db);
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(tx -> {
            log.insert(tx, SessionLogRepositoryTest.entry(1, 0, 0));
            throw new IllegalStateException("boom");
        }));
        assertEquals(0, log.count(SessionLogQuery.all()));
    }
}
