// SPDX-License-Identifier: Apache-2.0
package lorabench.server.session;

import java.util.Objects;
import java.util.Optional;
import lorabench.server.mac.MacState;
import lorabench.store.Activation;
import lorabench.store.Device;
import lorabench.store.DeviceRepository;
import lorabench.store.DeviceSession;
import lorabench.store.DeviceSessionRepository;
import lorabench.store.Tx;

/// The device-session service for the APIs, the GUI and the CLI: reads sessions, activates ABP devices and ends
/// sessions. OTAA sessions are created by the join server.
public final class DeviceSessions {
    private final DeviceRepository devices;
    private final DeviceSessionRepository sessions;
    private final Optional<DeviceCache> cache;

    public DeviceSessions(DeviceRepository devices, DeviceSessionRepository sessions) {
        this(devices, sessions, Optional.empty());
    }

    /// Sessions whose writes also keep `cache` (the uplink path's) coherent.
    public DeviceSessions(DeviceRepository devices, DeviceSessionRepository sessions, DeviceCache cache) {
        this(devices, sessions, Optional.of(cache));
    }

    private DeviceSessions(DeviceRepository devices, DeviceSessionRepository sessions, Optional<DeviceCache> cache) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.cache = cache;
    }

    /// Makes the uplink path forget what it holds of the device, so its next frame reads the device and session
    /// from the store. Writes through the repositories do this by themselves ([lorabench.store.DeviceChanges]);
    /// call it after changing device or session rows in another way.
    public void invalidate(lorabench.lorawan.types.Eui64 devEui) {
        cache.ifPresent(c -> c.invalidate(devEui, Optional.empty()));
    }

    /// As [#invalidate(lorabench.lorawan.types.Eui64)], for every device.
    public void invalidateAll() {
        cache.ifPresent(DeviceCache::invalidateAll);
    }

    /// {@return the active session of the device}
    public Optional<DeviceSession> find(lorabench.lorawan.types.Eui64 devEui) {
        return sessions.find(devEui);
    }

    /// {@return the device with its session and MAC state}, empty when either is missing
    public Optional<DeviceContext> context(lorabench.lorawan.types.Eui64 devEui) {
        return devices.find(devEui).flatMap(d -> sessions.find(devEui).map(s -> DeviceContext.of(d, s)));
    }

    /// Starts the session of an ABP device from its provisioned DevAddr, keys and frame counters (the device's
    /// `fCntUp` is the next uplink counter expected, `fCntDown` the next downlink counter), replacing any session it
    /// had. Call it after provisioning or re-provisioning an ABP device. {@return the session}
    /// @throws IllegalArgumentException when the device is not ABP
    public DeviceSession activateAbp(Device device) {
        if (device.activation() != Activation.ABP) {
            throw new IllegalArgumentException("device " + device.devEui() + " is not an ABP device");
        }
        DeviceSession s = DeviceSession.start(device.devEui(), device.devAddr().orElseThrow(), device.macVersion(),
                device.abpKeys().orElseThrow(), MacStates.json(MacState.initial(device.band())))
                .withCounters(device.fCntUp(), device.fCntDown(), device.fCntDown());
        return sessions.save(s);
    }

    /// As [#activateAbp(Device)], in the caller's transaction.
    public DeviceSession activateAbp(Tx tx, Device device) {
        DeviceSession s = DeviceSession.start(device.devEui(), device.devAddr().orElseThrow(), device.macVersion(),
                device.abpKeys().orElseThrow(), MacStates.json(MacState.initial(device.band())))
                .withCounters(device.fCntUp(), device.fCntDown(), device.fCntDown());
        return sessions.save(tx, s);
    }

    /// Ends the device's session (it must join again). {@return whether it had one}
    public boolean end(lorabench.lorawan.types.Eui64 devEui) {
        return sessions.delete(devEui);
    }
}
