// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Optional;
import lorabench.lorawan.types.Eui64;

/// Where devices keep their [DeviceState] across restarts (frame counters, DevNonce, session).
public interface DeviceStateStore {

    Optional<DeviceState> load(Eui64 devEui);

    void save(Eui64 devEui, DeviceState state);
}
