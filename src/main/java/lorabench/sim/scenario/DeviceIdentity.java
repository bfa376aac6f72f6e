// SPDX-License-Identifier: Apache-2.0
package lorabench.sim.scenario;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lorabench.lorawan.band.BandId;
import lorabench.lorawan.types.AesKey;
import lorabench.lorawan.types.DevAddr;
import lorabench.lorawan.types.Eui64;
import lorabench.lorawan.types.MacVersion;

/// A device as the import format of DESIGN.md (`lorabench devices import`) describes it: what a network server must
/// be provisioned with, and what the virtual device itself knows. OTAA devices carry root keys, ABP devices a
/// DevAddr and session keys; `fCntUp`/`fCntDown` are the ABP frame counters to start from.
public record DeviceIdentity(Eui64 devEui, String name, Activation activation, MacVersion macVersion,
                             BandId region, DeviceClass deviceClass, Eui64 joinEui, Optional<AesKey> appKey,
                             Optional<AesKey> nwkKey, Optional<DevAddr> devAddr, Optional<AesKey> nwkSKey,
                             Optional<AesKey> appSKey, Optional<AesKey> fNwkSIntKey, Optional<AesKey> sNwkSIntKey,
                             Optional<AesKey> nwkSEncKey, long fCntUp, long fCntDown, Optional<String> deviceProfile,
                             Optional<String> serviceProfile, Optional<String> application,
                             Map<String, String> tags) {
    public DeviceIdentity {
        Objects.requireNonNull(devEui, "devEui");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(macVersion, "macVersion");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(deviceClass, "deviceClass");
        Objects.requireNonNull(joinEui, "joinEui");
        tags = Map.copyOf(tags);
        if (fCntUp < 0 || fCntUp > 0xFFFF_FFFFL || fCntDown < 0 || fCntDown > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("frame counters must be 0..4294967295");
        }
        String missing = missingKey(activation, macVersion, appKey, nwkKey, devAddr, nwkSKey, appSKey, fNwkSIntKey,
                sNwkSIntKey, nwkSEncKey);
        if (missing != null) {
            throw new IllegalArgumentException(missing);
        }
    }

    /// {@return which key or address an activation needs and lacks}, or null when nothing is missing
    static String missingKey(Activation activation, MacVersion version, Optional<AesKey> appKey,
                             Optional<AesKey> nwkKey, Optional<DevAddr> devAddr, Optional<AesKey> nwkSKey,
                             Optional<AesKey> appSKey, Optional<AesKey> fNwkSIntKey, Optional<AesKey> sNwkSIntKey,
                             Optional<AesKey> nwkSEncKey) {
        if (activation == Activation.OTAA) {
            if (appKey.isEmpty()) {
                return "appKey: an OTAA device needs an AppKey";
            }
            if (version.is11() && nwkKey.isEmpty()) {
                return "nwkKey: a LoRaWAN 1.1 OTAA device needs a NwkKey";
            }
            return null;
        }
        if (devAddr.isEmpty()) {
            return "devAddr: an ABP device needs a DevAddr";
        }
        if (appSKey.isEmpty()) {
            return "appSKey: an ABP device needs an AppSKey";
        }
        if (!version.is11()) {
            return nwkSKey.isEmpty() ? "nwkSKey: a LoRaWAN 1.0 ABP device needs a NwkSKey" : null;
        }
        if (fNwkSIntKey.isEmpty()) {
            return "fNwkSIntKey: a LoRaWAN 1.1 ABP device needs an FNwkSIntKey";
        }
        if (sNwkSIntKey.isEmpty()) {
            return "sNwkSIntKey: a LoRaWAN 1.1 ABP device needs an SNwkSIntKey";
        }
        return nwkSEncKey.isEmpty() ? "nwkSEncKey: a LoRaWAN 1.1 ABP device needs an NwkSEncKey" : null;
    }
}
