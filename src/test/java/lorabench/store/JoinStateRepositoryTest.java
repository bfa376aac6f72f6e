// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.DevNonce;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.JoinNonce;
import lorabench.lorawan.types.MacVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JoinStateRepositoryTest extends StoreTestBase {
    private static final Eui64 JOIN_EUI = Eui64.parse("70B3D57ED0000000");
    private JoinStateRepository joins;

    @BeforeEach
    void devices() {
        new DeviceRepository(db).upsert(otaaDevice(1));
        joins = new JoinStateRepository(db);
    }

    private boolean accept(MacVersion v, int nonce) {
        return db.inTransaction(tx -> joins.acceptDevNonce(tx, eui(1), JOIN_EUI, v, new DevNonce(nonce)));
    }

    @Test
    void counterDevNoncesMustGrow() {
        assertTrue(accept(MacVersion.V1_0_4, 0));
        assertTrue(accept(MacVersion.V1_0_4, 5));
        assertFalse(accept(MacVersion.V1_0_4, 5), "a repeat is a replay");
        assertFalse(accept(MacVersion.V1_0_4, 3), "an older nonce is a replay");
        assertTrue(accept(MacVersion.V1_1, 6));
        assertEquals(Optional.of(new DevNonce(6)), joins.lastDevNonce(eui(1), JOIN_EUI));
    }

    @Test
    void randomDevNoncesMustNotRepeat() {
        assertTrue(accept(MacVersion.V1_0_2, 0xBEEF));
        assertTrue(accept(MacVersion.V1_0_2, 0x0001));
        assertFalse(accept(MacVersion.V1_0_2, 0xBEEF));
        assertEquals(List.of(new DevNonce(1), new DevNonce(0xBEEF)), joins.usedDevNonces(eui(1), JOIN_EUI));
        assertEquals(Optional.of(new DevNonce(1)), joins.lastDevNonce(eui(1), JOIN_EUI));
    }

    @Test
    void joinNoncesCountPerDeviceAndJoinServer() {
        new DeviceRepository(db).upsert(otaaDevice(2));
        Eui64 other = Eui64.parse("0000000000000001");
        assertEquals(new JoinNonce(0), db.inTransaction(tx -> joins.nextJoinNonce(tx, eui(1), JOIN_EUI)));
        assertEquals(new JoinNonce(1), db.inTransaction(tx -> joins.nextJoinNonce(tx, eui(1), JOIN_EUI)));
        assertEquals(new JoinNonce(0), db.inTransaction(tx -> joins.nextJoinNonce(tx, eui(1), other)));
        assertEquals(new JoinNonce(0), db.inTransaction(tx -> joins.nextJoinNonce(tx, eui(2), JOIN_EUI)));
        joins.reset(eui(1));
        assertEquals(Optional.empty(), joins.lastDevNonce(eui(1), JOIN_EUI));
        assertEquals(new JoinNonce(0), db.inTransaction(tx -> joins.nextJoinNonce(tx, eui(1), JOIN_EUI)));
    }
}
