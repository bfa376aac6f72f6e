// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RejoinCounterRepositoryTest extends StoreTestBase {
    private RejoinCounterRepository counters;

    @BeforeEach
    void devices() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        counters = new RejoinCounterRepository(db);
    }

    private boolean accept(int counter, int rj) {
        return db.inTransaction(tx -> counters.accept(tx, eui(1), counter, rj));
    }

    @Test
    void countersMustGrowAndAreIndependent() {
        assertTrue(accept(RejoinCounterRepository.RJ_COUNT_0, 5));
        assertFalse(accept(RejoinCounterRepository.RJ_COUNT_0, 5), "a repeat is a replay");
        assertFalse(accept(RejoinCounterRepository.RJ_COUNT_0, 4), "an older counter is a replay");
        assertTrue(accept(RejoinCounterRepository.RJ_COUNT_1, 0), "RJcount1 is separate");
        assertTrue(accept(RejoinCounterRepository.RJ_COUNT_0, 6));
        assertEquals(Optional.of(6), counters.last(eui(1), RejoinCounterRepository.RJ_COUNT_0));
        assertEquals(Optional.of(0), counters.last(eui(1), RejoinCounterRepository.RJ_COUNT_1));
    }

    @Test
    void aJoinAcceptResetsRjCount0AndNewRootKeysBoth() {
        accept(RejoinCounterRepository.RJ_COUNT_0, 9);
        accept(RejoinCounterRepository.RJ_COUNT_1, 9);
        db.runInTransaction(tx -> counters.resetRjCount0(tx, eui(1)));
        assertTrue(accept(RejoinCounterRepository.RJ_COUNT_0, 0));
        assertFalse(accept(RejoinCounterRepository.RJ_COUNT_1, 9));
        db.runInTransaction(tx -> counters.reset(tx, eui(1)));
        assertEquals(Optional.empty(), counters.last(eui(1), RejoinCounterRepository.RJ_COUNT_1));
    }

    @Test
    void rejoinTypesMapToTheirCounters() {
        assertEquals(RejoinCounterRepository.RJ_COUNT_0, RejoinCounterRepository.counterOf(0));
        assertEquals(RejoinCounterRepository.RJ_COUNT_1, RejoinCounterRepository.counterOf(1));
        assertEquals(RejoinCounterRepository.RJ_COUNT_0, RejoinCounterRepository.counterOf(2));
        assertThrows(IllegalArgumentException.class, () -> RejoinCounterRepository.counterOf(3));
    }
}
