// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.server.push.PushFixture;
import lorabench.store.Account;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.DatabaseConfig;
import lorabench.store.DeviceRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The push cache follows every device and account write made through the repositories.
class OwPushCacheTest {
    @TempDir
    Path dir;
    Database db;
    PushFixture fx;
    OwPushCache cache;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseConfig.h2File(dir));
        fx = new PushFixture(db, "alice", "pw", Eui64.parse("0102030405060708"), DevAddr.parse("26011BDA"));
        cache = new OwPushCache(db);
    }

    @AfterEach
    void close() {
        cache.close();
        db.close();
    }

    @Test
    void aDeviceWriteIsSeenByTheNextRead() {
        DeviceRepository devices = new DeviceRepository(db);
        assertEquals(Map.of(), cache.device(fx.device.devEui()).orElseThrow().tags());
        devices.upsert(fx.device.withTags(Map.of("push_header_X-Site", "north")));
        assertEquals(Map.of("push_header_X-Site", "north"), cache.device(fx.device.devEui()).orElseThrow().tags());
        devices.delete(fx.device.devEui());
        assertEquals(Optional.empty(), cache.device(fx.device.devEui()));
        Eui64 later = Eui64.parse("AAAAAAAAAAAAAAAA");
        assertEquals(Optional.empty(), cache.device(later), "an unknown device is remembered as absent");
        devices.upsert(fx.device.withName("late"));
        assertEquals("late", cache.device(fx.device.devEui()).orElseThrow().name(), "until it is provisioned");
    }

    @Test
    void anAccountWriteIsSeenByTheNextRead() {
        AccountRepository accounts = new AccountRepository(db);
        long id = fx.account.id();
        assertEquals(Map.of(), cache.account(id).orElseThrow().tags());
        assertEquals(List.of(), cache.children(id));
        accounts.update(cache.account(id).orElseThrow().withTags(Map.of("site", "north")));
        assertEquals(Map.of("site", "north"), cache.account(id).orElseThrow().tags());
        Account app = accounts.insert(Account.newApplication("#app.meters#alice", "x", id));
        assertEquals(List.of(app.id()), cache.children(id).stream().map(Account::id).toList());
        accounts.delete(id);
        assertTrue(cache.account(id).isEmpty());
        assertTrue(cache.account(app.id()).isEmpty(), "sub-accounts go with their parent");
        assertEquals(List.of(), cache.children(id));
    }
}
