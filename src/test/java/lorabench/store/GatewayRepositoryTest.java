// SPDX-License-Identifier: Apache-2.0
package lorabench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import org.junit.jupiter.api.Test;

class GatewayRepositoryTest extends StoreTestBase {
    private static final Eui64 GW = Eui64.parse("AA555A0000000101");

    @Test
    void roundTripsAndKeepsStatisticsWhenRenamed() {
        GatewayRepository gateways = new GatewayRepository(db);
        long owner = new AccountRepository(db).insert(Account.newUser("o", "h")).id();
        Gateway g = gateways.save(Gateway.of(GW, "roof").withOwner(Optional.of(owner))
                .withPosition(Optional.of(new Position(46.5, 6.6, 400))));
        assertEquals(Optional.of(g), gateways.find(GW));
        Instant t = clock.advance(Duration.ofSeconds(30));
        db.runInTransaction(tx -> {
            assertTrue(gateways.addStats(tx, GW, new GatewayStats(10, 9, 9, 2, 2), t));
            assertTrue(gateways.addStats(tx, GW, new GatewayStats(5, 5, 4, 1, 0), t));
        });
        Gateway renamed = gateways.save(g.withPosition(Optional.empty()));
        assertEquals(new GatewayStats(15, 14, 13, 3, 2), renamed.stats());
        assertEquals(Optional.of(t), renamed.lastSeen());
        assertEquals(Optional.empty(), renamed.position());
        assertTrue(renamed.isOnline(t.plusSeconds(60), Duration.ofMinutes(2)));
        assertFalse(renamed.isOnline(t.plusSeconds(600), Duration.ofMinutes(2)));
        assertEquals(List.of(renamed), gateways.byOwner(owner));
    }

    @Test
    void recordsContactListsAndDeletes() {
        GatewayRepository gateways = new GatewayRepository(db);
        gateways.save(Gateway.of(eui(2), "b"));
        gateways.save(Gateway.of(eui(1), "a"));
        Instant t = clock.advance(Duration.ofSeconds(5));
        db.runInTransaction(tx -> {
            assertTrue(gateways.recordSeen(tx, eui(1), t));
            assertFalse(gateways.recordSeen(tx, eui(3), t));
        });
        assertEquals(Optional.of(t), gateways.find(eui(1)).orElseThrow().lastSeen());
        assertEquals(List.of(eui(1), eui(2)), gateways.list(Page.first(5)).stream().map(Gateway::eui).toList());
        assertEquals(2, gateways.count());
        assertTrue(gateways.delete(eui(2)));
        assertEquals(1, gateways.count());
    }
}
