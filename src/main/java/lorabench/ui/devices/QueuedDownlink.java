// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.devices;

import java.util.Objects;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Downlink;

/// A queued downlink with the device it is for, as the Downlinks screen lists them.
public record QueuedDownlink(Downlink downlink, Eui64 devEui, String deviceName) {
    public QueuedDownlink {
        Objects.requireNonNull(downlink, "downlink");
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(deviceName, "deviceName");
    }
}
