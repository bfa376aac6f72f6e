// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lorabench.lorawan.types.DevAddr;
import lorabench.store.Activation;
import lorabench.store.Device;
import lorabench.store.DeviceSession;

/// One row of the device table: the provisioned device, its session (if any) and whether a virtual device of the
/// in-process simulator stands behind it.
///
/// @param device  as stored
/// @param session the active session; empty for an OTAA device that has not joined
/// @param virtual whether the simulator drives a virtual device with this DevEUI
public record DeviceRow(Device device, Optional<DeviceSession> session, boolean virtual) {
    public DeviceRow {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(session, "session");
    }

    /// {@return "joined", "not joined" (OTAA without session) or "active" (ABP with session)}
    public String status() {
        if (session.isEmpty()) {
            return device.activation() == Activation.OTAA ? "not joined" : "inactive";
        }
        return device.activation() == Activation.OTAA ? "joined" : "active";
    }

    /// {@return the session's DevAddr, else the provisioned one}
    public Optional<DevAddr> devAddr() {
        return session.map(DeviceSession::devAddr).or(device::devAddr);
    }

    /// {@return the FCnt of the last accepted uplink}; empty before the first one of the session
    public OptionalLong lastFCntUp() {
        return session.filter(s -> s.fCntUp() > 0).map(s -> OptionalLong.of(s.fCntUp() - 1))
                .orElse(OptionalLong.empty());
    }

    /// {@return the next downlink FCnt (NFCntDown; AFCntDown for 1.1 application frames is shown beside it)}
    public OptionalLong nextFCntDown() {
        return session.map(s -> OptionalLong.of(Math.max(s.nFCntDown(), s.aFCntDown()))).orElse(OptionalLong.empty());
    }

    /// {@return whether `query` matches}: every blank-separated word occurs in the DevEUI, name, DevAddr, status,
    /// class, region or version (case-insensitive)
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = String.join(" ", device.devEui().toString(), device.name(),
                devAddr().map(Object::toString).orElse(""), status(), "class-" + device.deviceClass(),
                device.region().text(), device.macVersion().toString(), device.activation().name(),
                virtual ? "virtual" : "").toLowerCase(java.util.Locale.ROOT);
        for (String word : query.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
