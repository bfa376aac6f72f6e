// SPDX-License-Identifier: Apache-2.0
package lorabench.server.device;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.server.downlink.StatusChanges;
import lorabench.server.session.DeviceSessions;
import lorabench.store.Activation;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Downlink;
import lorabench.store.DownlinkRepository;
import lorabench.store.DownlinkStatus;
import lorabench.store.DownlinkTarget;
import lorabench.store.JoinStateRepository;
import lorabench.store.RejoinCounterRepository;

/// Creates, updates and deletes devices and keeps their sessions consistent, each in one transaction: what every
/// provisioning path (APIs, GUI, CLI import) calls instead of writing [DeviceRepository] directly.
///
/// - An ABP device gets its session from its provisioned DevAddr, keys and counters ([DeviceSessions#activateAbp]).
/// - A change of what a session is made of (activation, LoRaWAN version, region, JoinEUI, root keys, DevAddr, ABP
///   session keys, or an ABP device's provisioned counters) ends the old session; an ABP device is activated again
///   at once, an OTAA device must join again. Queued downlinks stay queued (a join cancels them, as always).
/// - New root keys or JoinEUI also forget the join-server state (DevNonces, JoinNonce) and the rejoin counters: a
///   re-provisioned device starts again from DevNonce 0.
/// - Deleting a device ends its session and cancels its queued downlinks (announced as CANCELLED).
///
/// Sessions are written through [DeviceSessionRepository]: a session cache in front of it must be refreshed after
/// these calls (none exists when this class was written).
public final class DeviceService {
    /// What became of a create or an update.
    public sealed interface Result {
        /// Stored; `session` is the device's session after the change (empty for an OTAA device that must join),
        /// `sessionEnded` tells whether a previous session was ended.
        record Saved(Device device, Optional<DeviceSession> session, boolean sessionEnded) implements Result {}

        /// [DeviceService#update] of a device that does not exist.
        record NotFound(Eui64 devEui) implements Result {}

        /// [DeviceService#create] of a DevEUI already provisioned.
        record AlreadyExists(Eui64 devEui) implements Result {}
    }

    private final Database db;
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final DeviceSessions deviceSessions;
    private final DownlinkRepository downlinks;
    private final JoinStateRepository joinStates;
    private final RejoinCounterRepository rejoinCounters;
    private final StatusChanges statuses;

    public DeviceService(Database db, DeviceRepository devices, DeviceSessionRepository sessions,
            DeviceSessions deviceSessions, DownlinkRepository downlinks, JoinStateRepository joinStates,
            RejoinCounterRepository rejoinCounters, StatusChanges statuses) {
        this.db = Objects.requireNonNull(db, "db");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.deviceSessions = Objects.requireNonNull(deviceSessions, "deviceSessions");
        this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
        this.joinStates = Objects.requireNonNull(joinStates, "joinStates");
        this.rejoinCounters = Objects.requireNonNull(rejoinCounters, "rejoinCounters");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
    }

    /// Provisions a new device; an ABP device is activated in the same transaction. {@return the result}
    public Result create(Device device) {
        Objects.requireNonNull(device, "device");
        return db.inTransaction(tx -> {
            if (devices.find(tx, device.devEui()).isPresent()) {
                return new Result.AlreadyExists(device.devEui());
            }
            Device stored = devices.upsert(tx, device);
            Optional<DeviceSession> s = stored.activation() == Activation.ABP
                    ? Optional.of(deviceSessions.activateAbp(tx, stored)) : Optional.empty();
            return new Result.Saved(stored, s, false);
        });
    }

    /// Replaces a device's settings, ending or renewing its session when what the session is made of changed.
    /// {@return the result}
    public Result update(Device device) {
        Objects.requireNonNull(device, "device");
        record Updated(Result result, boolean newRootKeys) {}
        Updated u = db.inTransaction(tx -> {
            Optional<Device> before = devices.find(tx, device.devEui());
            if (before.isEmpty()) {
                return new Updated(new Result.NotFound(device.devEui()), false);
            }
            Device stored = devices.upsert(tx, device);
            if (!sessionChanged(before.get(), stored)) {
                return new Updated(new Result.Saved(stored, sessions.find(tx, stored.devEui()), false), false);
            }
            boolean ended = sessions.delete(tx, stored.devEui());
            boolean newRootKeys = rootKeysChanged(before.get(), stored);
            if (newRootKeys) {
                rejoinCounters.reset(tx, stored.devEui());
            }
            Optional<DeviceSession> s = stored.activation() == Activation.ABP
                    ? Optional.of(deviceSessions.activateAbp(tx, stored)) : Optional.empty();
            return new Updated(new Result.Saved(stored, s, ended), newRootKeys);
        });
        if (u.newRootKeys()) {
            joinStates.reset(device.devEui());
        }
        return u.result();
    }

    /// Deletes the device with its session, queue and history. {@return whether it existed}
    public boolean delete(Eui64 devEui) {
        Objects.requireNonNull(devEui, "devEui");
        record Deleted(boolean existed, List<Downlink> cancelled) {}
        Deleted d = db.inTransaction(tx -> {
            List<Downlink> cancelled = downlinks.cancelPending(tx, new DownlinkTarget.Device(devEui));
            sessions.delete(tx, devEui);
            return new Deleted(devices.delete(tx, devEui), cancelled);
        });
        d.cancelled().forEach(x -> statuses.announce(x, DownlinkStatus.PENDING, DownlinkStatus.CANCELLED,
                Optional.of("device deleted")));
        return d.existed();
    }

    /// {@return whether `after` needs a new session}: what a session is derived from changed
    static boolean sessionChanged(Device before, Device after) {
        return before.activation() != after.activation() || before.macVersion() != after.macVersion()
                || before.region() != after.region() || rootKeysChanged(before, after)
                || !before.devAddr().equals(after.devAddr()) || !before.abpKeys().equals(after.abpKeys())
                || after.activation() == Activation.ABP
                        && (before.fCntUp() != after.fCntUp() || before.fCntDown() != after.fCntDown());
    }

    /// {@return whether the join-server identity changed}: JoinEUI, AppKey or NwkKey
    static boolean rootKeysChanged(Device before, Device after) {
        return !before.joinEui().equals(after.joinEui()) || !before.appKey().equals(after.appKey())
                || !before.nwkKey().equals(after.nwkKey());
    }
}
