// SPDX-License-Identifier: Apache-2.0
package lorabench.server.session;

import java.util.Objects;
import lorabench.lorawan.band.Band;
import lorabench.server.mac.MacState;
import lorabench.store.Device;
import lorabench.store.DeviceSession;

/// A device with its active session, its band and its MAC state: what the uplink and downlink paths work on.
public record DeviceContext(Device device, DeviceSession session, Band band, MacState mac) {
    public DeviceContext {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mac, "mac");
    }

    /// {@return the context of `device` in `session`}, its MAC state read from the session
    public static DeviceContext of(Device device, DeviceSession session) {
        Band band = device.band();
        return new DeviceContext(device, session, band, MacStates.of(session, band));
    }

    public DeviceContext withSession(DeviceSession s, MacState m) {
        return new DeviceContext(device, s, band, m);
    }
}
