// SPDX-License-Identifier: Apache-2.0
package lorabench.api.orbiwise.push;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Account;
import lorabench.store.AccountChanges;
import lorabench.store.AccountRepository;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceChanges;
import lorabench.store.DeviceRepository;

/// The devices and accounts every uplink push reads (recipients, URL and header substitution, body), kept in
/// memory so a push costs no database read for them.
///
/// Coherence: every write of a device row through [DeviceRepository] (provisioning, tags, deletion) or of its
/// session arrives as a [DeviceChanges] notice and drops that device; every write of an account through
/// [AccountRepository] arrives as an account notice and drops all accounts and sub-account lists (account writes
/// are rare; a deleted account takes its sub-accounts with it). A load that overlaps a notice is used once and not
/// kept, so a notice is never undone by a slower load. The device's radio contact (`last_seen`, written by the
/// uplink path without notice) may be stale in a cached copy: read the repository where it matters (`nodeinfo`).
/// Bounded: past [#MAX_ENTRIES] entries of a kind, that kind is dropped and refilled on use.
public final class OwPushCache implements AutoCloseable {
    static final int MAX_ENTRIES = 10_000;

    private final DeviceRepository devices;
    private final AccountRepository accounts;
    private final DeviceChanges deviceChanges;
    private final AccountChanges accountChanges;
    private final Consumer<DeviceChanges.Change> onDevice = c -> dropDevice(c.devEui());
    private final LongConsumer onAccount = id -> dropAccounts();
    private final Table<Eui64, Optional<Device>> byEui = new Table<>();
    private final Table<Long, Optional<Account>> byId = new Table<>();
    private final Table<Long, List<Account>> children = new Table<>();

    /// One cached kind; `epoch` counts its notices, so a load that overlaps one is not kept.
    private static final class Table<K, V> {
        final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
        long epoch; // guarded by this

        V get(K key, Supplier<V> load) {
            V v = map.get(key);
            if (v != null) {
                return v;
            }
            long before;
            synchronized (this) {
                before = epoch;
            }
            V loaded = load.get();
            synchronized (this) {
                if (epoch == before) {
                    if (map.size() >= MAX_ENTRIES) {
                        map.clear();
                    }
                    map.put(key, loaded);
                }
            }
            return loaded;
        }

        synchronized void drop(K key) {
            epoch++;
            map.remove(key);
        }

        synchronized void dropAll() {
            epoch++;
            map.clear();
        }
    }

    /// A cache over `db`'s devices and accounts, listening to its change notices until [#close].
    public OwPushCache(Database db) {
        this.devices = new DeviceRepository(db);
        this.accounts = new AccountRepository(db);
        this.deviceChanges = db.deviceChanges();
        this.accountChanges = db.accountChanges();
        deviceChanges.subscribe(onDevice);
        accountChanges.subscribe(onAccount);
    }

    /// {@return the device}, from memory when cached
    public Optional<Device> device(Eui64 devEui) {
        return byEui.get(devEui, () -> devices.find(devEui));
    }

    /// {@return the account}, from memory when cached
    public Optional<Account> account(long id) {
        return byId.get(id, () -> accounts.find(id));
    }

    /// {@return the accounts owned by `parentId`} in id order, from memory when cached
    public List<Account> children(long parentId) {
        return children.get(parentId, () -> List.copyOf(accounts.children(parentId)));
    }

    private void dropDevice(Eui64 devEui) {
        byEui.drop(devEui);
    }

    private void dropAccounts() {
        byId.dropAll();
        children.dropAll();
    }

    /// Stops listening to the notices and drops everything.
    @Override
    public void close() {
        deviceChanges.unsubscribe(onDevice);
        accountChanges.unsubscribe(onAccount);
        byEui.dropAll();
        dropAccounts();
    }
}
