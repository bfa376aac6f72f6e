// SPDX-License-Identifier: Apache-2.0
package lorabench.server.provisioning;

import lorabench.server.mac.MacState;
import lorabench.server.mac.MacStateJson;
import lorabench.store.Device;
import lorabench.store.DeviceSession;

/// The session an ABP device starts with: its provisioned DevAddr, keys and frame counters, and the band's default
/// MAC state (LoRaWAN L2 1.0.4 §6.2: an ABP device is activated with its session already in place).
final class AbpSessions {
    private AbpSessions() {}

    /// {@return the initial session of the ABP device `d`}
    static DeviceSession initial(Device d) {
        DeviceSession s = DeviceSession.start(d.devEui(), d.devAddr().orElseThrow(), d.macVersion(),
                d.abpKeys().orElseThrow(), MacStateJson.write(MacState.initial(d.band())));
        return s.withCounters(d.fCntUp(), d.fCntDown(), d.fCntDown());
    }

    /// {@return whether the stored session no longer matches what was provisioned}: another DevAddr, version or key,
    /// or counters that the new provisioning sets to other values than the previous one did
    static boolean mustRestart(DeviceSession current, Device previous, Device next) {
        return !current.devAddr().equals(next.devAddr().orElseThrow())
                || current.macVersion() != next.macVersion()
                || !current.keys().equals(next.abpKeys().orElseThrow())
                || previous.fCntUp() != next.fCntUp()
                || previous.fCntDown() != next.fCntDown();
    }
}
