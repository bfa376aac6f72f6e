// SPDX-License-Identifier: Apache-2.0
package lorabench.server.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.store.DeviceChanges;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;

/// The uplink path's in-memory copy of device contexts (device, session, MAC state), keyed by DevEUI and indexed by
/// DevAddr, so a frame costs no database read.
///
/// Coherence:
/// - The uplink path owns the FCntUp, confirmed-FCnt and MAC state of a cached session: it replaces a [Slot]'s
///   context with the state its commit writes, in the same step as it queues that commit (so the next frame of the
///   device sees it), and drops the slot when the commit does not apply ([#invalidate]).
/// - Every other write of a device or session row made through the repositories (provisioning, deletion, a join or
///   rejoin, an ABP activation, an ended session, a MAC state replaced outside an uplink) arrives as a
///   [DeviceChanges] notice when its transaction ends, and drops the device and the DevAddr lists it is in.
/// - A DevAddr is loaded from the database on first use with all its sessions (DevAddr is not unique, L2 1.0.4
///   §6.1.1); an unknown DevAddr is remembered as having none until a session takes it. A load that overlaps a
///   notice is used once and not kept, so a notice is never undone by a slower load.
///
/// The downlink counters (NFCntDown, AFCntDown) of a cached session are not kept current: downlink code reads and
/// takes them in its own transaction.
public final class DeviceCache implements AutoCloseable {
    /// Unknown DevAddrs remembered at most (foreign traffic), beyond which they are forgotten.
    static final int MAX_UNKNOWN = 100_000;

    /// One device's current context; its identity lets the uplink path tell whether the context changed.
    public static final class Slot {
        private volatile DeviceContext context;

        Slot(DeviceContext context) {
            this.context = context;
        }

        public DeviceContext context() {
            return context;
        }

        /// Replaces the context with `next` when it is still `expected`. {@return whether it was}
        public synchronized boolean advance(DeviceContext expected, DeviceContext next) {
            if (context != expected) {
                return false;
            }
            context = Objects.requireNonNull(next, "next");
            return true;
        }
    }

    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final DeviceChanges changes;
    private final Consumer<DeviceChanges.Change> listener = c -> invalidate(c.devEui(), c.devAddr());
    private final ConcurrentHashMap<Eui64, Slot> byEui = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<DevAddr, List<Eui64>> byAddr = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private long epoch; // guarded by lock
    private int unknown; // guarded by lock

    /// A cache over `devices` and `sessions`, listening to `changes` (the notices of the same database).
    public DeviceCache(DeviceRepository devices, DeviceSessionRepository sessions, DeviceChanges changes) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.changes = Objects.requireNonNull(changes, "changes");
        changes.subscribe(listener);
    }

    /// Stops listening to the change notices and drops everything.
    @Override
    public void close() {
        changes.unsubscribe(listener);
        invalidateAll();
    }

    /// {@return the slots of every session using `devAddr`}, in DevEUI order, loaded from the database when not
    /// cached; empty when no session uses it
    public List<Slot> candidates(DevAddr devAddr) {
        List<Eui64> euis = byAddr.get(devAddr);
        if (euis == null) {
            return load(devAddr);
        }
        if (euis.size() == 1) {
            Slot s = byEui.get(euis.getFirst());
            return s == null ? load(devAddr) : List.of(s);
        }
        List<Slot> out = new ArrayList<>(euis.size());
        for (Eui64 eui : euis) {
            Slot s = byEui.get(eui);
            if (s == null) {
                return load(devAddr);
            }
            out.add(s);
        }
        return out;
    }

    /// Loads the sessions of the store, up to `max` of them, with their devices, so the first frame of each
    /// device costs no read either (a server that starts on a populated store). {@return how many were loaded}
    public int preload(int max) {
        long before;
        synchronized (lock) {
            before = epoch;
        }
        Map<Eui64, DeviceContext> loaded = new HashMap<>();
        Optional<Eui64> after = Optional.empty();
        int pageSize = 1000;
        while (loaded.size() < max) {
            List<DeviceSession> page = sessions.page(after, Math.min(pageSize, max - loaded.size()));
            if (page.isEmpty()) {
                break;
            }
            for (DeviceSession s : page) {
                devices.find(s.devEui()).ifPresent(d -> loaded.put(d.devEui(), DeviceContext.of(d, s)));
            }
            after = Optional.of(page.getLast().devEui());
        }
        synchronized (lock) {
            if (epoch != before) {
                return 0; // a change arrived meanwhile: load lazily instead
            }
            Map<DevAddr, List<Eui64>> addrs = new HashMap<>();
            for (DeviceContext c : loaded.values()) {
                byEui.putIfAbsent(c.device().devEui(), new Slot(c));
                addrs.computeIfAbsent(c.session().devAddr(), a -> new ArrayList<>()).add(c.device().devEui());
            }
            if (loaded.size() < max) {
                // Every session was read, so these lists are complete.
                addrs.forEach((a, l) -> byAddr.putIfAbsent(a, List.copyOf(l.stream().sorted().toList())));
            }
            return loaded.size();
        }
    }

    /// {@return the cached context of the device}, empty when it is not cached (no database read)
    public Optional<DeviceContext> cached(Eui64 devEui) {
        return Optional.ofNullable(byEui.get(devEui)).map(Slot::context);
    }

    /// Drops the device, the DevAddr list its cached session is in, and the list of `newDevAddr` (the DevAddr a
    /// change gave it, when known). Call it after writing a device or session row without the repositories.
    public void invalidate(Eui64 devEui, Optional<DevAddr> newDevAddr) {
        synchronized (lock) {
            epoch++;
            Slot s = byEui.remove(devEui);
            if (s != null) {
                byAddr.remove(s.context().session().devAddr());
            }
            newDevAddr.ifPresent(byAddr::remove);
        }
    }

    /// Drops everything (after a bulk change).
    public void invalidateAll() {
        synchronized (lock) {
            epoch++;
            byEui.clear();
            byAddr.clear();
            unknown = 0;
        }
    }

    /// {@return how many devices are cached}
    public int size() {
        return byEui.size();
    }

    private List<Slot> load(DevAddr devAddr) {
        long before;
        synchronized (lock) {
            before = epoch;
        }
        List<Slot> loaded = new ArrayList<>(1);
        for (DeviceSession s : sessions.findByDevAddr(devAddr)) {
            devices.find(s.devEui()).ifPresent(d -> loaded.add(new Slot(DeviceContext.of(d, s))));
        }
        synchronized (lock) {
            if (epoch != before) {
                return loaded; // a change arrived meanwhile: use what was read once, keep nothing
            }
            List<Slot> out = new ArrayList<>(loaded.size());
            List<Eui64> euis = new ArrayList<>(loaded.size());
            for (Slot s : loaded) {
                Eui64 eui = s.context().device().devEui();
                Slot known = byEui.putIfAbsent(eui, s);
                out.add(known == null ? s : known);
                euis.add(eui);
            }
            if (euis.isEmpty() && ++unknown > MAX_UNKNOWN) {
                byAddr.values().removeIf(List::isEmpty);
                unknown = 1;
            }
            byAddr.put(devAddr, List.copyOf(euis));
            return out;
        }
    }
}
