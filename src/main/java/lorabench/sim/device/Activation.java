// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.device;

import java.util.Objects;
import lorabench.lorawan.crypto.SessionKeys;
import lorabench.lorawan.types.DevAddr;

/// How a device gets its session (LoRaWAN L2 1.0.4 §6.2 OTAA, §6.3 ABP).
public sealed interface Activation {

    /// Over-the-air activation with the root keys of the [DeviceConfig].
    record Otaa() implements Activation {}

    /// Activation by personalisation: a fixed DevAddr and session keys (a 1.0 session as [SessionKeys.Keys10#asKeys11()]).
    record Abp(DevAddr devAddr, SessionKeys.Keys11 keys) implements Activation {
        public Abp {
            Objects.requireNonNull(devAddr, "devAddr");
            Objects.requireNonNull(keys, "keys");
        }
    }
}
