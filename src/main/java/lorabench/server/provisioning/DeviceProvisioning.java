// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Activation;
import lorabench.store.Database;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.JoinStateRepository;
import lorabench.store.Tx;

/// Provisions devices one at a time, with the validation of the import format ([DeviceValidator]): the service the
/// GUI, the northbound APIs and [DeviceImport] share.
///
/// Storing an ABP device also (re)starts its session when it has none or when its DevAddr, keys, version or
/// provisioned counters changed; turning an ABP device into an OTAA one ends its session. Re-provisioning an existing
/// device keeps its owner, position, relaxed-FCnt flag and vendor attributes.
public final class DeviceProvisioning {
    private final Database db;
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final JoinStateRepository joinStates;
    private final DeviceValidator validator = new DeviceValidator();

    public DeviceProvisioning(Database db) {
        this.db = db;
        this.devices = new DeviceRepository(db);
        this.sessions = new DeviceSessionRepository(db);
        this.joinStates = new JoinStateRepository(db);
    }

    /// {@return the device `input` describes, or its violations}, without storing anything
    public DeviceValidator.Outcome validate(DeviceInput input) {
        return validator.validate(input);
    }

    /// {@return the outcome of validating `input`} with application keys possibly held by `custody`
    public DeviceValidator.Outcome validate(DeviceInput input, KeyCustody custody) {
        return validator.validate(input, custody);
    }

    /// Creates a device. {@return it as stored}
    /// @throws InvalidDeviceException when a field is bad or the DevEUI is taken
    public Device create(DeviceInput input) throws InvalidDeviceException {
        Device d = valid(input);
        if (devices.find(d.devEui()).isPresent()) {
            throw new InvalidDeviceException(List.of(Violation.of(ImportFields.DEV_EUI,
                    "a device with DevEUI " + d.devEui() + " exists already")));
        }
        return save(d);
    }

    /// Replaces the provisioned fields of an existing device. {@return it as stored, or empty when there is none}
    /// @throws InvalidDeviceException when a field is bad
    public Optional<Device> update(DeviceInput input) throws InvalidDeviceException {
        Device d = valid(input);
        if (devices.find(d.devEui()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(save(d));
    }

    /// Creates or replaces a device that is already valid (callers that set the owner or position build it
    /// themselves). {@return it as stored}
    public Device save(Device device) {
        Stored s = db.inTransaction(tx -> store(tx, device));
        endSessions(s.endedSessions());
        return s.device();
    }

    /// Starts a provisioned device over, as one switched on for the first time: an OTAA device's join state is
    /// forgotten, so it may count DevNonces from 0 again (the join server would refuse them as replays, L2 1.0.4
    /// §6.2.4), and an ABP device's session restarts at its provisioned DevAddr, keys and counters (an uplink from
    /// FCnt 0 would otherwise be a replay). Run again, a scenario's virtual devices start from their initial state,
    /// so the server they talk to must too. {@return whether the device exists}
    public boolean startOver(Eui64 devEui) {
        Optional<Device> d = devices.find(devEui);
        if (d.isEmpty()) {
            return false;
        }
        if (d.get().activation() == Activation.ABP) {
            sessions.save(AbpSessions.initial(d.get()));
        } else {
            joinStates.reset(devEui);
        }
        return true;
    }

    /// Deletes the device with its session, uplinks and queue. {@return whether it existed}
    public boolean delete(Eui64 devEui) {
        return devices.delete(devEui);
    }

    public Optional<Device> find(Eui64 devEui) {
        return devices.find(devEui);
    }

    /// A stored device, and the session to end after the commit (an ABP device that became OTAA).
    record Stored(Device device, Optional<Eui64> endedSessions) {}

    /// Stores `next` in `tx`, keeping what provisioning does not set, and starts or restarts its ABP session.
    Stored store(Tx tx, Device next) {
        Optional<Device> previous = devices.find(tx, next.devEui());
        Device merged = previous.map(p -> next.withOwner(p.ownerAccountId()).withPosition(p.position())
                .withRelaxedFCnt(p.relaxedFCnt()).withAttributes(p.attributes())).orElse(next);
        Device stored = devices.upsert(tx, merged);
        Optional<Eui64> ended = Optional.empty();
        if (stored.activation() == Activation.ABP) {
            Optional<DeviceSession> current = sessions.find(tx, stored.devEui());
            if (current.isEmpty() || previous.isEmpty() || previous.get().activation() != Activation.ABP
                    || AbpSessions.mustRestart(current.get(), previous.get(), stored)) {
                sessions.save(tx, AbpSessions.initial(stored));
            }
        } else if (previous.isPresent() && previous.get().activation() == Activation.ABP) {
            ended = Optional.of(stored.devEui());
        }
        return new Stored(stored, ended);
    }

    /// Ends sessions outside the storing transaction (the session repository deletes in its own transaction).
    void endSessions(Collection<Eui64> devEuis) {
        devEuis.forEach(sessions::delete);
    }

    private void endSessions(Optional<Eui64> devEui) {
        devEui.ifPresent(sessions::delete);
    }

    private Device valid(DeviceInput input) throws InvalidDeviceException {
        return switch (validator.validate(input)) {
            case DeviceValidator.Outcome.Valid v -> v.device();
            case DeviceValidator.Outcome.Invalid i -> throw new InvalidDeviceException(i.violations());
        };
    }
}
