// SPDX-License-Identifier: Apache-2.0
package lorabench.server.join;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.store.DeviceSession;

/// The sessions joins replaced whose device has not yet sent an uplink with the new keys, by their DevAddr (in
/// memory, bounded): an uplink on the old session then means the join was aborted (the device missed the
/// join-accept, or the join-request was replayed), OrbiWAN `JOIN_ABORTED`. Forgotten on the new session's first
/// uplink, when the old one is restored, and over [#CAPACITY] (the oldest entries are not tracked: a map, not an
/// LRU, so an arbitrary one goes).
public final class ReplacedSessions {
    static final int CAPACITY = 10_000;
    private final Map<DevAddr, DeviceSession> byAddr = new ConcurrentHashMap<>();
    private final Map<Eui64, DevAddr> byDevice = new ConcurrentHashMap<>();

    /// Remembers that a join replaced `old`.
    void replaced(DeviceSession old) {
        if (byAddr.size() >= CAPACITY) {
            byAddr.keySet().stream().findAny().ifPresent(this::drop);
        }
        forget(old.devEui());
        byAddr.put(old.devAddr(), old);
        byDevice.put(old.devEui(), old.devAddr());
    }

    /// {@return the replaced session on `devAddr`}, if any
    public Optional<DeviceSession> onAddress(DevAddr devAddr) {
        return Optional.ofNullable(byAddr.get(devAddr));
    }

    /// Forgets the replaced session of `devEui`: its device used the new keys, or the old session is back.
    public void forget(Eui64 devEui) {
        DevAddr a = byDevice.remove(devEui);
        if (a != null) {
            byAddr.computeIfPresent(a, (k, s) -> s.devEui().equals(devEui) ? null : s);
        }
    }

    private void drop(DevAddr a) {
        DeviceSession s = byAddr.remove(a);
        if (s != null) {
            byDevice.remove(s.devEui(), a);
        }
    }
}
