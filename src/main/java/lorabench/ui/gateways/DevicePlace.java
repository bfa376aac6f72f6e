// SPDX-License-Identifier: Apache-2.0
package lorabench.ui.gateways;

import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.types.Eui64;
import lorabench.store.Position;

/// A device as the position plot draws it: its name and where it is (a virtual device's simulated position, else
/// the position stored with the device), if known.
public record DevicePlace(Eui64 devEui, String name, Optional<Position> position, boolean virtual) {
    public DevicePlace {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }
}
