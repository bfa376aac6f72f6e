// SPDX-License-Identifier: Apache-2.0
package lorabench.sim;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import lorabench.lorawan.types.Eui64;
import lorabench.sim.device.DeviceStats;
import lorabench.sim.radio.RadioStats;

/// What a simulation did so far.
///
/// @param packetErrorRate the fraction of uplink transmissions that no gateway delivered to the network
///                        (1 - uplinks forwarded by at least one gateway / uplink transmissions); 0 with no traffic
public record SessionSummary(long joins, long uplinksSent, long transmissions, long downlinksReceived,
        double packetErrorRate, Map<Eui64, Duration> airtimePerDevice, Map<Eui64, DeviceStats> devices,
        RadioStats radio) {

    public SessionSummary {
        // NOTE: not Map.copyOf: its open addressing probes linearly on the raw hash codes, and the DevEUIs of a
        // scenario (consecutive numbers under a few prefixes) hash to consecutive runs that overlap, so copying
        // 10,000 of them took about a second (and a run reports 200 times).
        airtimePerDevice = Collections.unmodifiableMap(new HashMap<>(airtimePerDevice));
        devices = Collections.unmodifiableMap(new HashMap<>(devices));
    }
}
