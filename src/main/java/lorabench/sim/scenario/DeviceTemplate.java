// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;
import lorabench.sim.payload.PayloadGenerator;

/// `count` devices that share everything but their DevEUI, name, keys (when generated), position and timing.
///
/// @param name          the template's name; it seeds the template's random stream, see [ScenarioExpansion]
/// @param namePattern   device names, with `{index}` (1-based, `{index:04}` zero-padded), `{devEui}`, `{template}`
/// @param devAddrStart  ABP only: the first device's DevAddr; the others count up from it
/// @param txPowerDbm    the device's radiated power (EIRP) in dBm
/// @param dataRate      the initial data rate index, or empty for the band's default
public record DeviceTemplate(String name, int count, DevEuiSource devEuis, String namePattern,
                             Activation activation, MacVersion macVersion, BandId region, DeviceClass deviceClass,
                             Eui64 joinEui, KeySource keys, Optional<DevAddr> devAddrStart, Placement placement,
                             int txPowerDbm, boolean adr, OptionalInt dataRate, UplinkSchedule uplink,
                             PayloadGenerator payload, Behaviour behaviour, JoinPlan join) {
    public DeviceTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(devEuis, "devEuis");
        Objects.requireNonNull(namePattern, "namePattern");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(macVersion, "macVersion");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(joinEui, "joinEui");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(devAddrStart, "devAddrStart");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(dataRate, "dataRate");
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(join, "join");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }
}
